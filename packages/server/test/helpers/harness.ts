// A real gateway on a random port with a temporary data folder, and a small HTTP client that checks every
// response it gets against the contract.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { operations } from '@padu/contract';
import { startGateway, type Gateway, type GatewayOptions } from '../../src/index.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo.ts';
import { assertConforms } from './contract-checker.ts';

export type OperationId = keyof typeof operations;

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A body sent as is (with `contentType`). */
  rawBody?: string | Uint8Array | FormData;
  contentType?: string;
  token?: string;
}

async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (/json/.test(type) && text) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body, text };
}

export class ApiClient {
  readonly base: string;
  readonly #tokens = new Map<string, string>();

  constructor(base: string) {
    this.base = base;
  }

  urlOf(operationId: OperationId, params: Record<string, string> = {}, query: CallOptions['query'] = {}): string {
    const path = operations[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) => {
      assert.ok(params[name] !== undefined, `missing path parameter ${name}`);
      return encodeURIComponent(params[name]!);
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
    const qs = search.toString();
    return `${this.base}${path}${qs ? `?${qs}` : ''}`;
  }

  /** Calls an operation and checks the response against the contract. */
  async call<T = any>(operationId: OperationId, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: RequestInit['body'];
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.rawBody !== undefined) {
      if (options.contentType) headers['content-type'] = options.contentType;
      body = options.rawBody as RequestInit['body'];
    }
    const response = await fetch(this.urlOf(operationId, options.params, options.query), {
      method: operations[operationId].method,
      headers,
      body,
    });
    const result = await readResponse(response);
    assertConforms(operationId, result.status, result.headers, result.body, result.text);
    return result as ApiResponse<T>;
  }

  /** A request outside the contract's operations (unknown routes, wrong methods, static files). */
  async raw(method: string, pathAndQuery: string, init: RequestInit = {}): Promise<ApiResponse> {
    return readResponse(await fetch(`${this.base}${pathAndQuery}`, { ...init, method }));
  }

  async login(identifier: string, password = DEMO_PASSWORD) {
    const res = await this.call('login', { json: { identifier, password } });
    assert.equal(res.status, 200, res.text);
    return res.body as { accessToken: string; refreshToken: string; user: { id: string } };
  }

  /** An access token for a demo account (logged in once per client). */
  async token(identifier: string): Promise<string> {
    let token = this.#tokens.get(identifier);
    if (!token) {
      token = (await this.login(identifier)).accessToken;
      this.#tokens.set(identifier, token);
    }
    return token;
  }

  async upload(token: string, bytes: Uint8Array<ArrayBuffer>, fileName: string, declaredType = 'application/octet-stream') {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: declaredType }), fileName);
    return this.call('createUpload', { token, rawBody: form });
  }

  async submit(token: string, body: unknown, key: string = randomUUID()) {
    return this.call('submitApplication', { token, json: body, headers: { 'idempotency-key': key } });
  }
}

export interface TestGateway {
  gateway: Gateway;
  api: ApiClient;
  /** Every log line the gateway wrote. */
  logs: string[];
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestGateway(options: GatewayOptions = {}): Promise<TestGateway> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'padu-test-')));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    heartbeatMs: 100,
    publicDir: null,
    storybookDir: null,
    ...options,
    dataDir,
    logStream,
    // The request limits have tests of their own; the others should not run into them.
    limits: { requestsPerWindow: 100_000, accountRequestsPerWindow: 100_000, registrationsPerWindow: 100_000, trackingLookupsPerWindow: 100_000, ...options.limits },
  });
  return {
    gateway,
    api: new ApiClient(gateway.url),
    logs,
    dataDir,
    async close() {
      await gateway.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The headers every answer carries, whoever wrote it (a route, the not-found handler, a router or parser error). */
export function assertEdgeHeaders(headers: Headers): void {
  assert.match(headers.get('content-security-policy') ?? '', /^default-src 'none'/);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('x-frame-options'), 'DENY');
  assert.match(headers.get('x-request-id') ?? '', /^[A-Za-z0-9_-]{8,64}$/);
  assert.match(headers.get('ratelimit') ?? '', /^"(account|anonymous|registration|tracking)";r=\d+;t=\d+$/);
  assert.equal(headers.get('cache-control'), 'no-store');
}

export const SITI = 'siti@demo.padu.id';
export const BUDI = 'budi@demo.padu.id';
export const officerOf = (agencyId: string) => `petugas.${agencyId}@demo.padu.id`;
export const SITI_NIK = '3571014512900003';
/** The city's SPBE admin (every OPD's services). */
export const ADMIN = 'admin@demo.padu.id';
/** The OPD admin of an OPD (that OPD's services). */
export const opdAdminOf = (agencyId: string) => `admin.${agencyId}@demo.padu.id`;
