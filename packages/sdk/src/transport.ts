// Every call goes through here: ky for timeouts, retries with backoff and `Retry-After`, and aborts; the session's
// access token; one refresh-and-retry on 401; and problem+json turned into typed errors.
import type { HTTPError, Options as KyOptions } from 'ky';
import { errorFromResponse, NetworkError, TimeoutError, UnauthorizedError } from './errors.ts';
import type { Session } from './session.ts';
import type { RequestOptions, RetryPolicy } from './types.ts';

export interface TransportOptions {
  baseUrl: string | URL;
  fetch?: typeof globalThis.fetch | undefined;
  timeout?: number | undefined;
  retry?: RetryPolicy | undefined;
}

/** One HTTP call, as a resource method describes it; the other fields are ky's. */
export interface Call
  extends RequestOptions,
    Pick<KyOptions, 'json' | 'body' | 'searchParams' | 'fetch' | 'throwHttpErrors' | 'credentials'> {
  /** Relative to the base URL, e.g. `services/akta-kelahiran`. */
  path: string;
  /** `GET` when absent. */
  method?: 'POST' | 'PUT' | 'PATCH';
  /** Send the session's access token (and on 401 refresh once and try again). */
  auth?: boolean | undefined;
  headers?: Record<string, string | undefined>;
  /** Makes a POST safe to retry: the gateway answers a repeat with the first result. */
  idempotencyKey?: string;
}

export interface Transport {
  /** Sends a call and returns the successful response, or throws a `PaduError` (or the abort reason). */
  send(call: Call): Promise<Response>;
  /** Sends a call and returns its JSON body. */
  call<T>(call: Call): Promise<T>;
}

/** ky's errors without a response, by name, and ours for them. */
const NO_RESPONSE: Record<string, typeof TimeoutError> = { TimeoutError, NetworkError };
// ky's own defaults do the rest: 2 retries after 408, 413 (with Retry-After), 429, 500, 502, 503, 504 and network
// errors, exponential delays (0.3 s, 0.6 s, ...; `backoffLimit` caps them), and waiting for `Retry-After` (seconds
// or an HTTP date) on 413, 429 and 503.
const RETRY = {
  maxRetryAfter: 30_000, // the cap on honouring `Retry-After`
  methods: ['get', 'post'],
  jitter: true, // full jitter: a random wait between 0 and the exponential delay
};

let kyModule: Promise<typeof import('ky')> | undefined;

/**
 * ky, imported on the first call: a bundle splits it into a chunk of its own, so a page whose elements have not
 * called the gateway yet (a tracker waiting for a code) has not downloaded it. A failed import (the network, again)
 * is a `NetworkError`, and the next call tries again.
 */
function loadKy(): Promise<typeof import('ky')> {
  return (kyModule ??= import('ky').catch((error: unknown) => {
    kyModule = undefined;
    throw new NetworkError('The HTTP client could not be loaded', { cause: error });
  }));
}

export function createTransport(options: TransportOptions, session: Session): Transport {
  const customFetch = options.fetch;
  // Called as a plain function: an unbound `window.fetch` called as a method of ky's options throws.
  const fetch = customFetch && ((input: RequestInfo | URL, init?: RequestInit) => customFetch(input, init));

  async function attempt(
    { path, auth, idempotencyKey, headers, retry, ...call }: Call,
    accessToken: string | undefined,
  ): Promise<Response> {
    // Only safe methods, and POSTs the gateway deduplicates by their Idempotency-Key, may be retried.
    const noRetry = retry === false || (call.method && !idempotencyKey);
    const { default: ky } = await loadKy();
    try {
      return await ky(path, {
        fetch,
        ...call,
        timeout: call.timeout ?? options.timeout, // ky's default: 10 s
        prefix: options.baseUrl,
        headers: { authorization: accessToken && `Bearer ${accessToken}`, 'idempotency-key': idempotencyKey, ...headers },
        retry: { ...RETRY, ...options.retry, ...retry, ...(noRetry && { limit: 0 }) },
      });
    } catch (error) {
      const { name, message, response, data } = error as HTTPError;
      const NoResponse = NO_RESPONSE[name];
      throw call.signal?.aborted
        ? call.signal.reason
        : response
          ? errorFromResponse(response, data)
          : NoResponse
            ? new NoResponse(message, { cause: error })
            : error;
    }
  }

  async function send(call: Call): Promise<Response> {
    const accessToken = call.auth ? session.current?.accessToken : undefined;
    try {
      return await attempt(call, accessToken);
    } catch (error) {
      if (!accessToken || !(error instanceof UnauthorizedError)) throw error;
      // Parallel 401s all land here; they share one refresh, then each tries once more.
      const refreshed = await session.refresh(accessToken).catch(() => null);
      if (!refreshed) throw error;
      return attempt(call, refreshed.accessToken);
    }
  }

  return {
    send,
    call: async (call) => (await send(call)).json(),
  };
}
