// Strong ETags for JSON representations, and the If-None-Match check that answers 304.
import { createHash } from 'node:crypto';

/** A strong ETag for a serialised representation. */
export function etagOf(json: string): string {
  return `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header lists this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
