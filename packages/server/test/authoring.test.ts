// Service authoring: the city's admin and OPD admins, drafts guarded by ETags, validation with JSON pointers,
// immutable published versions, retirement, diffs and the audit log.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, ADMIN, opdAdminOf, type TestGateway } from './helpers/harness.ts';

describe('authoring', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway();
  });
  after(() => t.close());

  describe('roles', () => {
    it('signs in the city admin and an OPD admin of each demo OPD, with their role and OPD', async () => {
      const admin = await t.api.call('getCurrentUser', { token: await t.api.token(ADMIN) });
      assert.equal(admin.status, 200, admin.text);
      assert.equal(admin.body.role, 'admin');
      assert.equal(admin.body.agencyId, null);
      for (const agencyId of ['disdukcapil', 'dpmptsp', 'dinsos', 'kecamatan-mojoroto', 'kelurahan-bandar-lor']) {
        const me = await t.api.call('getCurrentUser', { token: await t.api.token(opdAdminOf(agencyId)) });
        assert.equal(me.status, 200, me.text);
        assert.deepEqual([me.body.role, me.body.agencyId], ['opd_admin', agencyId]);
      }
      const report = t.gateway.seed.demoAccounts;
      assert.ok(report.some((a) => a.email === ADMIN && a.role === 'admin'));
      assert.equal(report.filter((a) => a.role === 'opd_admin').length, 5);
    });
  });
});
