// No acknowledged write is lost: the gateway is killed with SIGKILL right after a 201, and in the middle of a
// burst of concurrent submissions, then restarted on the same data folder. Every acknowledged application is
// there, whole (answers, uploads, history), and retrying the unacknowledged ones with their Idempotency-Key
// creates each exactly once.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Schemas } from '@padu/contract';
import { ApiClient, BUDI, SITI } from '../../packages/server/test/helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from '../../packages/server/test/helpers/fixtures.ts';
import { killed, spawnGateway } from './gateway-process.ts';

// Limits high enough for a burst from one address: what is measured here is durability, not limits.
const NO_LIMITS = { PADU_RATE_LIMIT: '1000000', PADU_RATE_LIMIT_ACCOUNT: '1000000' };

describe('durability', () => {
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  const freshDataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'padu-durable-'));
    dataDirs.push(dir);
    return dir;
  };
  after(async () => {
    await Promise.all(children.map(killed));
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('keeps an acknowledged submission across SIGKILL and restart', { timeout: 60_000 }, async () => {
    const dataDir = await freshDataDir();
    const first = await spawnGateway(dataDir, NO_LIMITS);
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

    const second = await spawnGateway(dataDir, NO_LIMITS);
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

  it('keeps every acknowledged submission of a burst killed midway; retried keys create each once', { timeout: 90_000 }, async (t) => {
    const JOBS = 80;
    const WORKERS = 16;
    const KILL_AFTER = 25;
    const dataDir = await freshDataDir();
    const first = await spawnGateway(dataDir, NO_LIMITS);
    children.push(first.child);
    const api = new ApiClient(first.url);
    const tokens = { [SITI]: await api.token(SITI), [BUDI]: await api.token(BUDI) };

    type Application = Schemas['Application'];
    interface Job {
      index: number;
      account: typeof SITI | typeof BUDI;
      key: string;
      /** A PDF of its own, so that each stored file can be told apart. */
      content: Uint8Array<ArrayBuffer>;
      uploadId?: string;
      submitting?: boolean;
      acknowledged?: Application;
    }
    const base = new TextDecoder().decode(pdfBytes());
    const jobs: Job[] = Array.from({ length: JOBS }, (_, index) => ({
      index,
      account: index % 2 ? BUDI : SITI,
      key: `burst-${index}-${randomUUID()}`,
      content: new TextEncoder().encode(base.replace('\n', `\n% burst ${index}\n`)),
    }));
    // A marker in the answers finds each job's applications again, however many there are.
    const bodyOf = (job: Job) => ({
      serviceId: 'surat-domisili',
      answers: domisiliAnswers(job.uploadId!, {
        keperluan: `Uji ketahanan #${job.index}`,
        ...(job.account === BUDI ? { nik: '3571022003850001' } : {}),
      }),
    });

    // The burst: workers upload and submit until the gateway dies, the moment a 201 arrives once KILL_AFTER are
    // in and other submissions are on their way.
    let acknowledged = 0;
    let submitting = 0;
    let killSent = false;
    let next = 0;
    const work = async () => {
      while (next < JOBS && !killSent) {
        const job = jobs[next++]!;
        try {
          const upload = await api.upload(tokens[job.account], job.content, `pengantar-${job.index}.pdf`);
          assert.equal(upload.status, 201, upload.text);
          job.uploadId = upload.body.id;
          job.submitting = true;
          submitting++;
          const submitted = await api.submit(tokens[job.account], bodyOf(job), job.key);
          submitting--;
          assert.equal(submitted.status, 201, submitted.text);
          job.acknowledged = submitted.body;
          if (++acknowledged >= KILL_AFTER && submitting >= 3 && !killSent) {
            killSent = true;
            first.child.kill('SIGKILL');
          }
        } catch (error) {
          // Only the kill may interrupt a job.
          if (!killSent) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, work));
    await killed(first.child);
    assert.equal(first.child.signalCode, 'SIGKILL');
    // Responses already on their way when the signal went out count: a 201 received is a 201 acknowledged.
    assert.ok(acknowledged >= KILL_AFTER && acknowledged < JOBS, `the kill came in the middle of the burst (${acknowledged} acknowledged)`);
    const interrupted = { uploads: jobs.filter((j) => !j.acknowledged && !j.submitting && j.index < next).length, submissions: jobs.filter((j) => !j.acknowledged && j.submitting).length };
    assert.ok(interrupted.submissions > 0, 'submissions were in flight');

    const second = await spawnGateway(dataDir, NO_LIMITS);
    children.push(second.child);
    const again = new ApiClient(second.url);
    // Sessions are acknowledged writes too: the tokens from before the crash still work.
    const contentOf = async (job: Job, uploadId: string) => {
      const file = await again.call('getUploadContent', { token: tokens[job.account], params: { uploadId } });
      assert.equal(file.status, 200, file.text);
      assert.equal(file.text, new TextDecoder().decode(job.content), `job ${job.index}: the stored file`);
    };

    for (const job of jobs.filter((j) => j.acknowledged)) {
      const loaded = await again.call('getApplication', { token: tokens[job.account], params: { applicationId: job.acknowledged!.id } });
      assert.equal(loaded.status, 200, `job ${job.index}: acknowledged, then lost`);
      // Whole: answers, attachments, history, due date, all as acknowledged.
      assert.deepEqual(loaded.body, job.acknowledged!, `job ${job.index}: as acknowledged`);
      assert.deepEqual(loaded.body.attachments.map((a: { id: string }) => a.id), [job.uploadId]);
      await contentOf(job, job.uploadId!);
    }

    // The unacknowledged: upload again if that was not acknowledged either, then retry with the same key.
    let replayed = 0;
    for (const job of jobs.filter((j) => !j.acknowledged)) {
      if (!job.uploadId) {
        const upload = await again.upload(tokens[job.account], job.content, `pengantar-${job.index}.pdf`);
        assert.equal(upload.status, 201, upload.text);
        job.uploadId = upload.body.id;
      }
      const retried = await again.submit(tokens[job.account], bodyOf(job), job.key);
      assert.equal(retried.status, 201, `job ${job.index}: ${retried.text}`);
      // Replayed: it was committed before the kill, only the 201 was lost.
      if (retried.headers.get('idempotent-replayed') === 'true') replayed++;
      job.acknowledged = retried.body;
      await contentOf(job, job.uploadId!);
    }

    // Exactly once: every job's marker appears on one application, and a second retry replays it.
    for (const account of [SITI, BUDI] as const) {
      const found = new Map<number, string[]>();
      let cursor: string | undefined;
      do {
        const page = await again.call('listMyApplications', { token: tokens[account], query: { limit: 100, ...(cursor ? { cursor } : {}) } });
        assert.equal(page.status, 200, page.text);
        for (const application of page.body.data as Application[]) {
          const marker = /^Uji ketahanan #(\d+)$/.exec(String(application.answers.keperluan));
          if (marker) found.set(Number(marker[1]), [...(found.get(Number(marker[1])) ?? []), application.id]);
        }
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      for (const job of jobs.filter((j) => j.account === account)) {
        assert.deepEqual(found.get(job.index), [job.acknowledged!.id], `job ${job.index}: exactly one application`);
      }
      assert.equal(found.size, jobs.filter((j) => j.account === account).length);
    }
    for (const job of jobs) {
      const replay = await again.submit(tokens[job.account], bodyOf(job), job.key);
      assert.equal(replay.status, 201, replay.text);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true', `job ${job.index}: replayed`);
      assert.equal(replay.body.id, job.acknowledged!.id);
    }
    t.diagnostic(
      `${acknowledged} acknowledged around the SIGKILL; interrupted: ${interrupted.uploads} uploads, ${interrupted.submissions} submissions; ` +
        `retried ${JOBS - acknowledged}, of which ${replayed} had been committed`,
    );
    await killed(second.child);
  });
});
