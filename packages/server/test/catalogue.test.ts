// The public catalogue: agencies and services, search, filters, cursor pagination, and the seed's quality.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateFormDefinition } from '@padu/contract';
import { startTestGateway, type ApiClient, type OperationId, type TestGateway } from './helpers/harness.ts';

async function collect(api: ApiClient, operationId: OperationId, query: Record<string, string | number>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const res = await api.call(operationId, { query: { ...query, ...(cursor ? { cursor } : {}) } });
    assert.equal(res.status, 200, res.text);
    ids.push(...res.body.data.map((item: { id: string }) => item.id));
    cursor = res.body.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 50);
  return { ids, pages };
}

describe('catalogue', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ seedDemo: false });
  });
  after(() => t.close());

  it('lists the Kota Kediri OPDs in name order, page by page', async () => {
    const all = await t.api.call('listAgencies');
    assert.deepEqual(
      all.body.data.map((a: { id: string }) => a.id),
      ['disdukcapil', 'dpmptsp', 'dinsos', 'kecamatan-mojoroto', 'kelurahan-bandar-lor'],
    );
    assert.equal(all.body.nextCursor, null);
    const paged = await collect(t.api, 'listAgencies', { limit: 2 });
    assert.equal(paged.pages, 3);
    assert.deepEqual(paged.ids, all.body.data.map((a: { id: string }) => a.id));
  });

  it('gets one OPD with its parent', async () => {
    const kelurahan = await t.api.call('getAgency', { params: { agencyId: 'kelurahan-bandar-lor' } });
    assert.equal(kelurahan.status, 200);
    assert.deepEqual([kelurahan.body.code, kelurahan.body.kind, kelurahan.body.parentId], ['KBL', 'kelurahan', 'kecamatan-mojoroto']);
    const missing = await t.api.call('getAgency', { params: { agencyId: 'dinas-tidak-ada' } });
    assert.equal(missing.status, 404);
  });

  it('searches names and summaries in both languages, case-insensitively', async () => {
    const ids = async (q: string) => (await t.api.call('listServices', { query: { q } })).body.data.map((s: { id: string }) => s.id);
    assert.deepEqual(await ids('AKTA'), ['akta-kelahiran', 'akta-kematian']);
    assert.deepEqual(await ids('birth certificate'), ['akta-kelahiran']);
    assert.deepEqual(await ids('rekening'), []);
    assert.deepEqual(await ids('domisili'), ['surat-domisili']);
    assert.deepEqual(await ids('tinggal kelurahan'), ['surat-domisili']);
    assert.deepEqual(await ids('100%'), []);
    assert.deepEqual(await ids('a_k'), []);
  });

  it('filters by OPD and category', async () => {
    const byAgency = await t.api.call('listServices', { query: { agencyId: 'dpmptsp' } });
    assert.deepEqual(byAgency.body.data.map((s: { id: string }) => s.id).sort(), ['izin-praktik-nakes', 'pbg']);
    const byCategory = await t.api.call('listServices', { query: { category: 'kependudukan' } });
    assert.equal(byCategory.body.data.length, 4);
    assert.ok(byCategory.body.data.every((s: { agencyId: string }) => s.agencyId === 'disdukcapil'));
    const bad = await t.api.call('listServices', { query: { category: 'pariwisata' } });
    assert.equal(bad.status, 422);
  });

  it('paginates services with stable opaque cursors', async () => {
    const all = await t.api.call('listServices', { query: { limit: 100 } });
    assert.equal(all.body.data.length, 8);
    const names = all.body.data.map((s: { name: { id: string } }) => s.name.id.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const paged = await collect(t.api, 'listServices', { limit: 3 });
    assert.equal(paged.pages, 3);
    assert.deepEqual(paged.ids, all.body.data.map((s: { id: string }) => s.id));
    // The listing carries no form (ServiceSummary), the contract's checker made sure of the shape.
    assert.ok(all.body.data.every((s: object) => !('form' in s)));
  });

  it('refuses a tampered cursor with 422', async () => {
    const forged = Buffer.from('{"not":"a key"}').toString('base64url');
    const res = await t.api.call('listServices', { query: { cursor: forged } });
    assert.equal(res.status, 422);
    assert.equal(res.body.errors[0].params.parameter, 'cursor');
    const garbage = await t.api.call('listAgencies', { query: { cursor: 'AAAA' } });
    assert.equal(garbage.status, 422);
  });

  it('gets a service with its full Standar Pelayanan and form', async () => {
    const res = await t.api.call('getService', { params: { serviceId: 'pbg' } });
    assert.equal(res.status, 200);
    assert.ok(res.body.standard.fee.amount > 0);
    assert.match(res.body.standard.fee.legalBasis.id, /Peraturan Daerah Kota Kediri/);
    assert.deepEqual(res.body.standard.complaints.map((c: { name: string }) => c.name), ['SURGA', 'SP4N-LAPOR!']);
    assert.equal((await t.api.call('getService', { params: { serviceId: 'tidak-ada' } })).status, 404);
  });

  it('seeds eight services whose forms pass the shared rules and use every field type', async () => {
    const ids = ['akta-kelahiran', 'akta-kematian', 'kartu-keluarga', 'pindah-keluar', 'surat-domisili', 'sktm', 'pbg', 'izin-praktik-nakes'];
    const types = new Set<string>();
    let checkboxWithOptions = false;
    let checkboxWithout = false;
    for (const id of ids) {
      const { body: service } = await t.api.call('getService', { params: { serviceId: id } });
      assert.deepEqual(validateFormDefinition(service.form), [], id);
      for (const part of ['requirements', 'procedure', 'complaints'] as const) assert.ok(service.standard[part].length > 0, `${id} ${part}`);
      if (service.agencyId === 'disdukcapil') assert.equal(service.standard.fee.amount, 0, `${id} is free`);
      if (service.standard.fee.amount > 0) assert.ok(service.standard.fee.legalBasis, `${id} fee needs a legal basis`);
      assert.ok(service.dataProtection.purpose.id && service.dataProtection.retention.id);
      const fields = service.form.steps.flatMap((step: { fields: { type: string; options?: unknown[] }[] }) => step.fields);
      for (const field of fields) {
        types.add(field.type);
        if (field.type === 'checkbox') field.options ? (checkboxWithOptions = true) : (checkboxWithout = true);
      }
      const uploads = fields.filter((f: { type: string }) => f.type === 'file').length;
      if (id === 'surat-domisili' || id === 'sktm') {
        assert.ok(service.form.steps.length <= 2, `${id} is short`);
        assert.equal(uploads, 1, `${id} has one upload`);
      }
      if (id === 'akta-kelahiran') {
        assert.ok(service.form.steps.length >= 3);
        assert.ok(uploads >= 2);
        assert.equal(service.requiresVerifiedAccount, true);
      }
    }
    assert.deepEqual([...types].sort(), ['checkbox', 'content', 'date', 'email', 'file', 'group', 'kk', 'nik', 'number', 'radio', 'select', 'tel', 'text', 'textarea']);
    assert.ok(checkboxWithOptions && checkboxWithout);
  });

  it('serves the contract it validates with, and reports health', async () => {
    const contract = await t.api.call('getContract');
    assert.equal(contract.status, 200);
    assert.match(contract.headers.get('content-type') ?? '', /^application\/yaml/);
    const { contractText } = await import('./helpers/contract-checker.ts');
    assert.equal(contract.text, contractText);
    const health = await t.api.call('getHealth');
    assert.deepEqual([health.body.status, health.body.database, health.body.version], ['ok', 'ok', '1.0.0']);
  });
});
