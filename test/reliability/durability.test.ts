// No acknowledged write is lost: the gateway is killed with SIGKILL right after a 201 and restarted on the
// same data folder; the application, its upload and its history are all there.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiClient, SITI } from '../../packages/server/test/helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from '../../packages/server/test/helpers/fixtures.ts';

const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));

/** Starts `main.ts` as a child process and waits for its `PADU_LISTENING <url>` line. */
async function spawnGateway(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', MAIN], {
    env: { ...process.env, PADU_PORT: '0', PADU_HOST: '127.0.0.1', PADU_DATA_DIR: dataDir, PADU_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /^PADU_LISTENING (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

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
