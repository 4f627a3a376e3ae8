// Failures against a real gateway, some injected by a loopback proxy: a storm of 401s, 503 with Retry-After, a
// connection dropped after the gateway committed a submission, aborts, timeouts, and an unreachable gateway.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, NetworkError, TimeoutError } from '@padu/sdk';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { demo, loggedIn, recordingFetch, startTestGateway, submitDomisili, type TestGateway } from './support/gateway.ts';

let gateway: TestGateway;
let proxy: FaultProxy;

before(async () => {
  gateway = await startTestGateway();
  proxy = await startFaultProxy(gateway.url);
});
after(async () => {
  await proxy.close();
  await gateway.close();
});

describe('401 storm', () => {
  it('10 parallel calls with a dead access token cause exactly one refresh, then all succeed', async () => {
    const { fetch, requests } = recordingFetch();
    const padu = await loggedIn(gateway.url, demo.siti.identifier, { fetch });
    const current = padu.session.current!;
    padu.session.set({ ...current, accessToken: 'at_revoked_or_expired_long_ago_000000' });
    requests.length = 0;

    const users = await Promise.all(Array.from({ length: 10 }, () => padu.auth.me()));
    assert.ok(users.every((user) => user.email === 'siti@demo.padu.id'));
    const refreshes = requests.filter((r) => r.url.endsWith('/auth/refresh'));
    assert.equal(refreshes.length, 1, 'one refresh');
    assert.equal(requests.length, 10 + 1 + 10, 'each call retried once');
    assert.notEqual(padu.session.current?.accessToken, current.accessToken);
    assert.notEqual(padu.session.current?.refreshToken, current.refreshToken, 'the refresh token rotated');
  });
});

describe('retries through the fault proxy', () => {
  it('honours Retry-After on a 503', async () => {
    proxy.inject('GET', /\/services\/surat-domisili$/, {
      respond: { status: 503, headers: { 'retry-after': '1' }, body: { type: 'about:blank', title: 'Busy', status: 503 } },
    });
    const padu = createPadu({ baseUrl: proxy.url });
    const service = await padu.services.get('surat-domisili');
    assert.equal(service.id, 'surat-domisili');
    const attempts = proxy.seen.filter((r) => r.path.endsWith('/services/surat-domisili'));
    assert.equal(attempts.length, 2);
    const waited = attempts[1]!.at - attempts[0]!.at;
    assert.ok(waited >= 950, `waited ${waited} ms for Retry-After: 1`);
  });

  it('a submission whose answer was lost is retried with the same key and yields exactly one application', async () => {
    const siti = await loggedIn(proxy.url, demo.siti.identifier);
    const before = (await siti.applications.list({ limit: 100 }).firstPage()).data.length;
    proxy.inject('POST', /\/applications$/, { dropAfterForwarding: true });

    const application = await submitDomisili(siti);
    const posts = proxy.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/applications'));
    assert.equal(posts.length, 2, 'the first answer was dropped, the retry got one');
    assert.ok('dropAfterForwarding' in posts[0]!.fault!);
    assert.equal(posts[1]!.headers['idempotency-key'], posts[0]!.headers['idempotency-key']);

    const mine = (await siti.applications.list({ limit: 100 }).firstPage()).data;
    assert.equal(mine.length, before + 1, 'exactly one new application');
    assert.ok(mine.some((a) => a.id === application.id));
  });

  it('does not retry a POST without an Idempotency-Key whose answer was lost: NetworkError', async () => {
    const siti = await loggedIn(proxy.url, demo.siti.identifier);
    const application = await submitDomisili(siti);
    const officer = await loggedIn(proxy.url, demo.officer('kelurahan-bandar-lor'));
    proxy.inject('POST', /\/transitions$/, { dropAfterForwarding: true });
    await assert.rejects(officer.officer.transition(application.id, { to: 'verifying' }), NetworkError);
    assert.equal(proxy.seen.filter((r) => r.path.endsWith('/transitions')).length, 1);
    assert.equal((await siti.applications.get(application.id)).status, 'verifying', 'it did happen');
  });
});

describe('abort and timeout', () => {
  it('abort: a slow call rejects with the signal’s reason as soon as it is aborted', async () => {
    proxy.inject('GET', /\/agencies\?/, { delayMs: 2_000 });
    const padu = createPadu({ baseUrl: proxy.url });
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const started = Date.now();
    const pending = padu.agencies.list({ limit: 5 }, { signal: controller.signal }).firstPage();
    setTimeout(() => controller.abort(reason), 50);
    assert.equal(await pending.catch((e: unknown) => e), reason);
    assert.ok(Date.now() - started < 1_000, 'at once, not when the answer comes');
  });

  it('timeout: a call slower than its timeout is a TimeoutError (not retried)', async () => {
    proxy.inject('GET', /\/agencies\/disdukcapil$/, { delayMs: 1_000 });
    const padu = createPadu({ baseUrl: proxy.url });
    const started = Date.now();
    const error = await padu.agencies.get('disdukcapil', { timeout: 200 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(Date.now() - started < 900);
    assert.equal(proxy.seen.filter((r) => r.path.endsWith('/agencies/disdukcapil')).length, 1);
  });

  it('an unreachable gateway is a NetworkError after the retries', async () => {
    const { fetch, requests } = recordingFetch();
    const padu = createPadu({ baseUrl: 'http://127.0.0.1:9/api/v1', fetch, retry: { limit: 1, backoffLimit: 10 } });
    const error = await padu.meta.health().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(error.status, 0);
    assert.equal(requests.length, 2);
  });
});
