// The transport without a gateway: which calls retry and how, aborts, timeouts, the custom fetch, and the one
// refresh that any number of 401s share.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, RateLimitedError, ServerError, UnauthorizedError } from '@padu/sdk';
import { BASE_URL, fakeFetch, json, problem } from './support/fake-fetch.ts';

const session = (token: string) => ({
  accessToken: `at_${token}`,
  tokenType: 'Bearer' as const,
  expiresIn: 900,
  refreshToken: `rt_${token}_refresh`,
  refreshExpiresIn: 2_592_000,
  user: { id: 'u', role: 'citizen' as const, name: 'Siti', nikMasked: null, email: null, phone: null, verified: true, agencyId: null },
});

describe('retries', () => {
  it('retries a GET after 503 and 500, then succeeds', async () => {
    const { fetch, requests } = fakeFetch((_, attempt) => (attempt < 3 ? problem(attempt === 1 ? 503 : 500) : json({ status: 'ok' })));
    const padu = createPadu({ baseUrl: BASE_URL, fetch, retry: { backoffLimit: 10 } });
    assert.deepEqual(await padu.meta.health(), { status: 'ok' });
    assert.equal(requests.length, 3);
  });

  it('gives up after `limit` retries with the last error', async () => {
    const { fetch, requests } = fakeFetch(() => problem(502));
    const padu = createPadu({ baseUrl: BASE_URL, fetch, retry: { limit: 1, backoffLimit: 10 } });
    await assert.rejects(padu.meta.health(), ServerError);
    assert.equal(requests.length, 2);
  });

  it('never retries a POST without an Idempotency-Key, nor a 4xx', async () => {
    const { fetch, requests } = fakeFetch(() => problem(503));
    const padu = createPadu({ baseUrl: BASE_URL, fetch, retry: { backoffLimit: 10 } });
    await assert.rejects(padu.auth.login({ identifier: 'x@y.id', password: 'p' }), ServerError);
    assert.equal(requests.length, 1);

    const notFound = fakeFetch(() => problem(404));
    await assert.rejects(createPadu({ baseUrl: BASE_URL, fetch: notFound.fetch }).services.get('nope'));
    assert.equal(notFound.requests.length, 1);
  });

  it('retries a submission with the same Idempotency-Key; a caller’s own key is used as given', async () => {
    const { fetch, requests } = fakeFetch((_, attempt) => (attempt === 1 ? problem(503) : json({ id: 'a' }, 201)));
    const padu = createPadu({ baseUrl: BASE_URL, fetch, retry: { backoffLimit: 10 } });
    await padu.applications.submit({ serviceId: 'surat-domisili', answers: {} });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.match(keys[0]!, /^[0-9a-f-]{36}$/);
    assert.equal(keys[1], keys[0]);

    const own = fakeFetch(() => json({ id: 'b' }, 201));
    await createPadu({ baseUrl: BASE_URL, fetch: own.fetch }).applications.submit(
      { serviceId: 'surat-domisili', answers: {} },
      { idempotencyKey: 'form-draft-1234' },
    );
    assert.equal(own.requests[0]!.headers.get('idempotency-key'), 'form-draft-1234');
  });

  it('turns retries off per call with `retry: false` or `{ limit: 0 }`', async () => {
    for (const retry of [false, { limit: 0 }] as const) {
      const { fetch, requests } = fakeFetch(() => problem(503));
      await assert.rejects(createPadu({ baseUrl: BASE_URL, fetch }).meta.health({ retry }), ServerError);
      assert.equal(requests.length, 1);
    }
  });

  it('waits for a Retry-After given as an HTTP date', async () => {
    const date = new Date(Date.now() + 2_000).toUTCString(); // whole seconds: up to 2 s from now
    const { fetch, requests } = fakeFetch((_, attempt) =>
      attempt === 1 ? problem(503, {}, { 'retry-after': date }) : json({ status: 'ok' }),
    );
    const started = Date.now();
    await createPadu({ baseUrl: BASE_URL, fetch }).meta.health();
    assert.equal(requests.length, 2);
    assert.ok(Date.now() - started >= 900, `waited ${Date.now() - started} ms`);
  });

  it('fails at once with `retryAfter` when Retry-After is longer than `maxRetryAfter` allows… by capping it', async () => {
    const { fetch, requests } = fakeFetch((_, attempt) => (attempt === 1 ? problem(429, { retryAfter: 3600 }, { 'retry-after': '3600' }) : json({})));
    const started = Date.now();
    await createPadu({ baseUrl: BASE_URL, fetch, retry: { maxRetryAfter: 200 } }).meta.health();
    assert.equal(requests.length, 2);
    assert.ok(Date.now() - started < 2_000, 'waited at most the cap');

    const always429 = fakeFetch(() => problem(429, { retryAfter: 7 }, { 'retry-after': '7' }));
    const error = await createPadu({ baseUrl: BASE_URL, fetch: always429.fetch, retry: { limit: 0 } })
      .meta.health()
      .catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfter, 7);
  });
});

