// A receiving system for webhooks on loopback, as an OPD's would be: it records every request (headers, raw body,
// when it arrived) and answers as the test says (a status, a delay, a redirect, silence). http, or https with a
// certificate of the test's making.
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.timeOrigin + performance.now()` when the body was complete. */
  at: number;
}

/** What to answer the n-th request (0-based): a status (after `delayMs`), or `hang` (never answer). */
export type Answer = number | { status: number; delayMs?: number; headers?: Record<string, string>; body?: string } | 'hang';

export interface Receiver {
  /** `http(s)://127.0.0.1:<port>/hooks` (or with `host` in place of 127.0.0.1). */
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** Resolves once `count` requests have arrived (those already there count). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  answer?: (index: number, request: ReceivedRequest) => Answer;
  /** Serve https with this key and certificate. */
  tls?: { key: string; cert: string };
  /** The host name to put in `url` (default 127.0.0.1; the server listens on 127.0.0.1 whatever it is). */
  host?: string;
  path?: string;
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: ReceivedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.timeOrigin + performance.now(),
      };
      const index = received.push(entry) - 1;
      for (const wake of [...waiters]) wake();
      const answer = options.answer?.(index, entry) ?? 204;
      if (answer === 'hang') return;
      const { status, delayMs = 0, headers = {}, body = '' } = typeof answer === 'number' ? { status: answer } : answer;
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(status, headers).end(body);
      };
      if (delayMs > 0) setTimeout(send, delayMs).unref();
      else send();
    });
  };
  const server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handle) : createHttpServer(handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  return {
    url: `${scheme}://${options.host ?? '127.0.0.1'}:${port}${options.path ?? '/hooks'}`,
    port,
    received,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(received.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${received.length} of ${count} webhook requests arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
