// Opens the embedded SQLite database behind Kysely. Everything above this file talks Kysely only, so a
// PostgreSQL dialect (several stateless gateways on one database) replaces this file and the few spots marked
// in migrations.ts.
/// <reference path="./better-sqlite3.d.ts" />
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database as Schema } from './schema.ts';
import { migrateToLatest } from './migrations.ts';

export type Db = Kysely<Schema>;

export interface OpenedDatabase {
  db: Db;
  file: string;
  close(): Promise<void>;
}

/**
 * Kysely's SQLite driver prepares every query anew. Preparing costs more than running a small indexed query, so
 * statements are kept by SQL text. Safe because the driver runs one query at a time on its single connection and
 * never leaves a statement iterating (we do not stream).
 */
function withStatementCache(sqlite: Database, max = 500) {
  const cache = new Map<string, ReturnType<Database['prepare']>>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= max) cache.clear();
        statement = sqlite.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

export async function openDatabase(dataDir: string): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'padu.sqlite');
  const sqlite = new Database(file, { timeout: 5000 });
  // WAL lets readers and the writer work side by side; synchronous=FULL fsyncs the WAL on every commit, so a
  // write that was acknowledged survives SIGKILL or power loss. (SQLite-only pragmas, by nature.)
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Reads straight from the mapped file instead of a read() per page.
  sqlite.pragma('mmap_size = 268435456');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, file, close: () => db.destroy() };
}

/** Whether an error is a unique/primary-key violation, in SQLite (better-sqlite3) or PostgreSQL (pg) terms. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** The current time as stored: RFC 3339 UTC with milliseconds. */
export function nowIso(now: number = Date.now()): string {
  return new Date(now).toISOString();
}
