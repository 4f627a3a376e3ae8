// A contract-driven fuzzer. Every request is derived from openapi/padu.yaml: an operation, a baseline built
// from its parameters, its request body's examples or schema, and its security, then one or two mutations:
// wrong types, missing and extra fields, overlong strings, huge and non-finite numbers, deep nesting, invalid
// JSON, wrong content types and codings, broken multipart, odd path parameters and query values, forged tokens,
// bogus Idempotency-Key, If-None-Match and Last-Event-ID, wrong methods, oversized headers. Authenticated
// operations mostly get a valid token (a demo citizen, an unverified citizen, an officer), so that requests get
// past authentication into validation.
//
// It asserts no 5xx, that every response the operation declares conforms to the contract (status, headers,
// body), that every other answer is a valid Problem of a status the contract names for requests that reach no
// operation, and that the keep-alive client never loses a request to a closed socket.
//
// Request i is generated from (seed, i) alone, so one can be replayed:
//   PADU_FUZZ_REPLAY=1234,5678 node --conditions=source --test test/reliability/fuzz.test.ts
// PADU_FUZZ_SEED changes the seed; PADU_FUZZ_TIMES=1 prints where the time went. A failure prints the exact
// request (method, path, headers, body, index) and the request before it on the same connection.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, maxHeaderSize, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deref, loadContract, type OperationObject } from '../../packages/server/src/contract/document.ts';
import { assertConforms, assertProblem } from '../../packages/server/test/helpers/contract-checker.ts';
import { ApiClient, BUDI, SITI, officerOf } from '../../packages/server/test/helpers/harness.ts';
import { exeBytes, pdfBytes, pngBytes } from '../../packages/server/test/helpers/fixtures.ts';
import { killed, spawnGateway, type GatewayProcess } from './gateway-process.ts';

const SEED = Number(process.env.PADU_FUZZ_SEED ?? 0x9ad0_2026);
/** Requests at limits high enough that no 429 hides a bug, then requests at the default limits. */
const REQUESTS = 10_000;
const DEFAULT_LIMIT_REQUESTS = 1_000;
const CONCURRENCY = 8;
/** Indices to replay, e.g. `1234,5678` or `200-300`. */
const REPLAY = process.env.PADU_FUZZ_REPLAY
  ? process.env.PADU_FUZZ_REPLAY.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      return Array.from({ length: to! - from + 1 }, (_, i) => from + i);
    })
  : null;
/** Statuses the contract gives requests that reach no operation (info.description). */
const UNROUTED_STATUSES = new Set([400, 404, 405, 408, 413, 429, 431]);

const contract = loadContract();
const { document } = contract;
/**
 * How often each operation is picked, relative to the others (1 unless said here). A login that passes
 * validation costs a scrypt hash (0.3 s of CPU on the machine this was tuned on), so logins are fuzzed less
 * often, not less thoroughly: every mutation still applies to them.
 */
const OPERATION_WEIGHTS: Record<string, number> = { login: 0.15 };
const OPERATIONS = contract.operations.map((op) => ({ op, weight: OPERATION_WEIGHTS[op.operationId] ?? 1 }));
const OPERATIONS_WEIGHT = OPERATIONS.reduce((sum, o) => sum + o.weight, 0);
/** New sessions for logout (each a login) per run; later valid logouts meet an ended session (401). */
const RELOGINS = 10;

// ------------------------------------------------------------------------------------------ randomness

