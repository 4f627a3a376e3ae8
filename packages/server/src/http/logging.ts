// Structured logs (pino, through Fastify) that never contain personal data or secrets: known sensitive fields
// are redacted by path, and as a last line of defence every written line is scrubbed of NIK-like 16-digit
// numbers and of tokens, whatever field they hid in.
import type { Writable } from 'node:stream';

// One pass over each line: a NIK-like number, an access/refresh token, or a bearer credential.
const SENSITIVE = /(?<!\d)\d{16}(?!\d)|\b(at|rt)_[A-Za-z0-9_-]{10,}|(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

export function scrubLogLine(line: string): string {
  return line.replace(SENSITIVE, (_match, tokenKind: string | undefined, bearer: string | undefined) =>
    tokenKind ? `${tokenKind}_[disembunyikan]` : bearer ? `${bearer}[disembunyikan]` : '[NIK]',
  );
}

export function loggerOptions(level: string, stream?: Writable) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      // Exact paths (wildcards cost on every line); bodies are never logged, the scrub above catches the rest.
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'password',
        'refreshToken',
        'accessToken',
        'nik',
        'answers',
      ],
      censor: '[disembunyikan]',
    },
    hooks: { streamWrite: scrubLogLine },
    serializers: {
      // Only what helps to trace a request; the query string is left out (search words are the citizen's).
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: req.url.split('?', 1)[0],
        remoteAddress: req.ip,
      }),
    },
  };
}
