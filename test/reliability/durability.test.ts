// No acknowledged write is lost: the gateway is killed with SIGKILL right after a 201 and restarted on the
// same data folder; the application, its upload and its history are all there.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, SITI } from '../../packages/server/test/helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from '../../packages/server/test/helpers/fixtures.ts';
import { killed, spawnGateway } from './gateway-process.ts';

describe('durability', () => {
  const children: ChildProcess[] = [];
  let dataDir = '';
  after(async () => {
    await Promise.all(children.map(killed));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps an acknowledged submission across SIGKILL and restart', { timeout: 60_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'padu-durable-'));
    const first = await spawnGateway(dataDir);
    children.push(first.child);
    const api = new ApiClient(first.url);
    const token = await api.token(SITI);
    const upload = await api.upload(token, pdfBytes(), 'pengantar.pdf');
    assert.equal(upload.status, 201);
    const submitted = await api.submit(token, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) }, 'durable-key-0001');
    assert.equal(submitted.status, 201);
    // No graceful shutdown: the process dies the moment the 201 is in.
    await killed(first.child);
    assert.equal(first.child.signalCode, 'SIGKILL');

    const second = await spawnGateway(dataDir);
    children.push(second.child);
    const again = new ApiClient(second.url);
    const token2 = await again.token(SITI);
    const loaded = await again.call('getApplication', { token: token2, params: { applicationId: submitted.body.id } });
    assert.equal(loaded.status, 200);
    assert.equal(loaded.body.trackingCode, submitted.body.trackingCode);
    assert.deepEqual(loaded.body.history, submitted.body.history);
    const file = await again.call('getUploadContent', { token: token2, params: { uploadId: upload.body.id } });
    assert.equal(file.status, 200);
    assert.equal(file.text, new TextDecoder().decode(pdfBytes()));
    const tracked = await again.call('trackApplication', { params: { trackingCode: submitted.body.trackingCode } });
    assert.equal(tracked.status, 200);
    // The idempotency key survived too: a retry after the crash replays instead of submitting twice.
    const retry = await again.submit(token2, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) }, 'durable-key-0001');
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.body.id, submitted.body.id);
    await killed(second.child);
  });
});
