// problem+json becomes typed errors that carry status, problem and request id, and `instanceof` holds across
// two copies of the SDK on one page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConflictError,
  createPadu,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  PaduError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '@padu/sdk';
import { BASE_URL, fakeFetch, problem } from './support/fake-fetch.ts';

const failWith = (response: () => Response) =>
  createPadu({ baseUrl: BASE_URL, fetch: fakeFetch(() => response()).fetch, retry: { limit: 0 } });

describe('errors', () => {
  for (const [status, ErrorClass] of [
    [400, PaduError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [413, PaduError],
    [422, ValidationError],
    [429, RateLimitedError],
    [500, ServerError],
    [503, ServerError],
  ] as const) {
    it(`maps ${status} to ${ErrorClass.kind}`, async () => {
      const padu = failWith(() => problem(status, { detail: `detail ${status}`, requestId: `problem-${status}` }));
      const error = await padu.meta.health().then(
        () => assert.fail('should have thrown'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof PaduError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, ErrorClass.kind);
      assert.equal(error.status, status);
      assert.equal(error.message, `detail ${status}`);
      assert.equal(error.problem?.status, status);
      assert.equal(error.requestId, `problem-${status}`, 'the problem’s request id wins');
      for (const Other of [ValidationError, UnauthorizedError, NotFoundError, ServerError]) {
        if (Other !== ErrorClass) assert.ok(!(error instanceof Other), `not a ${Other.kind}`);
      }
    });
  }

  it('keys validation errors by JSON pointer and keeps the raw list', async () => {
    const errors = [
      { pointer: '/answers/nik', code: 'nik.invalid_date', message: 'Tanggal lahir pada NIK tidak valid.' },
      { pointer: '/answers/nik', code: 'required', message: 'second error for the same field' },
      { pointer: '/answers/alamat', code: 'required', message: 'Alamat lengkap wajib diisi.' },
    ];
    const padu = failWith(() => problem(422, { errors }));
    const error = await padu.services.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.errors, errors);
    assert.equal(error.fieldErrors['/answers/nik']?.code, 'nik.invalid_date', 'the first error of a field');
    assert.equal(error.fieldErrors['/answers/alamat']?.message, 'Alamat lengkap wajib diisi.');
    assert.equal(error.fieldErrors['/answers/telepon'], undefined);
  });

  it('takes the request id from X-Request-Id when the body has none, and Retry-After seconds', async () => {
    const padu = failWith(
      () => new Response('<h1>busy</h1>', { status: 429, headers: { 'retry-after': '42', 'x-request-id': 'edge-7' } }),
    );
    const error = await padu.meta.health().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.requestId, 'edge-7');
    assert.equal(error.retryAfter, 42);
    assert.equal(error.problem, undefined);
  });

  it('reports network failures and timeouts without a status', async () => {
    const offline = createPadu({
      baseUrl: BASE_URL,
      retry: { limit: 0 },
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const network = await offline.meta.health().catch((e: unknown) => e);
    assert.ok(network instanceof NetworkError);
    assert.equal(network.status, 0);
    assert.ok(network.cause, 'keeps the cause');

    const slow = createPadu({
      baseUrl: BASE_URL,
      timeout: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    });
    const timeout = await slow.meta.health().catch((e: unknown) => e);
    assert.ok(timeout instanceof TimeoutError);
    assert.equal(timeout.status, 0);
  });

  it('instanceof works across two copies of the SDK (another bundle on the same page)', async () => {
    // The same module under another URL is a second, independent copy with its own classes.
    const copy: typeof import('../src/errors.ts') = await import(`../src/errors.ts?copy=${Date.now()}`);
    assert.notEqual(copy.ValidationError, ValidationError, 'really two copies');

    const fromCopy = new copy.ValidationError('bad', { status: 422, problem: { type: 'x', title: 'x', status: 422 } });
    assert.ok(fromCopy instanceof ValidationError);
    assert.ok(fromCopy instanceof PaduError);
    assert.ok(!(fromCopy instanceof NotFoundError));

    const ours = new NotFoundError('gone', { status: 404 });
    assert.ok(ours instanceof copy.NotFoundError);
    assert.ok(ours instanceof copy.PaduError);
    assert.ok(!(ours instanceof copy.ValidationError));

    assert.ok(!(new Error('plain') instanceof PaduError));
    assert.ok(!((null as unknown) instanceof PaduError) && !({} instanceof PaduError));
  });
});
