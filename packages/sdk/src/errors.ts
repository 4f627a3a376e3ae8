// Problem details (RFC 9457) become typed errors. `instanceof` checks a brand registered with `Symbol.for`, not the
// prototype chain, so it also works when two copies of the SDK share a page (a CDN bundle and an npm copy).
import type { FieldError, Problem } from './types.ts';

const BRAND = Symbol.for('padu.error');

export interface PaduErrorInit {
  status?: number;
  problem?: Problem | undefined;
  requestId?: string | null | undefined;
  retryAfter?: number | undefined;
  cause?: unknown;
}

/** The base of every error a Padu call throws (except an abort, which rejects with `signal.reason`). */
export class PaduError extends Error {
  /** The error's kind; a string, so it survives minifiers and is the same in every copy of the SDK. */
  static kind = 'PaduError';

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kind = (value as Record<symbol, unknown> | null | undefined)?.[BRAND];
    return !!kind && (this === PaduError || kind === this.kind);
  }

  /** The HTTP status, or 0 when no response arrived (network error, timeout). */
  declare readonly status: number;
  /** The problem details the gateway sent, if any. */
  declare readonly problem?: Problem | undefined;
  /** The gateway's id for the request (from the problem or the `X-Request-Id` header); quote it in reports. */
  declare readonly requestId?: string | null | undefined;
  /** Seconds to wait before trying again, when the gateway said (429 and 503). */
  declare readonly retryAfter?: number | undefined;

  constructor(message: string, init: PaduErrorInit = {}) {
    super(message, init);
    const kind = (new.target as typeof PaduError).kind;
    Object.assign(this, { [BRAND]: kind, name: kind, status: 0 }, init);
  }
}

/** 422: the request was read but is not valid; `errors` and `fieldErrors` say where and why. */
export class ValidationError extends PaduError {
  static override kind = 'ValidationError';
  /** Every field error, in the gateway's order. */
  declare readonly errors: FieldError[];
  /** The first error for each JSON pointer into the request, e.g. `fieldErrors['/answers/nik']`. */
  declare readonly fieldErrors: Record<string, FieldError>;

  constructor(message: string, init: PaduErrorInit = {}) {
    super(message, init);
    this.errors = this.problem?.errors ?? [];
    this.fieldErrors = {};
    for (const error of this.errors) this.fieldErrors[error.pointer] ??= error;
  }
}

/** 401: no valid session (after one refresh attempt). */
export class UnauthorizedError extends PaduError {
  static override kind = 'UnauthorizedError';
}
/** 403: logged in, but this account may not do this. */
export class ForbiddenError extends PaduError {
  static override kind = 'ForbiddenError';
}
/** 404: nothing here, or nothing this account may see. */
export class NotFoundError extends PaduError {
  static override kind = 'NotFoundError';
}
/** 409: conflicts with the current state (a transition not allowed now, an idempotency key reused). */
export class ConflictError extends PaduError {
  static override kind = 'ConflictError';
}
/** 412: someone changed it since this copy was read (a draft saved by another admin); read it again. */
export class PreconditionFailedError extends PaduError {
  static override kind = 'PreconditionFailedError';
}
/** 429: too many requests; `retryAfter` says when to try again. */
export class RateLimitedError extends PaduError {
  static override kind = 'RateLimitedError';
}
/** 5xx: the gateway failed or is unavailable. */
export class ServerError extends PaduError {
  static override kind = 'ServerError';
}
/** No response: the gateway could not be reached or the connection dropped. */
export class NetworkError extends PaduError {
  static override kind = 'NetworkError';
}
/** No response within the timeout. */
export class TimeoutError extends PaduError {
  static override kind = 'TimeoutError';
}

/**
 * Whether the gateway refused for good: a 4xx other than 408 and 429 will not change by asking again (while
 * network errors, timeouts, 5xx, 408 and 429 may).
 */
export const isRefusal = (error: unknown): error is PaduError =>
  error instanceof PaduError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;

const errorByStatus: Record<number, typeof PaduError> = {
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  422: ValidationError,
  429: RateLimitedError,
};

/** The typed error for a non-2xx response whose (problem+json) body was already read. */
export function errorFromResponse(response: Response, body: unknown): PaduError {
  const { status, headers } = response;
  const problem = body && typeof body === 'object' ? (body as Problem) : undefined;
  return new (errorByStatus[status] ?? (status >= 500 ? ServerError : PaduError))(
    problem?.detail ?? problem?.title ?? `HTTP ${status}`,
    {
      status,
      problem,
      requestId: problem?.requestId ?? headers.get('x-request-id'),
      // The problem repeats `Retry-After` in seconds; a bare header (from a proxy) counts when it is in seconds.
      retryAfter: problem?.retryAfter ?? (+headers.get('retry-after')! || undefined),
    },
  );
}
