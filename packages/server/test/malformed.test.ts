// Every malformed request gets a problem the contract allows: numbers in query parameters, URLs the router
// cannot decode, requests the HTTP parser cannot read, hostile property names, huge error lists, content
// codings and files that only look like PDFs. One test per root cause.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { loadContract } from '../src/contract/document.ts';
import { textReader } from '../src/contract/parameters.ts';
import { ALL_ERRORS_MAX_VALUES } from '../src/contract/registrar.ts';
import { PROBLEM_LIMITS, printable } from '../src/http/problems.ts';
import { UNROUTED_PATH } from '../src/http/unrouted.ts';
import { assertEdgeHeaders, startTestGateway, SITI, officerOf, opdAdminOf, type ApiResponse, type TestGateway } from './helpers/harness.ts';
import { assertProblem } from './helpers/contract-checker.ts';
import { pdfBytes } from './helpers/fixtures.ts';
import { RawConnection, rawRequest } from './helpers/raw-http.ts';

const OPD_ORIGIN = 'https://dispendukcapil.kedirikota.go.id';

function remaining(res: { headers: Headers }): number {
  return Number(/r=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1]);
}

describe('malformed requests', () => {
  let t: TestGateway;
  let siti: string;
  let officer: string;
  let opdAdmin: string;
  before(async () => {
    t = await startTestGateway({ corsOrigins: [OPD_ORIGIN] });
    siti = await t.api.token(SITI);
    officer = await t.api.token(officerOf('disdukcapil'));
    opdAdmin = await t.api.token(opdAdminOf('dinsos'));
  });
  after(() => t.close());

  describe('numbers in query parameters', () => {
    it('reads integers strictly: non-finite, huge, hexadecimal or spaced text is a 422, never a 500', async () => {
      const lists = [
        ['listAgencies', undefined],
        ['listServices', undefined],
        ['listMyApplications', () => siti],
        ['listAgencyApplications', () => officer],
        ['listAuthoredServices', () => opdAdmin],
        ['listAuditEntries', () => opdAdmin],
        ['listOfficers', () => opdAdmin],
      ] as const;
      for (const [operationId, token] of lists) {
        for (const limit of ['Infinity', '-Infinity', '1e400', '9'.repeat(10_000), '99999999999999999999', '1e2', '0x10', ' 5', '1.5', '', 'NaN']) {
          const res = await t.api.call(operationId, { token: token?.(), query: { limit } });
          assert.equal(res.status, 422, `${operationId} limit=${limit.slice(0, 20)}: ${res.text.slice(0, 200)}`);
          assert.equal(res.body.errors[0].params.parameter, 'limit');
        }
        const ok = await t.api.call(operationId, { token: token?.(), query: { limit: '007' } });
        assert.equal(ok.status, 200, ok.text);
      }
    });

    it('says "too large" for an integer that is only too large', async () => {
      const res = await t.api.call('listAgencies', { query: { limit: 101 } });
      assert.equal(res.status, 422);
      assert.equal(res.body.errors[0].code, 'too_large');
    });

    it('reads integers, numbers and booleans by their own grammar and leaves anything else as text', () => {
      const { document } = loadContract();
      const integer = textReader(document, { type: 'integer' })!;
      assert.deepEqual(['42', '-7', '007', '1e2', '0x10', ' 5', 'Infinity', '9007199254740993', '1.0'].map(integer), [
        42, -7, 7, '1e2', '0x10', ' 5', 'Infinity', '9007199254740993', '1.0',
      ]);
      const number = textReader(document, { type: 'number' })!;
      assert.deepEqual(['1.5', '-0.25', '1e3', '1e400', 'Infinity', '.5', '1.'].map(number), [1.5, -0.25, 1000, '1e400', 'Infinity', '.5', '1.']);
      const boolean = textReader(document, { type: 'boolean' })!;
      assert.deepEqual(['true', 'false', 'TRUE', '1'].map(boolean), [true, false, 'TRUE', '1']);
      assert.equal(textReader(document, { type: 'string' }), null);
      // Through a $ref, as the contract's parameters are written.
      assert.equal(textReader(document, { $ref: '#/components/schemas/AgencyId' }), null);
    });
  });

  describe('URLs the router cannot decode', () => {
    for (const path of ['/agencies/%zz', '/agencies/%', '/agencies/%FF%FE', '/tracking/%E0%A4%A']) {
      it(`answers ${path} with a 400 problem, the edge's headers and no echo of the path`, async () => {
        const res = await t.api.raw('GET', path, { headers: { origin: OPD_ORIGIN } });
        assert.equal(res.status, 400);
        assertProblem(400, res.headers, res.body);
        assertEdgeHeaders(res.headers);
        assert.equal(res.headers.get('access-control-allow-origin'), OPD_ORIGIN);
        assert.ok(!res.text.includes(path.split('/')[1]!), res.text);
        assert.ok(!t.logs.some((line) => line.includes(path)), 'the hostile path is not logged either');
      });
    }

    it('keeps a proxy request id, counts the request against the rate limit and keeps the connection', async () => {
      const first = await t.api.call('listAgencies');
      const res = await t.api.raw('POST', '/applications/%zz', {
        headers: { 'x-request-id': 'opd-proxy-bad-url-1', 'content-type': 'application/json' },
        body: '{"a":1}',
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.requestId, 'opd-proxy-bad-url-1');
      assert.equal(remaining(res), remaining(first) - 1);
      assert.equal(res.headers.get('connection'), 'keep-alive');
    });

    it('gives a static path the same problem', async () => {
      const res = await fetch(`${t.gateway.origin}/%zz`);
      assert.equal(res.status, 400);
      assertProblem(400, res.headers, await res.json());
    });

    it('answers a direct call of the internal route with 404', async () => {
      for (const query of ['', '?problem=00000000-0000-4000-8000-000000000000', '?problem=1&problem=2']) {
        const res = await fetch(`${t.gateway.origin}${UNROUTED_PATH}${query}`);
        assert.equal(res.status, 404);
        assertProblem(404, res.headers, await res.json());
      }
    });

    it('checks overlong path parameters against the contract: a 400 naming the parameter, not a bare 414', async () => {
      for (const length of [201, 5_000]) {
        const res = await t.api.call('getAgency', { params: { agencyId: 'a'.repeat(length) } });
        assert.equal(res.status, 400, res.text.slice(0, 200));
        assert.equal(res.body.code, 'invalid_parameter');
        assert.equal(res.body.errors[0].params.parameter, 'agencyId');
        // A secured operation says who first.
        const secured = await t.api.call('getApplication', { params: { applicationId: 'a'.repeat(length) } });
        assert.equal(secured.status, 401);
      }
    });
  });

  describe('requests the HTTP parser cannot read', () => {
    const cases: [string, (origin: string) => Buffer, number][] = [
      ['a NUL in a header', (o) => rawRequest(o, 'GET /api/v1/health HTTP/1.1', ['X-Catatan: a\x00b']), 400],
      ['a header of 20 KB', (o) => rawRequest(o, 'GET /api/v1/health HTTP/1.1', [`X-Catatan: ${'a'.repeat(20_000)}`]), 431],
      ['raw non-ASCII bytes in the path', (o) => rawRequest(o, Buffer.from([...Buffer.from('GET /api/v1/agencies/'), 0xc3, 0xa9, ...Buffer.from(' HTTP/1.1')])), 400],
    ];
    for (const [label, request, status] of cases) {
      it(`answers ${label} with a ${status} problem and Connection: close, then closes cleanly`, async () => {
        const connection = await RawConnection.open(t.gateway.origin);
        connection.send(request(t.gateway.origin));
        const res = await connection.response();
        assert.equal(res.status, status);
        assertProblem(status, res.headers, res.body);
        assertEdgeHeaders(res.headers);
        assert.equal(res.headers.get('connection'), 'close');
        assert.equal(await connection.ended(), 'closed');
        assert.ok(t.logs.some((line) => line.includes(res.body.requestId) && line.includes(`"statusCode":${status}`)), 'logged');
      });
    }
  });

  it('answers a HEAD with an oversized header with 431 and no body after its headers', async () => {
    const connection = await RawConnection.open(t.gateway.origin);
    connection.send(rawRequest(t.gateway.origin, 'HEAD /api/v1/agencies HTTP/1.1', [`X-Catatan: ${'a'.repeat(20_000)}`]));
    const res = await connection.response(5_000, { head: true });
    assert.equal(res.status, 431);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(await connection.ended(), 'closed');
    assert.equal(connection.unread.length, 0, connection.unread.toString('latin1').slice(0, 200));
  });

  describe('problem bodies within the contract', () => {
    it('shows hostile property names without control characters', async () => {
      const res = await t.api.call('login', { rawBody: '{"identifier":"x","password":"y","a\\u0000b\\u001b[31m\\u202ec":1}', contentType: 'application/json' });
      assert.equal(res.status, 422);
      const unknown = res.body.errors.find((e: { code: string }) => e.code === 'unknown_field');
      assert.equal(unknown.pointer, '/a\u0000b\u001b[31m\u202ec');
      assert.equal(unknown.params.field, 'a\ufffdb\ufffd[31m\ufffdc');
      assert.doesNotMatch(unknown.message, /[\x00-\x1f\u202e]/);
    });

    it('shows hostile multipart part names without control characters', async () => {
      const pdf = new TextDecoder().decode(pdfBytes());
      const body =
        `--xyz\r\nContent-Disposition: form-data; name="catatan\x07\x1b[2J"\r\n\r\nisi\r\n` +
        `--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--xyz--\r\n`;
      const res = await t.api.call('createUpload', { token: siti, rawBody: body, contentType: 'multipart/form-data; boundary=xyz' });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.errors[0].code, 'unknown_field');
      assert.match(res.body.errors[0].message, /Bagian "catatan\ufffd\ufffd\[2J" tidak dikenal/);
    });

    it('keeps pointers within 300 characters by pointing at the deepest ancestor that fits', async () => {
      const long = 'k'.repeat(400);
      const res = await t.api.call('submitApplication', {
        token: siti,
        headers: { 'idempotency-key': 'pointer-length-1' },
        json: { serviceId: 'surat-domisili', answers: { [long]: { nested: true } }, [long]: 1 },
      });
      assert.equal(res.status, 422);
      for (const error of res.body.errors) assert.ok(error.pointer.length <= PROBLEM_LIMITS.pointer, error.pointer);
      assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer === '/answers'), JSON.stringify(res.body.errors));
    });

    it('lists at most 100 errors and says how many more there were', async () => {
      const body = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`extra${i}`, i]));
      const res = await t.api.call('login', { json: body });
      assert.equal(res.status, 422);
      assert.equal(res.body.errors.length, PROBLEM_LIMITS.errors);
      // 600 unknown properties and two missing ones.
      assert.match(res.body.detail, /502 kesalahan lain tidak ditampilkan/);
    });

    it(`checks a body of more than ${ALL_ERRORS_MAX_VALUES} values up to its first error`, async () => {
      const answers = Object.fromEntries(Array.from({ length: ALL_ERRORS_MAX_VALUES }, (_, i) => [`a${i}`, {}]));
      const res = await t.api.call('submitApplication', {
        token: siti,
        headers: { 'idempotency-key': 'many-values-1' },
        json: { serviceId: 'surat-domisili', answers },
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.errors.length, 1);
      assert.match(res.body.detail, /hanya kesalahan pertama/);
    });

    it('answers a 759 KB hostile body with a few kilobytes (it was 3.2 MB)', async () => {
      const parts: string[] = [];
      for (let i = 0, size = 2; size < 759 * 1024; i++) {
        const part = `"${'x'.repeat(60)}${i}":0`;
        parts.push(part);
        size += part.length + 1;
      }
      const body = `{${parts.join(',')}}`;
      const started = performance.now();
      const res = await t.api.call('refreshSession', { rawBody: body, contentType: 'application/json' });
      const ms = performance.now() - started;
      assert.equal(res.status, 422);
      assert.ok(res.text.length < 4 * 1024, `${res.text.length} bytes`);
      assert.ok(ms < 2_000, `${ms} ms`);
    });

    it('makes any text printable and cuts it by characters, not UTF-16 units', () => {
      assert.equal(printable('a\x00b\x7f\x9fc\u2066d', 100), 'a\ufffdb\ufffd\ufffdc\ufffdd');
      assert.equal(printable('lone \ud800 high, lone \udc00 low, pair \ud83d\ude00', 100), 'lone \ufffd high, lone \ufffd low, pair \ud83d\ude00');
      assert.equal(printable('😀'.repeat(10), 5), '😀😀😀😀…');
      assert.equal([...printable('x'.repeat(1000), 500)].length, 500);
    });
  });

  describe('authoring input', () => {
    let etag: string;
    before(async () => {
      const created = await t.api.call('createService', { token: opdAdmin, json: { id: 'uji-masukan', category: 'sosial', name: { id: 'Uji masukan' } } });
      assert.equal(created.status, 201, created.text);
      etag = created.body.etag;
    });
    const save = (json: unknown, headers: Record<string, string> = { 'if-match': etag }) =>
      t.api.call('updateServiceDraft', { token: opdAdmin, params: { serviceId: 'uji-masukan' }, json, headers });

    it('reads hostile service ids in the path as a 400 naming the parameter', async () => {
      for (const serviceId of ['a'.repeat(81), 'UJI', '../auth', 'uji masukan', 'uji--masukan', '\u0000']) {
        const res = await t.api.call('getServiceDraft', { token: opdAdmin, params: { serviceId } });
        assert.equal(res.status, 400, `${serviceId}: ${res.text.slice(0, 200)}`);
        assert.equal(res.body.errors[0].params.parameter, 'serviceId');
      }
      for (const path of ['/authoring/services/%zz/draft', '/authoring/services/%E0%A4%A/versions']) {
        const res = await t.api.raw('GET', path, { headers: { authorization: `Bearer ${opdAdmin}` } });
        assert.equal(res.status, 400, path);
        assertProblem(400, res.headers, res.body);
      }
    });

    it('reads a hostile If-Match as a 400, and never as a match', async () => {
      for (const ifMatch of ['x'.repeat(600), 'tanpa-tanda-kutip', '"a" "b"', 'W/']) {
        const res = await save({ summary: { id: 'x' } }, { 'if-match': ifMatch });
        assert.equal(res.status, 400, `${ifMatch.slice(0, 20)}: ${res.text.slice(0, 200)}`);
        assert.equal(res.body.errors[0].params.parameter, 'If-Match');
      }
      const list = await save({ summary: { id: 'x' } }, { 'if-match': `"lain", ${etag}` });
      assert.equal(list.status, 200, 'a list naming the current ETag matches');
      etag = list.body.etag;
    });

    it('refuses drafts of the wrong shape, too many properties or too deep, and keeps the draft as it was', async () => {
      const cases: [string, unknown, string][] = [
        ['a part that is not an object', { name: 'Uji' }, '/name'],
        ['an unknown part', { version: 99 }, '/version'],
        ['a category out of the list', { category: 'rahasia' }, '/category'],
        ['a part of 51 properties', { standard: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }, '/standard'],
        ['a form 40 levels deep', { form: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }, '/form/a/a/a'],
      ];
      for (const [label, json, pointer] of cases) {
        const res = await save(json);
        assert.equal(res.status, 422, `${label}: ${res.text.slice(0, 300)}`);
        assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer.startsWith(pointer)), `${label}: ${res.text.slice(0, 300)}`);
      }
      const draft = await t.api.call('getServiceDraft', { token: opdAdmin, params: { serviceId: 'uji-masukan' } });
      assert.equal(draft.body.etag, etag);
      assert.deepEqual(draft.body.content, { summary: { id: 'x' } }, 'as last saved (a save replaces the content)');
    });

    it('keeps __proto__ keys as data, validates them away, and pollutes nothing', async () => {
      const res = await t.api.call('updateServiceDraft', {
        token: opdAdmin,
        params: { serviceId: 'uji-masukan' },
        headers: { 'if-match': etag },
        rawBody: '{"form":{"__proto__":{"polluted":true},"steps":[]},"standard":{"constructor":{"prototype":{"polluted":true}}}}',
        contentType: 'application/json',
      });
      assert.ok([200, 400, 422].includes(res.status), res.text);
      if (res.status === 200) etag = res.body.etag;
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      const validation = await t.api.call('validateServiceDraft', { token: opdAdmin, params: { serviceId: 'uji-masukan' } });
      assert.equal(validation.status, 200, validation.text);
      assert.equal(validation.body.valid, false);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('reads a hostile identity evidence as a 422 at its pointer', async () => {
      const seeded = await t.gateway.context.db.selectFrom('applications').select('id').where('tracking_code', '=', 'DKC-8MVC-3F7A').executeTakeFirstOrThrow();
      for (const json of [{}, { evidence: 'foto' }, { evidence: ['ktp_el'] }, { evidence: 'ktp_el', catatan: 'x' }]) {
        const res = await t.api.call('verifyApplicant', { token: officer, params: { applicationId: seeded.id }, json });
        assert.equal(res.status, 422, `${JSON.stringify(json)}: ${res.text.slice(0, 200)}`);
        assert.ok(['/evidence', '/catatan'].includes(res.body.errors[0].pointer), res.text);
      }
    });

    it('reads hostile diff versions and publish notes as 422s', async () => {
      for (const query of [{ from: '0' }, { from: '-1' }, { from: '1e3' }, { from: '100001' }, { from: 'satu' }, {}, { from: '1', to: 'x' }]) {
        const res = await t.api.call('diffServiceVersions', { token: opdAdmin, params: { serviceId: 'sktm' }, query });
        assert.equal(res.status, 422, `${JSON.stringify(query)}: ${res.text.slice(0, 200)}`);
      }
      for (const changeNote of ['', 'ab', 'x'.repeat(1001), 42, null]) {
        const res = await t.api.call('publishServiceDraft', { token: opdAdmin, params: { serviceId: 'uji-masukan' }, json: { changeNote }, headers: { 'if-match': etag } });
        assert.equal(res.status, 422, `${String(changeNote).slice(0, 10)}: ${res.text.slice(0, 200)}`);
        assert.equal(res.body.errors[0].pointer, '/changeNote');
      }
      const extra = await t.api.call('retireService', { token: opdAdmin, params: { serviceId: 'sktm' }, json: { note: 'Uji', alasan: 'x' } });
      assert.equal(extra.status, 422);
      assert.equal(extra.body.errors[0].code, 'unknown_field');
    });

    it('answers a draft of a megabyte with 413, and a form of 150 patterns with a refusal, not minutes of checking', async () => {
      const huge = await save({ summary: { id: 'x'.repeat(1_100_000) } });
      assert.equal(huge.status, 413);
      const field = (i: number) => ({ name: `f${i}`, type: 'text', label: { id: 'F' }, pattern: `(a|b${i})+c` });
      const fields = Array.from({ length: 50 }, (_, i) => field(i));
      const steps = Array.from({ length: 3 }, (_, i) => ({ id: `s${i}`, title: { id: 'S' }, fields: fields.map((f) => ({ ...f, name: `${f.name}_${i}` })) }));
      const saved = await save({ form: { steps } });
      assert.equal(saved.status, 200, saved.text.slice(0, 300));
      etag = saved.body.etag;
      const started = performance.now();
      const validation = await t.api.call('validateServiceDraft', { token: opdAdmin, params: { serviceId: 'uji-masukan' } });
      assert.equal(validation.status, 200);
      assert.ok(validation.body.errors.some((e: { code: string }) => e.code === 'definition.too_many_patterns'), validation.text.slice(0, 500));
      assert.ok(performance.now() - started < 5_000);
    });
  });

  describe('officer accounts input', () => {
    it('reads hostile account ids in the path as a 400 naming the parameter', async () => {
      for (const userId of ['a'.repeat(37), 'not-a-uuid', '../../auth/me', '\u0000', "' or 1=1 --"]) {
        const res = await t.api.call('disableOfficer', { token: opdAdmin, params: { userId } });
        assert.equal(res.status, 400, `${userId}: ${res.text.slice(0, 200)}`);
        assert.equal(res.body.errors[0].params.parameter, 'userId');
      }
    });

    it('refuses hostile invitations at their pointer, and creates no account', async () => {
      const cases: [unknown, string][] = [
        [{ name: 'Rina\u0000', email: 'rina@kedirikota.go.id' }, '/name'],
        [{ name: '<script>alert(1)</script>', email: 'rina@kedirikota.go.id' }, '/name'],
        [{ name: 'R', email: 'rina@kedirikota.go.id' }, '/name'],
        [{ name: 'Rina', email: 'bukan email' }, '/email'],
        [{ name: 'Rina', email: `${'a'.repeat(250)}@x.id` }, '/email'],
        [{ name: 'Rina', email: 'rina@kedirikota.go.id', role: 'admin' }, '/role'],
        [{ name: 'Rina', email: 'rina@kedirikota.go.id', role: 'citizen' }, '/role'],
        [{ name: 'Rina', email: 'rina@kedirikota.go.id', agencyId: '../dinsos' }, '/agencyId'],
        [{ name: 'Rina', email: 'rina@kedirikota.go.id', passwordHash: 'scrypt$1' }, '/passwordHash'],
      ];
      for (const [json, pointer] of cases) {
        const res = await t.api.call('inviteOfficer', { token: opdAdmin, json });
        assert.equal(res.status, 422, `${JSON.stringify(json).slice(0, 80)}: ${res.text.slice(0, 200)}`);
        assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer === pointer), `${pointer}: ${res.text.slice(0, 300)}`);
      }
      // A prototype key is refused whole (400), and pollutes nothing.
      const proto = await t.api.call('inviteOfficer', {
        token: opdAdmin,
        rawBody: '{"name":"Rina","email":"rina@kedirikota.go.id","__proto__":{"role":"opd_admin"}}',
        contentType: 'application/json',
      });
      assert.ok([400, 422].includes(proto.status), proto.text);
      assert.equal(({} as Record<string, unknown>).role, undefined);
      const { db } = t.gateway.context;
      assert.equal(await db.selectFrom('users').select('id').where('email', 'like', 'rina@%').executeTakeFirst(), undefined);
    });

    it('refuses hostile acceptances at their pointer before any password is hashed', async () => {
      const token = `inv_${'A'.repeat(43)}`;
      const cases: [unknown, string][] = [
        [{ token: 'inv_' + 'A'.repeat(42), password: 'petugas-baru-2026' }, '/token'],
        [{ token: token + '=', password: 'petugas-baru-2026' }, '/token'],
        [{ token: 'at_' + 'A'.repeat(44), password: 'petugas-baru-2026' }, '/token'],
        [{ token: 'inv_' + '%'.repeat(43), password: 'petugas-baru-2026' }, '/token'],
        [{ token, password: 'pendek' }, '/password'],
        [{ token, password: 'x'.repeat(201) }, '/password'],
        [{ token, password: 12345678901 }, '/password'],
        [{ token, password: 'petugas-baru-2026', role: 'admin' }, '/role'],
        [{ token, password: 'petugas-baru-2026', name: '<img src=x onerror=alert(1)>' }, '/name'],
        [{ token, password: 'petugas-baru-2026', name: 'R' }, '/name'],
        [{ token, password: 'petugas-baru-2026', name: 'Rina\u0000Wulandari' }, '/name'],
        [{ token, password: 'petugas-baru-2026', name: 'R'.repeat(121) }, '/name'],
      ];
      const before = t.gateway.context.passwords.load;
      for (const [json, pointer] of cases) {
        const res = await t.api.call('acceptInvitation', { json });
        assert.equal(res.status, 422, `${JSON.stringify(json).slice(0, 80)}: ${res.text.slice(0, 200)}`);
        assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer === pointer), `${pointer}: ${res.text.slice(0, 300)}`);
        assert.ok(!res.text.includes('petugas-baru-2026'), 'never echoes the password');
      }
      assert.deepEqual(t.gateway.context.passwords.load, before);
    });
  });

  describe('content codings and files', () => {
    it('refuses a compressed body with 415 before reading it', async () => {
      for (const coding of ['gzip', 'br', 'gzip, identity']) {
        const res = await t.api.call('login', {
          rawBody: gzipSync(JSON.stringify({ identifier: SITI, password: 'x' })),
          contentType: 'application/json',
          headers: { 'content-encoding': coding },
        });
        assert.equal(res.status, 415, coding);
        assert.match(res.body.detail, /Content-Encoding/);
      }
      const identity = await t.api.call('login', {
        json: { identifier: SITI, password: 'bukan-kata-sandinya' },
        headers: { 'content-encoding': 'identity' },
      });
      assert.equal(identity.status, 401);
    });

    it('ignores the coding of a body sent to an operation that reads none', async () => {
      const connection = await RawConnection.open(t.gateway.origin);
      connection.send(rawRequest(t.gateway.origin, 'GET /api/v1/agencies HTTP/1.1', ['Content-Encoding: gzip', 'Content-Type: application/json', 'Content-Length: 5'], 'abcde'));
      const res = await connection.response();
      assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 200));
    });

    it('keeps a PDF only with its version header and its %%EOF marker', async () => {
      const text = (s: string) => new TextEncoder().encode(s);
      const refused: [string, Uint8Array<ArrayBuffer>][] = [
        ['4 bytes', text('%PDF')],
        ['no version', text('%PDF-x\n1 0 obj<<>>endobj\n%%EOF\n')],
        ['cut short', pdfBytes().slice(0, 60)],
      ];
      for (const [label, bytes] of refused) {
        const res: ApiResponse = await t.api.upload(siti, bytes, 'surat.pdf');
        assert.equal(res.status, 422, `${label}: ${res.text}`);
        assert.equal(res.body.errors[0].code, 'file.invalid');
        assert.equal(res.body.errors[0].pointer, '/file');
      }
      const trailing = new Uint8Array([...pdfBytes(), ...new Uint8Array(900)]);
      const kept = await t.api.upload(siti, trailing, 'surat.pdf');
      assert.equal(kept.status, 201, kept.text);
      assert.equal(kept.body.mimeType, 'application/pdf');
    });
  });
});
