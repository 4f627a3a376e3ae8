// Every operation of the contract has an SDK method (mapped explicitly in src/operation-map.ts); each method
// calls its operation (method and path) with a token exactly when the contract asks for one; and each method's
// JSDoc starts with the contract's summary and names its route.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { operations, type OperationId } from '@padu/contract';
import { createPadu, type Padu } from '@padu/sdk';
import { operationMethods } from '../src/operation-map.ts';
import { BASE_URL, fakeFetch, json } from './support/fake-fetch.ts';

const ID = '7d1f0c2e-3b4a-4d5e-8f6a-1b2c3d4e5f60';
const session = {
  accessToken: 'at_contract_coverage_token',
  tokenType: 'Bearer' as const,
  expiresIn: 900,
  refreshToken: 'rt_contract_coverage_token',
  refreshExpiresIn: 2_592_000,
  user: { id: ID, role: 'citizen' as const, name: 'Siti', nikMasked: null, email: null, phone: null, verified: true, agencyId: null },
};
const sse = 'id: 1\nevent: status\ndata: {"sequence":1,"status":"submitted"}\n\n';

/** One call of each operation through its SDK method, with plausible arguments. */
const calls: Record<OperationId, (padu: Padu) => Promise<unknown>> = {
  registerCitizen: (p) => p.auth.register({ nik: '3571014512900003', name: 'Siti', password: 'rahasia-sekali' }),
  login: (p) => p.auth.login({ identifier: 'siti@demo.padu.id', password: 'x' }),
  refreshSession: (p) => p.auth.refresh(),
  logout: (p) => p.auth.logout(),
  getCurrentUser: (p) => p.auth.me(),
  listMySessions: (p) => p.auth.sessions().firstPage(),
  endSession: (p) => p.auth.endSession(ID),
  listAgencies: (p) => p.agencies.list({ limit: 5 }).firstPage(),
  getAgency: (p) => p.agencies.get('disdukcapil'),
  listServices: (p) => p.services.list({ q: 'akta' }).firstPage(),
  getService: (p) => p.services.get('akta-kelahiran'),
  createUpload: (p) => p.uploads.create(new Uint8Array([1, 2, 3])),
  getUploadContent: (p) => p.uploads.download(ID),
  listMyApplications: (p) => p.applications.list().firstPage(),
  submitApplication: (p) => p.applications.submit({ serviceId: 'surat-domisili', answers: {} }),
  getApplication: (p) => p.applications.get(ID),
  resubmitApplication: (p) => p.applications.resubmit(ID, { answers: {} }),
  cancelApplication: (p) => p.applications.cancel(ID),
  streamApplicationEvents: (p) => p.applications.events(ID).next(),
  trackApplication: (p) => p.tracking.get('DKC-7KQ4-M2XP'),
  streamTrackingEvents: (p) => p.tracking.events('DKC-7KQ4-M2XP').next(),
  listAgencyApplications: (p) => p.officer.queue({ status: 'submitted' }).firstPage(),
  transitionApplication: (p) => p.officer.transition(ID, { to: 'verifying' }),
  verifyApplicant: (p) => p.officer.verifyApplicant(ID, { evidence: 'ktp_el' }),
  getHealth: (p) => p.meta.health(),
  getContract: (p) => p.meta.contract(),
  listAuthoredServices: (p) => p.authoring.services({ agencyId: 'dpmptsp' }).firstPage(),
  createService: (p) => p.authoring.create({ id: 'izin-keramaian', category: 'perizinan', name: { id: 'Izin Keramaian' } }),
  getAuthoredService: (p) => p.authoring.get('izin-keramaian'),
  getServiceDraft: (p) => p.authoring.draft('izin-keramaian'),
  createServiceDraft: (p) => p.authoring.openDraft('izin-keramaian', { fromVersion: 1 }),
  updateServiceDraft: (p) => p.authoring.saveDraft('izin-keramaian', { summary: { id: 'Ringkas' } }, { etag: '"e1"' }),
  validateServiceDraft: (p) => p.authoring.validate('izin-keramaian'),
  previewServiceDraft: (p) => p.authoring.preview('izin-keramaian'),
  publishServiceDraft: (p) => p.authoring.publish('izin-keramaian', { changeNote: 'Terbit pertama' }, { etag: '"e1"' }),
  retireService: (p) => p.authoring.retire('izin-keramaian', { note: 'Digabung' }),
  listServiceVersions: (p) => p.authoring.versions('izin-keramaian').firstPage(),
  diffServiceVersions: (p) => p.authoring.diff('izin-keramaian', { from: 1, to: 2 }),
  listAuditEntries: (p) => p.authoring.audit().firstPage(),
  listOfficers: (p) => p.staff.list({ agencyId: 'dinsos' }).firstPage(),
  inviteOfficer: (p) => p.staff.invite({ name: 'Rina Wulandari', email: 'rina@kedirikota.go.id' }),
  disableOfficer: (p) => p.staff.disable(ID),
  enableOfficer: (p) => p.staff.enable(ID),
  acceptInvitation: (p) => p.staff.accept({ token: `inv_${'a'.repeat(43)}`, password: 'petugas-baru-2026' }),
  listWebhookEndpoints: (p) => p.webhooks.list({ agencyId: 'dpmptsp' }).firstPage(),
  createWebhookEndpoint: (p) => p.webhooks.create({ url: 'https://perizinan.example.id/hooks', eventTypes: ['application.submitted'] }),
  getWebhookEndpoint: (p) => p.webhooks.get(ID),
  updateWebhookEndpoint: (p) => p.webhooks.update(ID, { description: 'Sistem perizinan' }),
  disableWebhookEndpoint: (p) => p.webhooks.disable(ID),
  enableWebhookEndpoint: (p) => p.webhooks.enable(ID),
  rotateWebhookSecret: (p) => p.webhooks.rotateSecret(ID),
  listWebhookDeliveries: (p) => p.webhooks.deliveries(ID, { status: 'failed' }).firstPage(),
  resendWebhookDelivery: (p) => p.webhooks.resend(ID, ID),
};