/** mulberry32, seeded per request from (seed, index) by splitmix32: request i is the same whatever ran before. */
class Rng {
  #state: number;
  constructor(seed: number, index: number) {
    let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.#state = (z ^ (z >>> 16)) >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ------------------------------------------------------------------------------------------ hostile values

/** JSON text written into a body as is (numbers JSON.stringify would not write, nesting it would recurse on). */
class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const HOSTILE_TEXT = [
  '', ' ', '\u0000', 'a\u0000b', '\u001b[31mmerah', '\u202eexe.pdf', '\ud800', '\r\nX-Sisipan: 1', '<script>alert(1)</script>',
  "' OR '1'='1' --", '../../etc/passwd', '${jndi:ldap://x/a}', '{{7*7}}', '%s%n%x', '😀'.repeat(40), 'Z̴̡̛a̷l̶g̸o', 'null', '-1',
  '3571014512900003', 'x'.repeat(301), 'ÿ'.repeat(120),
];
const HOSTILE_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', '', 'a/b', '~0~1', 'x'.repeat(400), 'a\u0000b', '\u001b[2J', '\u202etxt',
  'nama lengkap', '😀', '$where', 'a.b', '0', 'ÿ',
];
const HUGE_NUMBERS = [
  '1e400', '-1e400', '1e308', '-1e308', '9007199254740993', '123456789012345678901234567890', '-0', '1.5', '5e-324',
  '2147483648', '-2147483649', '1E2', '9'.repeat(400),
];
const QUERY_NUMBERS = [
  'Infinity', '-Infinity', 'NaN', '1e400', '9'.repeat(10_000), '0', '-1', '101', '1.5', '1e2', '0x10', ' 5', '', 'abc', '２０',
  '+5', '007', '99999999999999999999',
];
const INVALID_JSON: (string | Buffer)[] = [
  '{', '}', '{"a":}', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', '[1,2', '{"a":1}{"b":2}', '{"a" 1}',
  '\ufeff{}', '{"a":"\u0000"}', '{"a":"\\x41"}', '{"a":01}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}',
  '/* komentar */{}', 'null', '[]', '"teks"', '123', 'true', ' ', '{"a":1e99999}', '{"a":"\\ud800"}',
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
];
const WRONG_CONTENT_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x',
  'application/json; charset=utf-16', 'application/json;;;', 'application/JSON', 'application/problem+json',
  'application/merge-patch+json', 'application/xml', '*/*', 'application/json, text/plain', 'image/png', `a/${'b'.repeat(300)}`,
];
const ODD_SEGMENTS: { text: string; encoded?: boolean }[] = [
  { text: '' }, { text: ' ' }, { text: '.' }, { text: '..' }, { text: 'a/b' }, { text: '%zz', encoded: true }, { text: '%', encoded: true },
  { text: '%FF%FE', encoded: true }, { text: '%00', encoded: true }, { text: '%E0%A4%A', encoded: true }, { text: '%2e%2e', encoded: true },
  { text: '..%2f..%2fhealth', encoded: true }, { text: 'x'.repeat(201) }, { text: 'x'.repeat(5_000) }, { text: 'null' }, { text: '0' },
  { text: '-1' }, { text: 'DKC-7KQ4-M2X!' }, { text: 'dkc-7kq4-m2xp' }, { text: '<script>' }, { text: "' OR '1'='1" }, { text: '😀' },
  { text: '\u0000' }, { text: 'a\nb' }, { text: '00000000-0000-0000-0000-000000000000' }, { text: 'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ' },
];
const BOGUS_HEADERS: Record<string, string[]> = {
  'idempotency-key': ['', 'pendek', 'x'.repeat(101), 'ada spasi di dalam', 'clé-ÿ', '../../x', '<b>', '00000000', '-', '_'.repeat(100)],
  'if-none-match': ['*', 'W/"x"', '"tidak-ditutup', 'tanpa-kutip', '"a", "b"', `"${'x'.repeat(600)}"`, '""', 'W/', '"a",', '*, "a"'],
  'last-event-id': ['-1', 'abc', '1e400', '9'.repeat(30), '', '0', ' 5', '999999999999999999999', '1.5', '0x10'],
  'x-request-id': ['', 'x', 'x'.repeat(65), 'ada spasi', 'req-${jndi}', 'ÿÿÿÿÿÿÿÿ'],
  accept: ['text/html', 'application/xml', '*/*;q=0', 'ÿ', 'x'.repeat(1000)],
  origin: ['null', 'https://evil.example', 'https://dispendukcapil.kedirikota.go.id', 'x'.repeat(300)],
};
const FORGED_TOKENS = [
  () => `Bearer at_${'A'.repeat(43)}`, () => `Bearer rt_${'B'.repeat(43)}`, () => `Bearer ${'x'.repeat(300)}`, () => 'Bearer',
  () => 'Basic dXNlcjpwYXNz', () => 'bearer  at_x', () => 'Bearer at_!!!', () => 'Token abc', () => 'Bearer at_', () => ', ,',
];

// ------------------------------------------------------------------------------------------ requests

type Role = 'citizen' | 'unverified' | 'officer' | 'logout';
type Auth = { kind: 'none' } | { kind: 'forged'; header: string } | { kind: 'valid'; role: Role; tamper?: (token: string) => string };
type Body = { json: unknown; contentType?: string } | { raw: Buffer; contentType?: string };

interface Draft {
  op: OperationObject;
  method: string;
  /** Path parameter values: text to encode, or already encoded (odd encodings). */
  params: Record<string, { text: string; encoded?: boolean }>;
  query: [string, string][];
  headers: Record<string, string>;
  body: Body | undefined;
  auth: Auth;
  /** The request may not reach its operation (another method, a path that routes elsewhere, an unreadable head). */
  unrouted: boolean;
  mutations: string[];
}

/** A request as sent. */
interface Sent {
  index: number;
  operationId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  mutations: string[];
  unrouted: boolean;
}

interface Live {
  tokens: Record<Role, string>;
  agencyIds: string[];
  serviceIds: string[];
  applicationIds: string[];
  uploadIds: string[];
  trackingCodes: string[];
}

function setProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so that "__proto__" is a property and not the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

type Schema = Record<string, any>;

function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A value the schema accepts, mostly: examples first, then the keywords the contract uses. */
function sample(schema: unknown, rng: Rng, depth = 0): unknown {
  const s = deref<Schema>(document, (schema ?? {}) as Schema);
  if (s.example !== undefined && rng.chance(0.7)) return structuredClone(s.example);
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return rng.pick(s.enum);
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) return sample(rng.pick(s.oneOf ?? s.anyOf), rng, depth + 1);
  const type = [s.type ?? 'object'].flat().find((t: string) => t !== 'null') ?? 'null';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [name, property] of Object.entries<unknown>(s.properties ?? {})) {
        if (required.has(name) || (depth < 3 && rng.chance(0.5))) setProperty(out, name, sample(property, rng, depth + 1));
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && depth < 3) {
        for (let i = rng.int(3); i > 0; i--) setProperty(out, `isian_${i}`, sample(s.additionalProperties, rng, depth + 1));
      }
      return out;
    }
    case 'array':
      return depth < 3 ? Array.from({ length: Math.min(s.maxItems ?? 3, rng.int(3)) }, () => sample(s.items, rng, depth + 1)) : [];
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 0;
      const max = Math.min(s.maximum ?? min + 100, min + 1_000);
      return min + rng.int(max - min + 1);
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'string': {
      if (s.format === 'email') return `warga${rng.int(1000)}@example.id`;
      if (s.format === 'date') return '2026-03-15';
      if (s.format === 'date-time') return '2026-03-15T02:00:00Z';
      if (s.format === 'uuid') return rng.pick(['0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60', uuidFrom(rng)]);
      if (s.format === 'uri') return 'https://example.id/a';
      const text = 'teks contoh isian';
      return text.slice(0, Math.max(s.minLength ?? 1, Math.min(text.length, s.maxLength ?? text.length))).padEnd(s.minLength ?? 0, 'x');
    }
    default:
      return null;
  }
}

