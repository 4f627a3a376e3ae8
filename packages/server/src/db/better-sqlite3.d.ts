// The small part of better-sqlite3's API that the gateway uses (the package ships no types and @types is not
// installed). Kysely's SqliteDialect needs `prepare` and `close`; the rest sets pragmas, and the benchmark's bulk
// loader runs its inserts in `transaction`s.
declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement {
    readonly reader: boolean;
    all(...parameters: unknown[]): unknown[];
    get(...parameters: unknown[]): unknown;
    run(...parameters: unknown[]): RunResult;
    iterate(...parameters: unknown[]): IterableIterator<unknown>;
  }
  interface Options {
    readonly?: boolean;
    fileMustExist?: boolean;
    timeout?: number;
  }
  class Database {
    constructor(filename: string, options?: Options);
    readonly open: boolean;
    prepare(source: string): Statement;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    exec(source: string): this;
    /** Wraps `fn` so that each call runs in one transaction (committed on return, rolled back on a throw). */
    transaction<F extends (...args: never[]) => unknown>(fn: F): F;
    close(): this;
  }
  export = Database;
}
