// Requests no HTTP client would send, written byte by byte on bare sockets: control characters in headers,
// headers over the limit, broken chunked encoding, raw non-ASCII in the request line, URLs that do not decode,
// overlong path parameters. Each gets a problem+json with the security headers and an X-Request-Id; then either
// the connection still serves the next request, or the answer said `Connection: close` and the socket closed
// cleanly (a FIN, not a reset). A keep-alive agent never sees "socket hang up" for an unrelated request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { assertEdgeHeaders, startTestGateway, type TestGateway } from '../../packages/server/test/helpers/harness.ts';
import { assertProblem } from '../../packages/server/test/helpers/contract-checker.ts';
import { RawConnection, rawRequest, type RawResponse } from '../../packages/server/test/helpers/raw-http.ts';

const HEALTH = 'GET /api/v1/health HTTP/1.1';
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

interface Case {
  name: string;
  request: (origin: string) => Buffer;
  status: number;
  /** Whether the gateway may keep the connection (router errors) or must close it (parser errors). */
  keepsConnection: boolean;
}

const chunked = (origin: string, body: string) =>
  rawRequest(origin, 'POST /api/v1/auth/login HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked'], body);

const cases: Case[] = [
  // Headers Node's parser refuses.
  { name: 'a NUL in a header value', request: (o) => rawRequest(o, HEALTH, ['X-Catatan: a\x00b']), status: 400, keepsConnection: false },
  { name: 'an escape character in a header value', request: (o) => rawRequest(o, HEALTH, ['X-Catatan: \x1b[31mmerah']), status: 400, keepsConnection: false },
  { name: 'DEL in a header value', request: (o) => rawRequest(o, HEALTH, ['X-Catatan: a\x7fb']), status: 400, keepsConnection: false },
  { name: 'a bare CR in a header value', request: (o) => rawRequest(o, HEALTH, ['X-Catatan: a\rb']), status: 400, keepsConnection: false },
  { name: 'a space in a header name', request: (o) => rawRequest(o, HEALTH, ['X Catatan: a']), status: 400, keepsConnection: false },
  { name: 'a NUL in a header name', request: (o) => rawRequest(o, HEALTH, ['X-Cat\x00atan: a']), status: 400, keepsConnection: false },
  { name: 'a folded header line', request: (o) => rawRequest(o, HEALTH, ['X-Catatan: a', ' lanjutan']), status: 400, keepsConnection: false },
  { name: 'two different Content-Length', request: (o) => rawRequest(o, 'POST /api/v1/auth/login HTTP/1.1', ['Content-Length: 2', 'Content-Length: 3'], '{}'), status: 400, keepsConnection: false },
  { name: 'Content-Length with Transfer-Encoding', request: (o) => rawRequest(o, 'POST /api/v1/auth/login HTTP/1.1', ['Content-Length: 2', 'Transfer-Encoding: chunked'], '0\r\n\r\n'), status: 400, keepsConnection: false },
  { name: 'a Content-Length that is not a number', request: (o) => rawRequest(o, 'POST /api/v1/auth/login HTTP/1.1', ['Content-Length: dua'], '{}'), status: 400, keepsConnection: false },
  // Headers over Node's 16 KB.
  { name: 'a header of 20 KB', request: (o) => rawRequest(o, HEALTH, [`X-Catatan: ${'a'.repeat(20_000)}`]), status: 431, keepsConnection: false },
  { name: '400 headers of 50 bytes', request: (o) => rawRequest(o, HEALTH, Array.from({ length: 400 }, (_, i) => `X-Catatan-${i}: ${'a'.repeat(35)}`)), status: 431, keepsConnection: false },
  // Broken chunked encoding.
  { name: 'a chunk size that is not hexadecimal', request: (o) => chunked(o, 'zz\r\n{}\r\n0\r\n\r\n'), status: 400, keepsConnection: false },
  { name: 'a chunk longer than its size', request: (o) => chunked(o, '2\r\n{"a":1}\r\n0\r\n\r\n'), status: 400, keepsConnection: false },
  { name: 'a chunk size that overflows', request: (o) => chunked(o, 'ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n'), status: 400, keepsConnection: false },
  { name: 'a chunk extension of 20 KB', request: (o) => chunked(o, `2;x=${'a'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`), status: 413, keepsConnection: false },
  { name: 'a transfer coding after chunked', request: (o) => rawRequest(o, 'POST /api/v1/auth/login HTTP/1.1', ['Transfer-Encoding: chunked, gzip'], '0\r\n\r\n'), status: 400, keepsConnection: false },
  // Request lines Node's parser refuses.
  { name: 'raw UTF-8 in the path', request: (o) => rawRequest(o, bytes('GET /api/v1/agencies/', [0xc3, 0xa9], ' HTTP/1.1')), status: 400, keepsConnection: false },
  { name: 'raw bytes that are not UTF-8 in the path', request: (o) => rawRequest(o, bytes('GET /api/v1/tracking/', [0xff, 0xfe], ' HTTP/1.1')), status: 400, keepsConnection: false },
  { name: 'a control character in the path', request: (o) => rawRequest(o, bytes('GET /api/v1/agencies/a', [0x01], 'b HTTP/1.1')), status: 400, keepsConnection: false },
  { name: 'an unknown method', request: (o) => rawRequest(o, 'AMBIL /api/v1/health HTTP/1.1'), status: 400, keepsConnection: false },
  { name: 'an unknown HTTP version', request: (o) => rawRequest(o, 'GET /api/v1/health HTTP/7.1'), status: 400, keepsConnection: false },
  { name: 'a TLS handshake on the plain port', request: () => bytes([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03], '\r\n\r\n'), status: 400, keepsConnection: false },
  // URLs the router cannot decode, and path parameters past any id: answered, and the connection lives on.
  { name: 'a percent sign not followed by hex digits', request: (o) => rawRequest(o, 'GET /api/v1/agencies/%zz HTTP/1.1'), status: 400, keepsConnection: true },
  { name: 'a lone percent sign', request: (o) => rawRequest(o, 'GET /api/v1/agencies/% HTTP/1.1'), status: 400, keepsConnection: true },
  { name: 'percent-encoded bytes that are not UTF-8', request: (o) => rawRequest(o, 'GET /api/v1/tracking/%FF%FE HTTP/1.1'), status: 400, keepsConnection: true },
  { name: 'a cut percent-encoded character', request: (o) => rawRequest(o, 'GET /api/v1/services/%E0%A4%A HTTP/1.1'), status: 400, keepsConnection: true },
  { name: 'a bad percent-encoding on a static path', request: (o) => rawRequest(o, 'GET /%zz/index.html HTTP/1.1'), status: 400, keepsConnection: true },
  { name: 'a path parameter of 201 characters', request: (o) => rawRequest(o, `GET /api/v1/agencies/${'a'.repeat(201)} HTTP/1.1`), status: 400, keepsConnection: true },
  { name: 'a path parameter of 15,000 characters', request: (o) => rawRequest(o, `GET /api/v1/services/${'a'.repeat(15_000)} HTTP/1.1`), status: 400, keepsConnection: true },
];