function answer(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path.endsWith('/events')) return new Response(sse, { headers: { 'content-type': 'text/event-stream' } });
  if (path.endsWith('/auth/logout')) return new Response(null, { status: 204 });
  if (path.endsWith('/openapi.yaml')) return new Response('openapi: 3.1.0\n');
  if (/\/uploads\/[^/]+$/.test(path)) return new Response(new Uint8Array([1]), { headers: { 'content-type': 'image/png' } });
  if (path.includes('/auth/') && !path.endsWith('/me')) return json(session);
  if (request.method === 'GET' && /\/(agencies|services|applications|versions|audit|officers|webhooks|deliveries)$/.test(path)) return json({ data: [], nextCursor: null });
  return json({ id: ID, history: [] });
}

/** `/applications/{applicationId}/events` as a pattern for the path the SDK requested. */
const pathPattern = (template: string) =>
  new RegExp(`^${new URL(BASE_URL).pathname}${template.replace(/\{[^}]+\}/g, '[^/]+').replace('.', '\\.')}$`);

describe('contract coverage', () => {
  const padu = createPadu({ baseUrl: BASE_URL });

  it('maps every operation of the contract to an SDK method, and nothing else', () => {
    assert.deepEqual(Object.keys(operationMethods).sort(), Object.keys(operations).sort());
    for (const [operationId, path] of Object.entries(operationMethods)) {
      const [resource, method] = path.split('.') as [keyof Padu, string];
      assert.equal(typeof (padu[resource] as unknown as Record<string, unknown>)[method], 'function', `${operationId}: padu.${path}`);
    }
  });

  for (const [operationId, contract] of Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]) {
    it(`${operationMethods[operationId]}() calls ${contract.method} ${contract.path} (${operationId})`, async () => {
      const { fetch, requests } = fakeFetch(answer);
      const client = createPadu({ baseUrl: BASE_URL, fetch, retry: { limit: 0 } });
      client.session.set(session);
      await calls[operationId](client);
      const request = requests.find((r) => !new URL(r.url).pathname.endsWith('/auth/refresh') || operationId === 'refreshSession');
      assert.ok(request, 'made a request');
      assert.equal(request.method, contract.method);
      assert.match(new URL(request.url).pathname, pathPattern(contract.path));
      assert.equal(
        request.headers.get('authorization'),
        contract.authenticated ? `Bearer ${session.accessToken}` : null,
        contract.authenticated ? 'sends the access token' : 'sends no token to a public operation',
      );
    });
  }

  it('documents each method with its operation’s summary and route (the JSDoc integrators see)', async () => {
    for (const [operationId, path] of Object.entries(operationMethods) as [OperationId, string][]) {
      const [resource, method] = path.split('.') as [string, string];
      const source = await readFile(new URL(`../src/resources/${resource}.ts`, import.meta.url), 'utf8');
      const doc = new RegExp(String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\s*(?:async\s+)?${method}\s*[:(]`).exec(source)?.[1];
      assert.ok(doc, `padu.${path} has JSDoc`);
      const lines = doc.split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim()).filter(Boolean);
      const { summary, method: verb, path: route } = operations[operationId];
      assert.equal(lines[0], summary, `padu.${path}: the first line is the contract's summary`);
      assert.ok(lines[1]?.startsWith(`\`${verb} ${route}\` (\`${operationId}\`)`), `padu.${path}: names ${verb} ${route}`);
    }
  });
});
