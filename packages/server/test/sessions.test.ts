// "Perangkat aktif": a citizen lists their sessions (site, coarse device label, times, which is current) and
// ends one; only their own; ending the current one is a logout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, SITI, BUDI, type TestGateway } from './helpers/harness.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo.ts';

const OPD = 'https://dispendukcapil.kedirikota.go.id';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 13; SM-A145F Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36';

describe('active sessions', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ corsOrigins: [OPD] });
  });
  after(() => t.close());

  const login = async (identifier: string, headers: Record<string, string> = {}) => {
    const res = await t.api.call('login', { json: { identifier, password: DEMO_PASSWORD }, headers });
    assert.equal(res.status, 200, res.text);
    return res.body as { accessToken: string };
  };

  it('lists each login with its site and a coarse device label, most recent first, and marks the current one', async () => {
    const program = await login(BUDI);
    const phone = await login(BUDI, { origin: OPD, 'padu-session': 'cookie', 'user-agent': ANDROID_CHROME });
    const list = await t.api.call('listMySessions', { token: phone.accessToken });
    assert.equal(list.status, 200);
    assert.equal(list.body.nextCursor, null);
    const [first, second] = list.body.data;
    assert.equal(list.body.data.length, 2);
    assert.deepEqual([first.kind, first.site, first.device, first.current], ['site', OPD, 'Chrome (Android)', true]);
    assert.deepEqual([second.kind, second.site, second.current], ['api', 'API', false]);
    assert.ok(first.lastUsedAt >= second.lastUsedAt);
    // Seen from the other session, the other one is current.
    const fromProgram = await t.api.call('listMySessions', { token: program.accessToken });
    assert.deepEqual(
      fromProgram.body.data.map((s: { current: boolean }) => s.current),
      [false, true],
    );
    // Only the label is kept: no column holds the User-Agent.
    const rows = await t.gateway.context.db.selectFrom('session_families').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes('SM-A145F'), 'the raw User-Agent is not stored');
  });

  it('pages by cursor', async () => {
    for (let i = 0; i < 3; i++) await login(SITI);
    const current = await login(SITI);
    const first = await t.api.call('listMySessions', { token: current.accessToken, query: { limit: 2 } });
    assert.equal(first.body.data.length, 2);
    assert.ok(first.body.nextCursor);
    const second = await t.api.call('listMySessions', { token: current.accessToken, query: { limit: 2, cursor: first.body.nextCursor } });
    const ids = [...first.body.data, ...second.body.data].map((s: { id: string }) => s.id);
    assert.equal(new Set(ids).size, ids.length, 'no session twice');
    const bad = await t.api.call('listMySessions', { token: current.accessToken, query: { cursor: 'bm90LWEtY3Vyc29y' } });
    assert.equal(bad.status, 422);
  });

  it('ends another session at once; someone else’s or an unknown one is 404', async () => {
    const keep = await login(BUDI);
    const other = await login(BUDI);
    const list = await t.api.call('listMySessions', { token: keep.accessToken });
    const target = list.body.data.find((s: { current: boolean; kind: string }) => !s.current && s.kind === 'api');
    const stranger = await login(SITI);
    const notHers = await t.api.call('endSession', { token: stranger.accessToken, params: { sessionId: target.id } });
    assert.equal(notHers.status, 404);
    assert.equal((await t.api.call('getCurrentUser', { token: other.accessToken })).status, 200, 'still alive after the 404');

    const ended = await t.api.call('endSession', { token: keep.accessToken, params: { sessionId: target.id } });
    assert.equal(ended.status, 200);
    assert.deepEqual({ ...ended.body }, { ...target });
    // Whichever of Budi's other sessions it was, it no longer works nor shows.
    const after = await t.api.call('listMySessions', { token: keep.accessToken });
    assert.ok(!after.body.data.some((s: { id: string }) => s.id === target.id));
    const again = await t.api.call('endSession', { token: keep.accessToken, params: { sessionId: target.id } });
    assert.equal(again.status, 404);
    const unknown = await t.api.call('endSession', { token: keep.accessToken, params: { sessionId: '00000000-0000-4000-8000-000000000000' } });
    assert.equal(unknown.status, 404);
  });

  it('ending the current session is a logout', async () => {
    const session = await login(SITI);
    const list = await t.api.call('listMySessions', { token: session.accessToken });
    const current = list.body.data.find((s: { current: boolean }) => s.current);
    const res = await t.api.call('endSession', { token: session.accessToken, params: { sessionId: current.id } });
    assert.equal(res.status, 200);
    assert.equal(res.body.current, true, 'the answer says the caller has logged itself out');
    assert.equal((await t.api.call('getCurrentUser', { token: session.accessToken })).status, 401);
  });

  it('needs a session to list or end sessions', async () => {
    assert.equal((await t.api.call('listMySessions')).status, 401);
    const bad = await t.api.call('endSession', { params: { sessionId: 'bukan-uuid' } });
    assert.equal(bad.status, 401);
  });
});