/** Every (container, key) of a JSON value, for mutations to pick from. */
function slots(value: unknown): { container: Record<string, unknown> | unknown[]; key: string | number }[] {
  const found: { container: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((item, i) => (found.push({ container: node, key: i }), walk(item)));
    else if (node && typeof node === 'object' && !(node instanceof RawJson)) {
      for (const [key, item] of Object.entries(node)) {
        found.push({ container: node as Record<string, unknown>, key });
        walk(item);
      }
    }
  };
  walk(value);
  return found;
}

function replaceSomewhere(body: { json: unknown }, rng: Rng, make: (old: unknown) => unknown): void {
  const all = slots(body.json);
  if (all.length === 0 || rng.chance(0.1)) {
    body.json = make(body.json);
    return;
  }
  const { container, key } = rng.pick(all);
  if (Array.isArray(container)) container[key as number] = make(container[key as number]);
  else setProperty(container, key as string, make(container[key as string]));
}

function wrongType(old: unknown, rng: Rng): unknown {
  const options: unknown[] = [42, -1.5, true, null, 'teks', [], {}, [1, 'a', null], { a: 1 }, new RawJson('1e400')];
  return rng.pick(options.filter((option) => typeof option !== typeof old || Array.isArray(option) !== Array.isArray(old)));
}

