// Requests that never reach a route get the answer every other request gets: a problem+json with the headers
// of the edge (security headers, X-Request-Id, RateLimit, CORS), counted by the rate limit and logged in one
// line. Left to Fastify, a URL the router cannot decode (`/agencies/%zz`) and bytes Node's HTTP parser cannot
// read (a NUL in a header, a 20 KB header, broken chunking) got a bare JSON body without any of those headers,
// echoed the path, and in the parser's case closed the socket without `Connection: close`: keep-alive clients
// then sent their next request into a closed socket ("socket hang up").
//
// Both are dispatched once more, to an internal route whose own onRequest hook throws the problem, after the
// global hooks have run as for any route:
// - a router error re-dispatches the request itself: its socket, address and headers are intact, and the
//   connection stays usable;
// - a parser error leaves no request to dispatch, so a stand-in is injected for the same client address, and
//   its response is written to the socket with `Connection: close`, then the socket is closed cleanly.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound, problem, type ProblemError } from './problems.ts';

/** The internal route. A static path outside the API: no wildcard route (CORS preflight, static files) takes it. */
export const UNROUTED_PATH = '/.padu/unrouted';

/** How long a socket answered after a parser error may stay half-closed before it is destroyed. */
const LINGER_MS = 5_000;

/** Response headers that describe the connection or the framing, which the socket writer sets itself. */
const FRAMING_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** The problem for an error of Fastify's router. */
function routerProblem(error: FastifyError): ProblemError | null {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return problem('bad-request', { detail: 'Alamat (URL) tidak dapat dibaca: ada kode persen (%) yang tidak sah.' });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem('bad-request', { code: 'invalid_parameter', detail: 'Parameter pada alamat (URL) terlalu panjang.' });
    default:
      return null;
  }
}

/** The problem for an error of Node's HTTP parser (or its request timeouts), by Node's error code. */
function parserProblem(code: string): ProblemError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return problem('header-too-large', { detail: 'Header permintaan melebihi batas ukuran.' });
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return problem('payload-too-large', { title: 'Isi permintaan terlalu besar', detail: 'Ekstensi chunk melebihi batas ukuran.' });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem('request-timeout', { detail: 'Permintaan tidak selesai dikirim dalam batas waktu.' });
    default:
      return problem('bad-request', { detail: 'Permintaan HTTP tidak dapat dibaca.' });
  }
}

/**
 * Whether the unreadable request was a HEAD, whose answer must have no body (a client reading one would take
 * the body as the start of a next response). The parser's bytes hold its request line unless the request came
 * in several reads and failed in a later one; that case keeps its body.
 */
function wasHead(error: ClientError): boolean {
  return Buffer.isBuffer(error.rawPacket) && error.rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
}

/** An HTTP/1.1 response from an injected one, that closes the connection (without the body for a HEAD). */
function serialize(status: number, headers: Record<string, unknown>, body: Buffer, head = false): Buffer {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || FRAMING_HEADERS.has(name)) continue;
    for (const one of [value].flat()) lines.push(`${name}: ${String(one)}`);
  }
  if (!('date' in headers)) lines.push(`date: ${new Date().toUTCString()}`);
  lines.push(`content-length: ${body.length}`, 'connection: close', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), head ? Buffer.alloc(0) : body]);
}

/** Resolves once a response has been written out (or its connection is gone). */
function finished(response: ServerResponse): Promise<void> {
  if (response.writableFinished || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    response.once('finish', resolve);
    response.once('close', resolve);
  });
}

interface ClientError extends Error {
  code?: string;
  /** The bytes the parser was reading when it failed (Node's own field: a Buffer). */
  rawPacket?: unknown;
}

export interface UnroutedAnswers {
  /** Fastify's `frameworkErrors` option. */
  frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void;
  /** Fastify's `clientErrorHandler` option. */
  clientErrorHandler(error: ClientError, socket: Socket): void;
  /** Registers the internal route; call once the app exists. */
  register(app: FastifyInstance): void;
}

export function createUnroutedAnswers(): UnroutedAnswers {
  // Problems waiting for their dispatch, by a random key: only this module can name one, so a client that
  // calls the internal route itself gets a 404.
  const pending = new Map<string, ProblemError>();
  // Sockets already answered: after a parser error Node may report more errors for the same socket.
  const answered = new WeakSet<Socket>();
  let app: FastifyInstance | undefined;

  const expect = (answer: ProblemError): { key: string; url: string } => {
    const key = randomUUID();
    pending.set(key, answer);
    return { key, url: `${UNROUTED_PATH}?problem=${key}` };
  };

  return {
    frameworkErrors(error, request, reply) {
      const answer = routerProblem(error);
      if (!answer) {
        reply.send(error); // the error handler's 500
        return;
      }
      const { key, url } = expect(answer);
      // Rate-limited before the route's hook ran, the entry is never taken: drop it with the response.
      reply.raw.once('close', () => pending.delete(key));
      request.raw.url = url;
      request.server.routing(request.raw, reply.raw);
    },

    clientErrorHandler(error, socket) {
      if (answered.has(socket)) return;
      answered.add(socket);
      if (error.code === 'ECONNRESET' || !socket.writable || !app) {
        socket.destroy();
        return;
      }
      // The response to an earlier request on this socket (Node's own field; null once it is done).
      const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;
      // That request arrived whole, so the bytes that failed came after it (pipelining): they are answered once
      // its response is out, in order. Otherwise they were its own body, and it will never get it: answered now,
      // unless its response has begun (then nothing can follow it but the close).
      const earlier = inFlight?.req.complete === true;
      if (inFlight && !earlier && inFlight.headersSent) {
        socket.destroy();
        return;
      }
      const { key, url } = expect(parserProblem(error.code ?? ''));
      const remoteAddress = socket.remoteAddress ?? '127.0.0.1';
      Promise.all([app.inject({ method: 'GET', url, remoteAddress }), earlier ? finished(inFlight) : undefined])
        .then(
          ([response]) => {
            if (!socket.writable) return void socket.destroy();
            socket.end(serialize(response.statusCode, response.headers, response.rawPayload, wasHead(error)));
            // The client closes its end on `Connection: close`; one that does not is cut off after a while.
            socket.setTimeout(LINGER_MS, () => socket.destroy());
          },
          () => socket.destroy(),
        )
        .finally(() => pending.delete(key));
    },

    register(instance) {
      app = instance;
      instance.all(UNROUTED_PATH, {
        // Runs after the global hooks (headers, request id, limits) and before any body is read.
        onRequest(request, _reply, done) {
          const key = (request.query as { problem?: unknown }).problem;
          const answer = typeof key === 'string' ? pending.get(key) : undefined;
          if (answer) pending.delete(key as string);
          done(answer ?? notFound());
        },
        handler: async () => {
          throw notFound();
        },
      });
    },
  };
}
