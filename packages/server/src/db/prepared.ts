// A hot query compiled once by the dialect's own compiler and run with fresh parameters, which keeps Kysely's
// builder and compiler off the hot path. The SQL stays whatever the dialect produced, so this is as portable
// as the builder; parameters must be given in the order the compiled query uses them.
import type { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

export function prepared<Row>(db: Db, compiled: CompiledQuery<Row>) {
  return async (...parameters: unknown[]): Promise<Row[]> => (await db.executeQuery<Row>({ ...compiled, parameters })).rows;
}