function nested(depth: number, object: boolean): RawJson {
  return new RawJson(object ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

function multipart(boundary: string, parts: { name: string; fileName?: string; type?: string; content: Buffer | string }[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName !== undefined ? `; filename="${part.fileName}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`, 'latin1'));
    chunks.push(Buffer.from(part.content), Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const pdf = (): Buffer => Buffer.from(pdfBytes());

/** Multipart bodies for createUpload: a valid one and the ways a client gets it wrong. */
const MULTIPART: ((rng: Rng) => { raw: Buffer; contentType?: string })[] = [
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'surat.pdf', type: 'application/pdf', content: pdf() }]), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: multipart('b0', [{ name: 'catatan', content: 'isi' }]), contentType: 'multipart/form-data; boundary=b0' }),
  (rng) => ({
    raw: multipart('b0', [
      { name: rng.pick(HOSTILE_NAMES).replace(/"/g, ''), content: rng.pick(HOSTILE_TEXT) },
      { name: 'file', fileName: 'surat.pdf', content: pdf() },
    ]),
    contentType: 'multipart/form-data; boundary=b0',
  }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'kosong.pdf', content: '' }]), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'a.pdf', content: '%PDF' }]), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'surat.pdf', content: Buffer.from(exeBytes()) }]), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'surat.pdf', content: pdf() }], false), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({
    raw: multipart('b0', [
      { name: 'file', fileName: 'a.pdf', content: pdf() },
      { name: 'file', fileName: 'b.png', content: Buffer.from(pngBytes()) },
    ]),
    contentType: 'multipart/form-data; boundary=b0',
  }),
  () => ({ raw: multipart('b0', [{ name: 'file', content: pdf() }]), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'a.pdf', content: pdf() }]), contentType: 'multipart/form-data' }),
  () => ({ raw: multipart('b0', [{ name: 'file', fileName: 'a.pdf', content: pdf() }]), contentType: 'multipart/form-data; boundary=lain' }),
  (rng) => ({
    raw: multipart('b0', [{ name: 'file', fileName: rng.pick(HOSTILE_TEXT).replace(/"/g, ''), content: Buffer.from(pngBytes()) }]),
    contentType: 'multipart/form-data; boundary=b0',
  }),
  () => ({ raw: Buffer.from('--b0\r\nContent-Disposition: form-data; name="file"\r\n\r\n'), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({ raw: Buffer.from('bukan multipart sama sekali'), contentType: 'multipart/form-data; boundary=b0' }),
  () => ({
    raw: Buffer.from(`--b0\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nX-Panjang: ${'a'.repeat(20_000)}\r\n\r\nx\r\n--b0--\r\n`),
    contentType: 'multipart/form-data; boundary=b0',
  }),
  () => ({ raw: multipart('b0', Array.from({ length: 20 }, (_, i) => ({ name: `bagian${i}`, content: 'x' }))), contentType: 'multipart/form-data; boundary=b0' }),
];

const jsonBody = (draft: Draft): { json: unknown; contentType?: string } | null =>
  draft.body && 'json' in draft.body ? draft.body : null;
const hasJsonBody = (op: OperationObject) => Object.keys(op.requestBody?.content ?? {}).some((type) => type.endsWith('json'));
const isMultipart = (op: OperationObject) => Object.keys(op.requestBody?.content ?? {}).some((type) => type.startsWith('multipart/'));
const parametersIn = (op: OperationObject, where: string) => op.parameters.filter((p) => p.in === where);

interface Mutation {
  name: string;
  weight: number;
  applies(draft: Draft): boolean;
  apply(draft: Draft, rng: Rng): void;
}

const MUTATIONS: Mutation[] = [
  // Bodies.
  { name: 'body.wrong-type', weight: 6, applies: (d) => !!jsonBody(d), apply: (d, rng) => replaceSomewhere(jsonBody(d)!, rng, (old) => wrongType(old, rng)) },
  {
    name: 'body.missing-required',
    weight: 4,
    applies: (d) => !!jsonBody(d),
    apply: (d, rng) => {
      const objects = slots(jsonBody(d)!.json).filter(({ container }) => !Array.isArray(container));
      const slot = objects.length > 0 ? rng.pick(objects) : undefined;
      if (slot) delete (slot.container as Record<string, unknown>)[slot.key as string];
    },
  },
  {
    name: 'body.extra-fields',
    weight: 5,
    applies: (d) => !!jsonBody(d),
    apply: (d, rng) => {
      const body = jsonBody(d)!;
      const targets = [body.json, ...slots(body.json).map(({ container, key }) => (container as any)[key])].filter(
        (v) => v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawJson),
      );
      const target = targets.length > 0 ? (rng.pick(targets) as Record<string, unknown>) : undefined;
      for (let i = 1 + rng.int(3); target && i > 0; i--) setProperty(target, rng.pick(HOSTILE_NAMES), rng.pick([1, 'x', null, {}]));
    },
  },
  {
    name: 'body.many-fields',
    weight: 2,
    applies: (d) => !!jsonBody(d),
    apply: (d, rng) => {
      const body = jsonBody(d)!;
      const count = rng.pick([600, 2_500, 20_000]);
      const extra = Object.fromEntries(Array.from({ length: count }, (_, i) => [`x${i}`, rng.chance(0.5) ? {} : i]));
      const target = body.json;
      body.json = target && typeof target === 'object' && !Array.isArray(target) && !(target instanceof RawJson) ? Object.assign(target, extra) : extra;
    },
  },
  {
    name: 'body.overlong-string',
    weight: 4,
    applies: (d) => !!jsonBody(d),
    apply: (d, rng) => replaceSomewhere(jsonBody(d)!, rng, () => rng.pick(['x', 'é', '😀', '\u0000']).repeat(rng.pick([101, 301, 10_001, 100_000]))),
  },
  { name: 'body.huge-number', weight: 4, applies: (d) => !!jsonBody(d), apply: (d, rng) => replaceSomewhere(jsonBody(d)!, rng, () => new RawJson(rng.pick(HUGE_NUMBERS))) },
  { name: 'body.hostile-text', weight: 4, applies: (d) => !!jsonBody(d), apply: (d, rng) => replaceSomewhere(jsonBody(d)!, rng, () => rng.pick(HOSTILE_TEXT)) },
  {
    name: 'body.deep-nesting',
    weight: 3,
    applies: (d) => !!jsonBody(d),
    apply: (d, rng) => replaceSomewhere(jsonBody(d)!, rng, () => nested(rng.pick([100, 5_000, 50_000]), rng.chance(0.5))),
  },
  {
    name: 'body.invalid-json',
    weight: 5,
    applies: (d) => hasJsonBody(d.op) || d.method === 'GET',
    apply: (d, rng) => {
      const text = rng.pick(INVALID_JSON);
      d.body = { raw: Buffer.isBuffer(text) ? text : Buffer.from(text), contentType: 'application/json' };
    },
  },
  {
    name: 'body.content-type',
    weight: 4,
    applies: (d) => !!d.op.requestBody,
    apply: (d, rng) => {
      d.body ??= { json: {} };
      d.body.contentType = rng.chance(0.1) ? '' : rng.pick(WRONG_CONTENT_TYPES);
    },
  },
  {
    name: 'body.none',
    weight: 3,
    applies: (d) => !!d.op.requestBody,
    apply: (d, rng) => {
      d.body = rng.chance(0.5) ? undefined : { raw: Buffer.alloc(0), contentType: d.body?.contentType ?? 'application/json' };
    },
  },
  {
    name: 'body.on-operation-without-one',
    weight: 1,
    applies: (d) => !d.op.requestBody,
    apply: (d, rng) => void (d.body = { json: { a: 1 }, contentType: rng.pick(['application/json', 'text/plain']) }),
  },
  {
    name: 'body.content-encoding',
    weight: 2,
    applies: (d) => !!d.op.requestBody,
    apply: (d, rng) => {
      d.headers['content-encoding'] = rng.pick(['gzip', 'br', 'deflate', 'x-unknown', 'gzip, gzip']);
      const json = jsonBody(d);
      if (json) d.body = { raw: gzipSync(toJson(json.json)), contentType: json.contentType ?? 'application/json' };
    },
  },
  { name: 'body.multipart', weight: 8, applies: (d) => isMultipart(d.op), apply: (d, rng) => void (d.body = rng.pick(MULTIPART)(rng)) },
  // Parameters.
  {
    name: 'path.odd',
    weight: 6,
    applies: (d) => parametersIn(d.op, 'path').length > 0,
    apply: (d, rng) => {
      d.params[rng.pick(parametersIn(d.op, 'path')).name] = rng.pick(ODD_SEGMENTS);
      d.unrouted = true;
    },
  },
  {
    name: 'query.limit',
    weight: 4,
    applies: (d) => parametersIn(d.op, 'query').some((p) => p.name === 'limit'),
    apply: (d, rng) => d.query.push(['limit', rng.pick(QUERY_NUMBERS)]),
  },
  {
    name: 'query.cursor',
    weight: 3,
    applies: (d) => parametersIn(d.op, 'query').some((p) => p.name === 'cursor'),
    apply: (d, rng) => {
      const json = rng.pick(['[1e400]', '[-1e400,"a"]', '["a","b","c","d","e","f"]', '{"a":1}', '[]', '[null,null,null]', '[1,"x",null,"y"]', '"x"', '[[[]]]']);
      d.query.push(['cursor', rng.pick([Buffer.from(json).toString('base64url'), 'x'.repeat(201), '!!!', '', 'AAAA', 'eyJ'])]);
    },
  },
  {
    name: 'query.values',
    weight: 4,
    applies: (d) => parametersIn(d.op, 'query').length > 0,
    apply: (d, rng) => d.query.push([rng.pick(parametersIn(d.op, 'query')).name, rng.pick([...HOSTILE_TEXT, 'x'.repeat(101), 'SUBMITTED', 'submitted '])]),
  },
  {
    name: 'query.repeated-and-unknown',
    weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      const names = parametersIn(d.op, 'query').map((p) => p.name);
      const extra = [...names, '__proto__', 'constructor[prototype][x]', 'a[]', 'limit[]', rng.pick(HOSTILE_NAMES)];
      for (let i = 1 + rng.int(rng.chance(0.1) ? 300 : 3); i > 0; i--) d.query.push([rng.pick(extra), rng.pick(['1', 'x', ''])]);
    },
  },
  // Headers.
  ...['idempotency-key', 'if-none-match', 'last-event-id', 'x-request-id', 'accept', 'origin'].map(
    (header): Mutation => ({
      name: `header.${header}`,
      weight: ['idempotency-key', 'if-none-match', 'last-event-id'].includes(header) ? 3 : 1,
      applies: () => true,
      apply: (d, rng) => void (d.headers[header] = rng.pick(BOGUS_HEADERS[header]!)),
    }),
  ),
  {
    name: 'header.forged-token',
    weight: 4,
    applies: () => true,
    apply: (d, rng) => {
      d.auth = rng.chance(0.7)
        ? { kind: 'forged', header: rng.pick(FORGED_TOKENS)() }
        : { kind: 'valid', role: 'citizen', tamper: (token) => rng.pick([`${token}x`, token.slice(0, -1), token.toUpperCase(), `BEARER ${token}`]) };
    },
  },
  {
    name: 'header.oversized',
    weight: 1,
    applies: () => true,
    apply: (d, rng) => {
      d.headers['x-catatan'] = 'a'.repeat(rng.pick([9_000, 20_000]));
      d.unrouted = true;
    },
  },
  // Methods.
  {
    name: 'method.other',
    weight: 2,
    applies: () => true,
    apply: (d, rng) => {
      d.method = rng.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND', 'TRACE'].filter((m) => m !== d.method));
      d.unrouted = true;
    },
  },
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, m) => sum + m.weight, 0);

function pickMutation(draft: Draft, rng: Rng): Mutation {
  for (;;) {
    let roll = rng.next() * TOTAL_WEIGHT;
    const mutation = MUTATIONS.find((m) => (roll -= m.weight) < 0) ?? MUTATIONS[0]!;
    if (mutation.applies(draft)) return mutation;
  }
}

function baselineValue(index: number, name: string, schema: unknown, example: unknown, live: Live, rng: Rng): string {
  const pools: Record<string, string[]> = {
    agencyId: live.agencyIds,
    serviceId: live.serviceIds,
    applicationId: live.applicationIds,
    uploadId: live.uploadIds,
    trackingCode: live.trackingCodes,
    'Idempotency-Key': [`fuzz-${index}`],
    'If-None-Match': ['"a"', '*'],
    'Last-Event-ID': ['1', '0'],
  };
  const pool = pools[name];
  if (pool && pool.length > 0 && rng.chance(0.85)) return rng.pick(pool);
  if (example !== undefined) return String(example);
  return String(sample(schema, rng));
}

function roleFor(op: OperationObject, rng: Rng): Role {
  if (op.operationId === 'logout') return 'logout';
  if (op.path.startsWith('/officer/')) return rng.chance(0.8) ? 'officer' : 'citizen';
  return rng.pick(['citizen', 'citizen', 'citizen', 'unverified', 'officer']);
}

function pickOperation(rng: Rng): OperationObject {
  let roll = rng.next() * OPERATIONS_WEIGHT;
  return (OPERATIONS.find((o) => (roll -= o.weight) < 0) ?? OPERATIONS[0]!).op;
}

function generate(index: number, live: Live): Draft {
  const rng = new Rng(SEED, index);
  const op = pickOperation(rng);
  const draft: Draft = { op, method: op.method, params: {}, query: [], headers: {}, body: undefined, auth: { kind: 'none' }, unrouted: false, mutations: [] };
  for (const parameter of op.parameters) {
    const example = (parameter as { example?: unknown }).example;
    if (parameter.in === 'path') draft.params[parameter.name] = { text: baselineValue(index, parameter.name, parameter.schema, example, live, rng) };
    else if (parameter.in === 'query' && rng.chance(0.4)) draft.query.push([parameter.name, String(sample(parameter.schema, rng))]);
    else if (parameter.in === 'header' && (parameter.required || rng.chance(0.3))) {
      draft.headers[parameter.name.toLowerCase()] = baselineValue(index, parameter.name, parameter.schema, example, live, rng);
    }
  }
  const content = op.requestBody?.content ?? {};
  const mediaType = Object.keys(content)[0];
  if (mediaType?.endsWith('json')) {
    const examples = Object.values((content[mediaType] as { examples?: Record<string, { value?: unknown }> }).examples ?? {});
    const example = examples.length > 0 && rng.chance(0.6) ? structuredClone(rng.pick(examples).value) : undefined;
    const json = (example ?? sample(content[mediaType]!.schema, rng)) as Record<string, any>;
    // Answers that reference an upload name one of ours, so that some submissions go all the way.
    if (json?.answers && typeof json.answers === 'object' && 'pengantar_rt_rw' in json.answers) json.answers.pengantar_rt_rw = rng.pick(live.uploadIds);
    draft.body = { json };
  } else if (mediaType?.startsWith('multipart/')) {
    draft.body = MULTIPART[0]!(rng);
  }
  if (op.authenticated) {
    const roll = rng.next();
    // Logging out ends the session: the dedicated one, and not often, since each costs a new login.
    const validShare = op.operationId === 'logout' ? 0.1 : 0.7;
    draft.auth = roll < validShare ? { kind: 'valid', role: roleFor(op, rng) } : roll < validShare + 0.15 ? { kind: 'forged', header: rng.pick(FORGED_TOKENS)() } : { kind: 'none' };
  } else if (rng.chance(0.1)) {
    draft.auth = { kind: 'valid', role: 'citizen' };
  }
  // A few requests stay as built (they must succeed or fail as the contract says); most get one or two mutations.
  const count = rng.chance(0.04) ? 0 : rng.chance(0.3) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const mutation = pickMutation(draft, rng);
    mutation.apply(draft, rng);
    draft.mutations.push(mutation.name);
  }
  return draft;
}

/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes instead of an exception. */
function encode(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  }).join('');
}

