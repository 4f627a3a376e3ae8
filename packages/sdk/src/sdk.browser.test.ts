// The SDK in Chromium, against the run's gateway (proxied at /api/ on the page's own origin): upload progress
// through XHR, the sessionStorage opt-in (and never localStorage), SSE carrying an officer's transition, and a
// watch that goes quiet while the page is hidden.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, type Padu } from '@padu/sdk';

const baseUrl = '/api/v1';
const password = 'padu-demo-2026';

async function login(identifier: string, options: { storage?: 'memory' | 'session'; fetch?: typeof fetch } = {}) {
  const padu = createPadu({ baseUrl, ...options });
  await padu.auth.login({ identifier, password });
  return padu;
}

/** A PNG by its content (the signature and a real 1×1 image), padded to `size` bytes. */
function png(size: number): Uint8Array {
  const image = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
    (c) => c.charCodeAt(0),
  );
  const bytes = new Uint8Array(Math.max(size, image.length));
  bytes.set(image);
  return bytes;
}

async function submitDomisili(padu: Padu) {
  const upload = await padu.uploads.create(new File([png(100) as BlobPart], 'pengantar.png'));
  return padu.applications.submit({
    serviceId: 'surat-domisili',
    answers: {
      nik: '3571014512900003',
      alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
      kelurahan: 'bandar-lor',
      keperluan: 'Persyaratan membuka rekening bank',
      pengantar_rt_rw: upload.id,
    },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let siti: Padu;
let officer: Padu;

before(async () => {
  siti = await login('siti@demo.padu.id');
  officer = await login('petugas.kelurahan-bandar-lor@demo.padu.id');
});

describe('uploads in the browser', () => {
  it('reports progress from XMLHttpRequest, and can be aborted', async () => {
    const sent: XMLHttpRequest[] = [];
    let xhrProgressEvents = 0;
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
      sent.push(this);
      this.upload.addEventListener('progress', () => xhrProgressEvents++);
      return send.call(this, body);
    };
    try {
      const file = new File([png(4 * 1024 * 1024) as BlobPart], 'surat-pengantar.png', { type: 'image/png' });
      const progress: { loaded: number; total: number }[] = [];
      const upload = await siti.uploads.create(file, { onProgress: (p) => progress.push(p) });
      assert.equal(upload.bytes, file.size);
      assert.equal(upload.fileName, 'surat-pengantar.png');
      assert.equal(sent.length, 1, 'sent with XMLHttpRequest');
      assert.ok(xhrProgressEvents > 0, 'XHR upload progress events');
      assert.equal(progress.length, 2 + xhrProgressEvents, `the start, each XHR event, the end: ${JSON.stringify(progress)}`);
      assert.deepEqual(progress[0], { loaded: 0, total: file.size });
      assert.deepEqual(progress.at(-1), { loaded: file.size, total: file.size });
      assert.ok(progress.every((p, i) => i === 0 || p.loaded >= progress[i - 1]!.loaded), 'never backwards');

      // Aborted before it starts, and while it is sending.
      await assert.rejects(siti.uploads.create(file, { signal: AbortSignal.abort() }), { name: 'AbortError' });
      const controller = new AbortController();
      const pending = siti.uploads.create(file, {
        signal: controller.signal,
        onProgress: ({ loaded }) => loaded > 0 && controller.abort(),
      });
      await assert.rejects(pending, { name: 'AbortError' });
    } finally {
      XMLHttpRequest.prototype.send = send;
    }
  });
});

describe('session storage', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps the session in memory by default, in sessionStorage when asked, never in localStorage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const inMemory = await login('siti@demo.padu.id');
    assert.equal(sessionStorage.length, 0, 'memory by default');

    const kept = await login('siti@demo.padu.id', { storage: 'session' });
    const stored = JSON.parse(sessionStorage.getItem('padu.session')!);
    assert.equal(stored.accessToken, kept.session.current?.accessToken);
    assert.equal(stored.user.email, 'siti@demo.padu.id');

    // A reload: a new client on the same tab picks the session up.
    const reloaded = createPadu({ baseUrl, storage: 'session' });
    assert.equal(reloaded.session.current?.user.name, 'Siti Rahmawati');
    assert.equal((await reloaded.auth.me()).email, 'siti@demo.padu.id');

    // A refresh is written back; logging out removes it.
    const refreshed = await reloaded.auth.refresh();
    assert.equal(JSON.parse(sessionStorage.getItem('padu.session')!).accessToken, refreshed?.accessToken);
    await reloaded.auth.logout();
    assert.equal(sessionStorage.getItem('padu.session'), null);

    assert.equal(localStorage.length, 0, 'nothing in localStorage, ever');
    await inMemory.auth.logout();
  });
});

describe('live status in the browser', () => {
  it('streams an officer’s transition over SSE (fetch with the token, through the same-origin proxy)', async () => {
    const application = await submitDomisili(siti);
    const watch = siti.applications.watch(application.id);
    assert.equal((await watch.next()).value?.status, 'submitted');
    const next = watch.next();
    await officer.officer.transition(application.id, { to: 'verifying' });
    const event = (await next).value;
    assert.equal(event?.status, 'verifying');
    assert.equal(event?.actor.role, 'officer');
    watch.close();

    const publicWatch = createPadu({ baseUrl }).tracking.watch(application.trackingCode);
    const waiting = publicWatch.waitFor('in_process', { timeout: 5_000 });
    await officer.officer.transition(application.id, { to: 'in_process' });
    assert.equal((await waiting).status, 'in_process');
  });

  describe('while the page is hidden', () => {
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    after(() => {
      // Back to the browser's own properties.
      delete (document as { hidden?: boolean }).hidden;
      delete (document as { visibilityState?: string }).visibilityState;
    });

    for (const transport of ['poll', 'sse'] as const) {
      it(`${transport === 'poll' ? 'polling pauses' : 'streaming stops'}: no requests until it is visible again, then the change arrives`, async () => {
        const application = await submitDomisili(siti);
        const requests: { url: string; at: number }[] = [];
        const padu = createPadu({
          baseUrl,
          fetch: (input, init) => {
            requests.push({ url: new Request(input, init).url, at: performance.now() });
            return fetch(input, init);
          },
        });
        const watch = padu.tracking.watch(application.trackingCode, { transport, pollInterval: 100, maxPollInterval: 200 });
        assert.equal((await watch.next()).value?.status, 'submitted');
        const next = watch.next();
        await sleep(350); // polling (or streaming) is under way

        setHidden(true);
        const hiddenAt = performance.now();
        await officer.officer.transition(application.id, { to: 'verifying' });
        await sleep(1_000);
        const whileHidden = requests.filter((r) => r.at > hiddenAt);
        assert.deepEqual(whileHidden, [], 'no requests while hidden');

        setHidden(false);
        const event = (await next).value;
        assert.equal(event?.status, 'verifying', 'delivered once visible');
        assert.ok(requests.some((r) => r.at > hiddenAt + 1_000), 'resumed');
        watch.close();
      });
    }
  });
});
