// No webhook is lost: the gateway (its own process, as production runs it) is killed with SIGKILL while it is
// delivering events to an OPD's receiving system and citizens are still submitting, then restarted on the same
// data folder. Every application that was committed (its 201 seen or not) reaches the receiver, signed with the
// endpoint's secret, at least once; repeats carry the same `webhook-id`, by which a receiver de-duplicates.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { ApiClient, BUDI, SITI, opdAdminOf, officerOf } from '../../packages/server/test/helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from '../../packages/server/test/helpers/fixtures.ts';
import { startReceiver, type ReceivedRequest } from '../../packages/server/test/helpers/webhook-receiver.ts';
import { killed, spawnGateway } from './gateway-process.ts';

const ENV = {
  PADU_RATE_LIMIT: '1000000',
  PADU_RATE_LIMIT_ACCOUNT: '1000000',
  // The receiver is on loopback, over http; attempts cut by the kill come back within 2 × 1 s + 1 s.
  PADU_WEBHOOK_ALLOW_PRIVATE: 'true',
  PADU_WEBHOOK_TIMEOUT_MS: '1000',
  PADU_WEBHOOK_RETRY_BASE_MS: '100',
};
const OPD = 'kelurahan-bandar-lor';

describe('webhooks across a SIGKILL', () => {
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  after(async () => {
    await Promise.all(children.map(killed));
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('delivers every committed event at least once after a kill in the middle of deliveries and submissions', { timeout: 120_000 }, async (t) => {
    const JOBS = 200;
    const WORKERS = 8;
    const KILL_AFTER_DELIVERIES = 6;
    const dataDir = await mkdtemp(join(tmpdir(), 'padu-webhooks-'));
    dataDirs.push(dataDir);
    let first = await spawnGateway(dataDir, ENV);
    children.push(first.child);

    let killSent = false;
    // A slow system (150 ms per answer) that fails every fifth request; the gateway dies while one of its requests is
    // being answered.
    const receiver = await startReceiver({
      answer: (index) => {
        if (index + 1 === KILL_AFTER_DELIVERIES && !killSent) {
          killSent = true;
          first.child.kill('SIGKILL');
        }
        return { status: index % 5 === 4 ? 500 : 200, delayMs: 150 };
      },
    });
    try {
      const api = new ApiClient(first.url);
      const admin = await api.token(opdAdminOf(OPD));
      const registered = await api.call('createWebhookEndpoint', {
        token: admin,
        json: { url: receiver.url, eventTypes: ['application.submitted', 'application.status_changed'], description: 'Sistem kelurahan' },
      });
      assert.equal(registered.status, 201, registered.text);
      const { endpoint, secret } = registered.body as { endpoint: { id: string }; secret: string };
      const tokens = { [SITI]: await api.token(SITI), [BUDI]: await api.token(BUDI) };
      const officer = await api.token(officerOf(OPD));

      // Citizens submit (and an officer takes up some) until the gateway dies.
      const acknowledged = new Set<string>();
      let next = 0;
      let interrupted = 0;
      const work = async () => {
        while (next < JOBS && !killSent) {
          const index = next++;
          const account = index % 2 ? BUDI : SITI;
          try {
            const upload = await api.upload(tokens[account], pdfBytes(), `pengantar-${index}.pdf`);
            assert.equal(upload.status, 201, upload.text);
            const answers = domisiliAnswers(upload.body.id, { keperluan: `Uji webhook #${index}`, ...(account === BUDI ? { nik: '3571022003850001' } : {}) });
            const submitted = await api.submit(tokens[account], { serviceId: 'surat-domisili', answers }, `hook-${index}-${randomUUID()}`);
            assert.equal(submitted.status, 201, submitted.text);
            acknowledged.add(submitted.body.id);
            if (index % 4 === 0) {
              const moved = await api.call('transitionApplication', { token: officer, params: { applicationId: submitted.body.id }, json: { to: 'verifying' } });
              assert.equal(moved.status, 200, moved.text);
            }
          } catch (error) {
            // Only the kill may interrupt a job.
            if (!killSent) throw error;
            interrupted++;
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, work));
      await killed(first.child);
      assert.equal(first.child.signalCode, 'SIGKILL');
      const beforeRestart = receiver.received.length;
      assert.ok(acknowledged.size > 0 && next < JOBS, `the kill came in the middle (${acknowledged.size} acknowledged, ${next} started)`);

      first = await spawnGateway(dataDir, ENV);
      children.push(first.child);
      const again = new ApiClient(first.url);
      const adminAgain = await again.token(opdAdminOf(OPD));

      // What the database holds is what must arrive: every event queued, the acknowledged ones among them.
      const listDeliveries = async () => {
        const all: { eventId: string; status: string; eventType: string; event: { data: { applicationId: string } } }[] = [];
        let cursor: string | undefined;
        do {
          const page = await again.call('listWebhookDeliveries', { token: adminAgain, params: { endpointId: endpoint.id }, query: { limit: 100, ...(cursor ? { cursor } : {}) } });
          assert.equal(page.status, 200, page.text);
          all.push(...page.body.data);
          cursor = page.body.nextCursor ?? undefined;
        } while (cursor);
        return all;
      };
      const deadline = Date.now() + 60_000;
      let deliveries = await listDeliveries();
      while (deliveries.some((d) => d.status !== 'delivered') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        deliveries = await listDeliveries();
      }
      assert.ok(deliveries.every((d) => d.status === 'delivered'), `still not delivered: ${JSON.stringify(deliveries.filter((d) => d.status !== 'delivered'))}`);
      const queuedApplications = new Set(deliveries.filter((d) => d.eventType === 'application.submitted').map((d) => d.event.data.applicationId));
      for (const id of acknowledged) assert.ok(queuedApplications.has(id), `acknowledged ${id} has its event`);

      // Every event reached the receiver with a 2xx at least once, signed with the secret from before the kill.
      const answered = new Map<string, ReceivedRequest[]>();
      for (const [index, request] of receiver.received.entries()) {
        const event = new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { id: string };
        assert.equal(event.id, request.headers['webhook-id']);
        if (index % 5 !== 4) answered.set(event.id, [...(answered.get(event.id) ?? []), request]);
      }
      for (const delivery of deliveries) assert.ok(answered.has(delivery.eventId), `event ${delivery.eventId} (${delivery.eventType}) reached the receiver`);
      const receivedApplications = new Set(receiver.received.map((r) => (JSON.parse(r.body) as { data: { applicationId: string } }).data.applicationId));
      for (const id of acknowledged) assert.ok(receivedApplications.has(id), `acknowledged ${id} reached the receiver`);
      const repeats = [...answered.values()].filter((requests) => requests.length > 1).length;
      t.diagnostic(
        `${acknowledged.size} submissions acknowledged, ${interrupted} interrupted by the kill; ${deliveries.length} events, ` +
          `${beforeRestart} requests before the kill and ${receiver.received.length - beforeRestart} after; ` +
          `${repeats} events answered 2xx more than once (same webhook-id)`,
      );
    } finally {
      await receiver.close();
    }
  });
});
