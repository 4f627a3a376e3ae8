// A loopback HTTP proxy in front of the test gateway that injects faults on request: an answer of its own
// (e.g. a 503 with Retry-After) instead of forwarding, or a connection dropped after the gateway has answered
// (so the gateway committed the work but the client never hears of it). Everything else passes through.
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { respond: { status: number; headers?: Record<string, string>; body?: unknown } }
  | { dropAfterForwarding: true }
  | { delayMs: number }
  /** Forward, stream the answer, and cut the connection after this long (a stream that dies midway). */
  | { cutAfterMs: number };

interface Rule {
  method: string;
  /** Matched against the path (with query), e.g. /\/applications$/. */
  path: RegExp;
  fault: Fault;
  times: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
  /** The fault applied, if any. */
  fault?: Fault;
}

export interface FaultProxy {
  /** The API base through the proxy. */
  url: string;
  seen: SeenRequest[];
  /** The next `times` requests matching `method` and `path` get `fault`. */
  inject(method: string, path: RegExp, fault: Fault, times?: number): void;
  close(): Promise<void>;
}

export async function startFaultProxy(upstreamApiUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamApiUrl);
  const rules: Rule[] = [];
  const seen: SeenRequest[] = [];

  const pass = (req: IncomingMessage, res: ServerResponse, onAnswered?: () => void) => {
    const outgoing = forward(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (onAnswered) {
          // Read the whole answer (the gateway has committed by now), then never deliver it.
          answer.resume();
          answer.on('end', onAnswered);
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.on('error', () => res.destroy());
    req.pipe(outgoing);
  };

  const server = createServer((req, res) => {
    const rule = rules.find((r) => r.times > 0 && r.method === req.method && r.path.test(req.url ?? ''));
    seen.push({ method: req.method!, path: req.url!, at: Date.now(), headers: req.headers, ...(rule && { fault: rule.fault }) });
    if (!rule) return pass(req, res);
    rule.times--;
    const { fault } = rule;
    if ('respond' in fault) {
      req.resume();
      const body = fault.respond.body === undefined ? '' : JSON.stringify(fault.respond.body);
      res.writeHead(fault.respond.status, { 'content-type': 'application/problem+json', ...fault.respond.headers });
      res.end(body);
    } else if ('dropAfterForwarding' in fault) {
      pass(req, res, () => res.socket?.destroy());
    } else if ('cutAfterMs' in fault) {
      pass(req, res);
      setTimeout(() => res.socket?.destroy(), fault.cutAfterMs);
    } else {
      setTimeout(() => pass(req, res), fault.delayMs);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    seen,
    inject: (method, path, fault, times = 1) => rules.push({ method, path, fault, times }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