function assertAnswered(res: RawResponse, status: number): void {
  assert.equal(res.status, status, res.text.slice(0, 300));
  assertProblem(status, res.headers, res.body);
  assertEdgeHeaders(res.headers);
}

describe('raw sockets', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ logLevel: 'warn' });
  });
  after(() => t.close());

  for (const { name, request, status, keepsConnection } of cases) {
    it(`answers ${name} with ${status}, then ${keepsConnection ? 'serves the next request' : 'closes cleanly'}`, async () => {
      const connection = await RawConnection.open(t.gateway.origin);
      try {
        connection.send(request(t.gateway.origin));
        const res = await connection.response();
        assertAnswered(res, status);
        if (keepsConnection) {
          assert.notEqual(res.headers.get('connection'), 'close');
          connection.send(rawRequest(t.gateway.origin, HEALTH));
          const next = await connection.response();
          assert.equal(next.status, 200, next.text);
        } else {
          assert.equal(res.headers.get('connection'), 'close');
          assert.equal(await connection.ended(), 'closed', `ended by ${connection.error?.message ?? 'nothing'}`);
        }
      } finally {
        connection.close();
      }
    });
  }

  it('answers pipelined garbage after the response to the request before it', async () => {
    const connection = await RawConnection.open(t.gateway.origin);
    try {
      connection.send(Buffer.concat([rawRequest(t.gateway.origin, HEALTH), rawRequest(t.gateway.origin, HEALTH, ['X-Catatan: a\x00b'])]));
      const first = await connection.response();
      assert.equal(first.status, 200, first.text);
      const second = await connection.response();
      assertAnswered(second, 400);
      assert.equal(second.headers.get('connection'), 'close');
      assert.equal(await connection.ended(), 'closed');
    } finally {
      connection.close();
    }
  });

  it('answers a body whose chunking breaks halfway, with the request already routed', async () => {
    const connection = await RawConnection.open(t.gateway.origin);
    try {
      connection.send(rawRequest(t.gateway.origin, 'POST /api/v1/auth/login HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked'], '5\r\n{"ide\r\n'));
      await new Promise((resolve) => setTimeout(resolve, 50)); // routed and reading its body
      connection.send('nope\r\n');
      const res = await connection.response();
      assertAnswered(res, 400);
      assert.equal(res.headers.get('connection'), 'close');
      assert.equal(await connection.ended(), 'closed');
    } finally {
      connection.close();
    }
    // The gateway lives on.
    assert.equal((await fetch(`${t.gateway.url}/health`)).status, 200);
  });

  it('keeps a keep-alive agent working: no "socket hang up" for the next, unrelated request', async () => {
    // One socket at a time, so that every request after a refused one would reuse its socket if the gateway
    // closed it without saying so. Node's client refuses to send control characters; a 20 KB header it sends.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const req = httpRequest(`${t.gateway.url}/health`, { agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const failures: string[] = [];
      const statuses: number[] = [];
      const requests: Promise<void>[] = [];
      for (let i = 0; i < 60; i++) {
        const refused = i % 3 === 0;
        requests.push(
          get(refused ? { 'x-catatan': 'a'.repeat(20_000) } : {}).then(
            (res) => {
              statuses.push(res.status);
              if (refused && (res.status !== 431 || res.connection !== 'close')) failures.push(`#${i}: ${res.status} ${res.connection}`);
              if (!refused && res.status !== 200) failures.push(`#${i}: ${res.status}`);
            },
            (error: Error) => void failures.push(`#${i}: ${error.message}`),
          ),
        );
      }
      await Promise.all(requests);
      assert.deepEqual(failures, []);
      assert.equal(statuses.filter((s) => s === 200).length, 40);
    } finally {
      agent.destroy();
    }
  });
});