describe('transport', () => {
  it('rejects with the abort reason, before or during a call', async () => {
    // Like fetch: pending until the request's signal aborts (or rejecting at once when it already has).
    const { fetch } = fakeFetch(
      (request) =>
        new Promise((_, reject) => {
          request.signal.throwIfAborted();
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    );
    const padu = createPadu({ baseUrl: BASE_URL, fetch });
    const controller = new AbortController();
    const pending = padu.services.get('akta-kelahiran', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('the user left')), 20);
    await assert.rejects(pending, { message: 'the user left' });
    await assert.rejects(padu.meta.health({ signal: AbortSignal.abort() }), { name: 'AbortError' });
  });

  it('calls an unbound custom fetch as a function (window.fetch must not be called as a method)', async () => {
    let self: unknown = 'not called';
    const padu = createPadu({
      baseUrl: BASE_URL,
      fetch: function (this: unknown) {
        self = this;
        return Promise.resolve(json({ status: 'ok' }));
      },
    });
    await padu.meta.health();
    assert.equal(self, undefined);
  });

  it('sends query parameters, and leaves out the ones not given', async () => {
    const { fetch, requests } = fakeFetch(() => json({ data: [], nextCursor: null }));
    await createPadu({ baseUrl: BASE_URL, fetch }).services.list({ q: 'akta', category: undefined, limit: 2 }).firstPage();
    assert.equal(new URL(requests[0]!.url).search, '?q=akta&limit=2');
  });
});

describe('one refresh for many 401s (unit)', () => {
  it('refreshes once for 10 parallel 401s, retries each once, and ends the session when the refresh is refused', async () => {
    let refreshes = 0;
    const { fetch, requests } = fakeFetch(async (request) => {
      if (request.url.endsWith('/auth/refresh')) {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return json(session('fresh'));
      }
      return request.headers.get('authorization') === 'Bearer at_fresh' ? json({ id: 'me' }) : problem(401);
    });
    const padu = createPadu({ baseUrl: BASE_URL, fetch });
    padu.session.set(session('stale'));
    const changes: string[] = [];
    padu.session.subscribe((change) => changes.push(change.type));

    const results = await Promise.all(Array.from({ length: 10 }, () => padu.auth.me()));
    assert.equal(results.length, 10);
    assert.equal(refreshes, 1);
    assert.equal(requests.length, 10 + 1 + 10);
    assert.equal(padu.session.current?.accessToken, 'at_fresh');
    assert.deepEqual(changes, ['refresh']);

    // Now the gateway refuses the refresh token: one refresh, the session ends, every call gets its 401.
    const refused = fakeFetch((request) => (request.url.endsWith('/auth/refresh') ? problem(401) : problem(401)));
    const ended = createPadu({ baseUrl: BASE_URL, fetch: refused.fetch });
    ended.session.set(session('revoked'));
    const seen: string[] = [];
    ended.session.subscribe((change) => seen.push(`${change.type}:${change.session}`));
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => ended.auth.me()));
    assert.ok(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof UnauthorizedError));
    assert.equal(refused.requests.filter((r) => r.url.endsWith('/auth/refresh')).length, 1);
    assert.equal(ended.session.current, null);
    assert.deepEqual(seen, ['session-ended:null']);
  });

  it('gets fresh tokens from a custom token source (the seam for single sign-on)', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      request.headers.get('authorization') === 'Bearer at_from_sso' ? json({ id: 'me' }) : problem(401),
    );
    const seen: string[] = [];
    const padu = createPadu({
      baseUrl: BASE_URL,
      fetch,
      tokenSource: {
        async refresh(current) {
          seen.push(current.refreshToken!);
          return session('from_sso');
        },
      },
    });
    padu.session.set(session('expired'));
    assert.deepEqual(await padu.auth.me(), { id: 'me' });
    assert.deepEqual(seen, ['rt_expired_refresh']);
    assert.ok(requests.every((r) => !r.url.endsWith('/auth/refresh')), 'Padu’s own refresh was not used');
  });

  it('keeps the session when the refresh fails for a passing reason (network, 5xx)', async () => {
    const { fetch } = fakeFetch((request) => (request.url.endsWith('/auth/refresh') ? problem(503) : problem(401)));
    const padu = createPadu({ baseUrl: BASE_URL, fetch, retry: { limit: 0 } });
    padu.session.set(session('kept'));
    await assert.rejects(padu.auth.me(), UnauthorizedError);
    assert.equal(padu.session.current?.accessToken, 'at_kept');
  });
});
