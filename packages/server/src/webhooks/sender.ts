// One attempt to POST a webhook: to the address the policy checked (the connection goes to that IP, with the
// URL's host in `Host` and in TLS's SNI and certificate check), within a deadline, following no redirect, reading
// at most a little of the answer. Node's own http and https clients: they never follow redirects, and a fetch
// cannot be told which address to connect to.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Socket } from 'node:net';
import type { Schemas } from '@padu/contract';
import { hostOf, sameAddress, type Target } from './address-policy.ts';

export type DeliveryError = Schemas['WebhookDeliveryError'];

export interface AttemptResult {
  /** The answer's status, when one came. */
  status: number | null;
  /** Null when the answer was a 2xx. */
  error: DeliveryError | null;
}

/** The most of an answer's body that is read (and thrown away): the status decides, the body is not kept. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
const USER_AGENT = 'Padu-Webhooks/1.0';

export interface SendOptions {
  url: URL;
  target: Target;
  body: string;
  headers: Record<string, string>;
  /** When the attempt gives up (ms since 1970). */
  deadline: number;
  /** Whether the address the socket reached may be reached (checked again once connected). */
  allows(address: string | undefined): boolean;
  ca?: string[] | undefined;
  signal?: AbortSignal;
}

class AttemptFailure extends Error {
  readonly kind: DeliveryError;
  constructor(kind: DeliveryError) {
    super(kind);
    this.kind = kind;
  }
}

function failureOf(error: unknown, https: boolean): DeliveryError {
  if (error instanceof AttemptFailure) return error.kind;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // OpenSSL's verification codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT …), Node's TLS errors, handshakes.
  if (https && /CERT|SSL|TLS|EPROTO|UNABLE_TO|HOSTNAME|ALTNAME/.test(code)) return 'tls';
  return 'connection';
}

export function sendWebhook(options: SendOptions): Promise<AttemptResult> {
  const { url, target, body } = options;
  const https = url.protocol === 'https:';
  const host = hostOf(url);
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const request = (https ? httpsRequest : httpRequest)({
      method: 'POST',
      // The checked address, not the host name: nothing resolves the host again between the check and the connection.
      host: target.address,
      family: target.family,
      port: url.port || (https ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      // A new connection per attempt: no pooled socket outlives the check it was made under.
      agent: false,
      headers: {
        host: url.host,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': USER_AGENT,
        ...options.headers,
      },
      // TLS: the certificate must be valid for the URL's host (an IP literal has no SNI).
      ...(https ? { servername: isIP(host) ? '' : host, rejectUnauthorized: true, ...(options.ca ? { ca: options.ca } : {}) } : {}),
    });
    const fail = (error: unknown) => {
      request.destroy();
      finish({ status: null, error: failureOf(error, https) });
    };
    const timer = setTimeout(() => fail(new AttemptFailure('timeout')), Math.max(0, options.deadline - Date.now()));
    const onAbort = () => fail(new AttemptFailure('connection'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('socket', (socket: Socket) => {
      // Once connected, the peer must be the checked address (and still one that may be reached).
      socket.once('connect', () => {
        if (!sameAddress(socket.remoteAddress, target.address) || !options.allows(socket.remoteAddress)) fail(new AttemptFailure('address_refused'));
      });
    });
    request.on('error', fail);
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const error: DeliveryError | null = status >= 200 && status < 300 ? null : status >= 300 && status < 400 ? 'redirect' : 'http_status';
      finish({ status, error });
      // The status decides; a little of the body is read so that the receiver may finish writing, then it is closed.
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) request.destroy();
      });
      response.on('end', () => request.destroy());
      response.on('error', () => request.destroy());
      const drain = setTimeout(() => request.destroy(), Math.max(0, options.deadline - Date.now()));
      drain.unref();
      response.on('close', () => clearTimeout(drain));
    });
    request.end(body);
  });
}