function serialize(index: number, draft: Draft, live: Live): Sent {
  const path =
    contract.basePath +
    draft.op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = draft.params[name]!;
      return value.encoded ? value.text : encode(value.text);
    });
  const search = draft.query.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  const headers: Record<string, string> = { ...draft.headers };
  if (draft.auth.kind === 'forged') headers.authorization = draft.auth.header;
  if (draft.auth.kind === 'valid') {
    const token = live.tokens[draft.auth.role];
    headers.authorization = draft.auth.tamper ? `Bearer ${draft.auth.tamper(token)}` : `Bearer ${token}`;
  }
  let body: Buffer | undefined;
  if (draft.body) {
    body = 'json' in draft.body ? Buffer.from(toJson(draft.body.json)) : draft.body.raw;
    const contentType = draft.body.contentType ?? ('json' in draft.body ? 'application/json' : undefined);
    if (contentType) headers['content-type'] = contentType;
    // Said outright: Node's client sends a GET's body without a length, which makes it the start of the next
    // request on the connection.
    headers['content-length'] = String(body.length);
  }
  const target = search ? `${path}?${search}` : path;
  // A request line and headers beyond Node's limit are refused by the parser (431) before any route is chosen,
  // whatever the mutation that made them long.
  const head = target.length + Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 0);
  const unrouted = draft.unrouted || head > maxHeaderSize - 200;
  return { index, operationId: draft.op.operationId, method: draft.method, path: target, headers, body, mutations: draft.mutations, unrouted };
}

