// Structured logs (pino, through Fastify) that never contain personal data or secrets: known sensitive fields
// are redacted by path, and as a last line of defence every written line is scrubbed of NIK-like 16-digit
// numbers and of tokens, whatever field they hid in.
import { writeSync } from 'node:fs';
import { Writable } from 'node:stream';

// One pass over each line: a NIK-like number, an access/refresh token, a webhook signing secret, or a bearer
// credential.
const SENSITIVE = /(?<!\d)\d{16}(?!\d)|\b(at|rt)_[A-Za-z0-9_-]{10,}|\b(whsec)_[A-Za-z0-9+/=]{10,}|(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

export function scrubLogLine(line: string): string {
  return line.replace(SENSITIVE, (_match, tokenKind: string | undefined, secretKind: string | undefined, bearer: string | undefined) =>
    tokenKind || secretKind ? `${tokenKind ?? secretKind}_[disembunyikan]` : bearer ? `${bearer}[disembunyikan]` : '[NIK]',
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

/**
 * Log lines for a file descriptor (stdout by default), written together once per turn of the event loop instead
 * of one system call per line: under load that is most of what logging costs a request. The lines of the turn in
 * progress are written on a normal exit; a SIGKILL can lose those few, never data (the database commits first).
 */
export function batchedLogStream(fd = 1): Writable {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    writeSync(fd, text);
  };
  process.once('exit', flush);
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      if (pending.length === 0) setImmediate(flush);
      pending.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
}
