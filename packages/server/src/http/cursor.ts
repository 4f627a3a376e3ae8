// Opaque cursors for keyset pagination: the sort key of the last item of a page, as base64url JSON. Clients
// pass them back verbatim; a cursor that does not decode to the expected shape is a 422.
import { validationProblem } from './problems.ts';

export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor} for a key of `types` (null allowed where the type says so). */
export function decodeCursor(cursor: string | undefined, types: readonly ('string' | 'number' | 'string?')[]): unknown[] | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const fits =
    Array.isArray(key) &&
    key.length === types.length &&
    key.every((value, i) =>
      types[i] === 'string?'
        ? value === null || typeof value === 'string'
        : types[i] === 'number'
          ? Number.isFinite(value) // JSON's 1e400 parses as Infinity
          : typeof value === types[i],
    );
  if (!fits) {
    throw validationProblem(
      [
        {
          pointer: '',
          code: 'pattern',
          message: 'Penanda halaman (cursor) tidak valid. Mulai lagi dari halaman pertama.',
          params: { parameter: 'cursor', in: 'query' },
        },
      ],
      'Penanda halaman tidak valid.',
    );
  }
  return key as unknown[];
}

/** One page from `limit + 1` rows fetched in order: the rows to show and the cursor of the next page. */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly unknown[],
  toItem: (row: Row) => Item,
): { data: Item[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    data: shown.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