// ------------------------------------------------------------------------------------------ sending, checking

interface Received {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Read up to the headers only (an event stream). */
  streamed: boolean;
}

/** The last request each connection carried, so that a lost request names the one before it on its socket. */
const lastOnSocket = new WeakMap<Socket, string>();

function send(origin: URL, agent: Agent, sent: Sent): Promise<Received> {
  return new Promise((resolve, reject) => {
    // host, port and path apart: a URL string would be normalised (dot segments, encodings) before it is sent.
    const target = { host: origin.hostname, port: origin.port, path: sent.path, method: sent.method, headers: sent.headers, agent };
    let before = 'none (a new connection)';
    const req = httpRequest(target, (res) => {
      lastOnSocket.set(req.socket!, `#${sent.index} (${res.statusCode}, Connection: ${res.headers.connection})`);
      if ((res.headers['content-type'] ?? '').startsWith('text/event-stream') && sent.method !== 'HEAD') {
        // A live stream never ends: its status and headers are what can be checked.
        res.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, text: '', streamed: true });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), streamed: false }));
      res.on('error', reject);
    });
    req.on('socket', (socket) => void (before = lastOnSocket.get(socket) ?? before));
    req.setTimeout(15_000, () => req.destroy(new Error('no answer in 15 s')));
    req.on('error', (error) => reject(new Error(`${error.message}; the request before it on this connection: ${before}`)));
    req.end(sent.body);
  });
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) for (const one of [value ?? []].flat()) headers.append(name, one);
  return headers;
}

