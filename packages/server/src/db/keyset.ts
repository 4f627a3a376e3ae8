// Keyset pagination over stored columns that all go one direction, so that one index serves the filter, the
// order and the "after this cursor" bound of a list: `where <filter> and (k1, k2, k3) < (?, ?, ?)
// order by k1 desc, k2 desc, k3 desc`. Row-value comparisons are standard SQL; SQLite (3.15+) and PostgreSQL
// both turn them into an index range, so a page deep in a list costs what the first page costs.
// Orders that are not plain columns (a status first, nulls last) are stored as columns by the writer instead
// (see migration 0002).
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { decodeCursor } from '../http/cursor.ts';

export interface KeysetOrder {
  /** The sort key, most significant first: column references (qualified in joins) and their cursor types. */
  keys: readonly { column: string; type: 'string' | 'number' }[];
  direction: 'asc' | 'desc';
}

/** The cursor's key, or null on a first page; a cursor that does not fit the order is a 422. */
export function keysetCursor(order: KeysetOrder, cursor: string | undefined): unknown[] | null {
  return decodeCursor(cursor, order.keys.map((key) => key.type));
}

/** Rows strictly beyond `after` in the order. */
export function keysetAfter(order: KeysetOrder, after: readonly unknown[]): RawBuilder<boolean> {
  const columns = sql.join(order.keys.map((key) => sql.ref(key.column)));
  const comparison = order.direction === 'desc' ? sql`<` : sql`>`;
  return sql<boolean>`(${columns}) ${comparison} (${sql.join(after)})`;
}

/** The query for one page: the rows after the cursor, in order, and one more to tell whether a page follows. */
export function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: KeysetOrder,
  after: readonly unknown[] | null,
  limit: number,
): SelectQueryBuilder<DB, TB, O> {
  let page = after ? query.where(keysetAfter(order, after)) : query;
  for (const key of order.keys) page = page.orderBy(sql.ref(key.column), order.direction);
  return page.limit(limit + 1);
}

/** A row's key in the order (the selected names are the columns' unqualified names). */
export function keysetKeyOf(order: KeysetOrder, row: object): unknown[] {
  return order.keys.map((key) => (row as Record<string, unknown>)[key.column.slice(key.column.lastIndexOf('.') + 1)]);
}