/** Checks one response; throws an AssertionError that says why. */
function check(sent: Sent, received: Received): void {
  const { status } = received;
  assert.ok(status < 500, `a ${status}`);
  const headers = toHeaders(received.headers);
  assert.ok(headers.get('x-request-id'), 'no X-Request-Id');
  // The operation the request reached: another method may be another operation on the same path.
  const own = contract.operations.find((o) => o.operationId === sent.operationId)!;
  const op = contract.operations.find((o) => o.path === own.path && o.method === sent.method) ?? own;
  const declared = sent.method === op.method && op.responses[String(status)] !== undefined;
  if (sent.method === 'HEAD') {
    if (status >= 400) assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
    return;
  }
  const isJson = /json/.test(headers.get('content-type') ?? '');
  let body: unknown = received.text;
  if (isJson && received.text) body = JSON.parse(received.text);
  if (received.streamed) {
    assert.ok(declared, `${op.operationId} does not declare ${status}`);
    return;
  }
  if (declared) {
    assertConforms(op.operationId, status, headers, body, received.text);
    return;
  }
  assert.ok(sent.unrouted, `${op.operationId} does not declare ${status}`);
  if (status >= 400) {
    assert.ok(UNROUTED_STATUSES.has(status), `${status} is not a status the contract names for requests that reach no operation`);
    assertProblem(status, headers, body);
  }
}

function describeRequest(sent: Sent): string {
  const body = sent.body ? sent.body.toString('latin1') : '';
  const shown = body.length > 2_000 ? `${JSON.stringify(body.slice(0, 2_000))}… (${body.length} bytes)` : JSON.stringify(body);
  const headers = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k, v.length > 300 ? `${v.slice(0, 300)}… (${v.length})` : v]));
  const path = sent.path.length > 500 ? `${sent.path.slice(0, 500)}… (${sent.path.length} characters)` : sent.path;
  return [
    `#${sent.index} (seed ${SEED}) ${sent.operationId}: ${sent.mutations.join(' + ') || 'no mutation'}`,
    `  ${sent.method} ${path}`,
    `  headers: ${JSON.stringify(headers)}`,
    `  body: ${shown}`,
    `  replay: PADU_FUZZ_REPLAY=${sent.index} node --conditions=source --test test/reliability/fuzz.test.ts`,
  ].join('\n');
}

interface RunResult {
  statuses: Map<number, number>;
  failures: string[];
  ms: number;
  /** Time spent waiting for answers, by operation and mutations: [ms, requests]. */
  times: Map<string, [number, number]>;
}

async function prepare(url: string): Promise<Live> {
  const api = new ApiClient(url);
  // The logout session is one of its own: logging out ends it.
  const [citizen, unverified, officer, logout] = await Promise.all(
    [SITI, BUDI, officerOf('kelurahan-bandar-lor'), SITI].map((identifier) => api.login(identifier)),
  );
  const tokens: Record<Role, string> = {
    citizen: citizen!.accessToken,
    unverified: unverified!.accessToken,
    officer: officer!.accessToken,
    logout: logout!.accessToken,
  };
  const agencies = await api.call('listAgencies', { query: { limit: 100 } });
  const services = await api.call('listServices', { query: { limit: 100 } });
  const mine = await api.call('listMyApplications', { token: tokens.citizen, query: { limit: 100 } });
  const queue = await api.call('listAgencyApplications', { token: tokens.officer, query: { limit: 100 } });
  const upload = await api.upload(tokens.citizen, pdfBytes(), 'pengantar.pdf');
  const applications = [...mine.body.data, ...queue.body.data] as { id: string; trackingCode: string }[];
  return {
    tokens,
    agencyIds: agencies.body.data.map((a: { id: string }) => a.id),
    serviceIds: services.body.data.map((s: { id: string }) => s.id),
    applicationIds: applications.map((a) => a.id),
    uploadIds: [upload.body.id],
    trackingCodes: applications.map((a) => a.trackingCode),
  };
}

async function run(gateway: GatewayProcess, indices: number[], live: Live): Promise<RunResult> {
  const origin = new URL(gateway.url);
  const api = new ApiClient(gateway.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const times = new Map<string, [number, number]>();
  let relogin: Promise<void> | null = null;
  let relogins = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < indices.length) {
      const index = indices[next++]!;
      const draft = generate(index, live);
      if (relogin && draft.auth.kind === 'valid' && draft.auth.role === 'logout') await relogin;
      const sent = serialize(index, draft, live);
      let received: Received | undefined;
      const t0 = performance.now();
      try {
        received = await send(origin, agent, sent);
        const key = `${sent.operationId} ${sent.mutations.join(' + ')}`;
        const [ms, count] = times.get(key) ?? [0, 0];
        times.set(key, [ms + performance.now() - t0, count + 1]);
        statuses.set(received.status, (statuses.get(received.status) ?? 0) + 1);
        check(sent, received);
        if (REPLAY) console.log(`${describeRequest(sent)}\n  → ${received.status} ${received.text.slice(0, 1_000)}`);
      } catch (error) {
        const answer = received ? `  → ${received.status} ${JSON.stringify(received.headers['content-type'])} ${received.text.slice(0, 600)}` : '  → no answer';
        failures.push(`${describeRequest(sent)}\n${answer}\n  why: ${String((error as Error).message).split('\n').slice(0, 6).join('\n       ')}`);
      }
      // A logout that went through ended the dedicated session: start another.
      if (draft.op.operationId === 'logout' && draft.auth.kind === 'valid' && received && received.status < 300 && !relogin && relogins < RELOGINS) {
        relogins++;
        relogin = api.login(SITI).then(
          (session) => void (live.tokens.logout = session.accessToken),
          () => undefined,
        ).finally(() => (relogin = null));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return { statuses, failures, ms: performance.now() - started, times };
}

function statusTable(title: string, result: RunResult, requests: number): string {
  const rows = [...result.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `  ${status}  ${String(count).padStart(6)}`);
  const seconds = result.ms / 1000;
  const slowest = process.env.PADU_FUZZ_TIMES
    ? ['  slowest (ms, requests, operation and mutations):', ...[...result.times].sort((a, b) => b[1][0] - a[1][0]).slice(0, 20).map(([key, [ms, n]]) => `  ${ms.toFixed(0).padStart(7)} ${String(n).padStart(5)}  ${key}`)]
    : [];
  return [`${title}: ${requests} requests in ${seconds.toFixed(1)} s (${Math.round(requests / seconds)}/s), ${result.failures.length} failures`, '  status  count', ...rows, ...slowest].join('\n');
}

describe('contract-driven fuzzer', () => {
  const gateways: GatewayProcess[] = [];
  const dataDirs: string[] = [];
  const start = async (env: Record<string, string>) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'padu-fuzz-'));
    dataDirs.push(dataDir);
    const gateway = await spawnGateway(dataDir, env);
    gateways.push(gateway);
    return gateway;
  };
  after(async () => {
    await Promise.all(gateways.map((g) => killed(g.child)));
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const assertClean = (gateway: GatewayProcess, result: RunResult) => {
    const shown = result.failures.slice(0, 15);
    assert.equal(result.failures.length, 0, `${result.failures.length} requests broke the contract:\n\n${shown.join('\n\n')}`);
    // Every 5xx and every unexpected error is logged at level error (50) with its request id.
    const errors = gateway.output().split('\n').filter((line) => line.includes('"level":50'));
    assert.deepEqual(errors.slice(0, 5), [], 'the gateway logged errors');
  };

  it(`sends ${REQUESTS} requests derived from the contract: no 5xx, every answer as the contract says`, { timeout: 180_000 }, async () => {
    // Limits out of the way, so that a 429 does not hide what the request would have got.
    const gateway = await start({
      PADU_RATE_LIMIT: '100000000',
      PADU_RATE_LIMIT_ACCOUNT: '100000000',
      PADU_REGISTER_LIMIT: '100000000',
      PADU_TRACKING_LIMIT: '100000000',
      PADU_LOGIN_MAX_FAILURES: '100000000',
      PADU_LOGIN_MAX_FAILURES_PER_IP: '100000000',
    });
    const live = await prepare(gateway.url);
    const indices = REPLAY ?? Array.from({ length: REQUESTS }, (_, i) => i);
    const result = await run(gateway, indices, live);
    console.log(statusTable('fuzzer, limits out of the way', result, indices.length));
    assertClean(gateway, result);
    if (!REPLAY) {
      const covered = new Set(indices.map((i) => pickOperation(new Rng(SEED, i)).operationId));
      assert.equal(covered.size, contract.operations.length, 'every operation was fuzzed');
    }
  });

  it(`sends ${DEFAULT_LIMIT_REQUESTS} more at the default limits: the 429s are problems too`, { timeout: 60_000, skip: REPLAY !== null }, async () => {
    const gateway = await start({});
    const live = await prepare(gateway.url);
    const indices = Array.from({ length: DEFAULT_LIMIT_REQUESTS }, (_, i) => REQUESTS + i);
    const result = await run(gateway, indices, live);
    console.log(statusTable('fuzzer, default limits', result, indices.length));
    assertClean(gateway, result);
  });
});
