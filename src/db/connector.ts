/**
 * The one interface the rest of the app uses to reach a database engine. The browser implements it with
 * DuckDB-wasm in a worker; tests and scripts implement it with DuckDB-wasm in Node; a native engine behind a
 * local endpoint could implement it later without the SQL or the UI changing (DESIGN.md section 7).
 */
export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface Connector {
  /** Runs one statement with `?` placeholders bound to `params`, and returns plain row objects. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs statements that return nothing useful (DDL, several statements separated by `;`). */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by SQL under `name` (for `read_csv('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}

/** A failed statement, carrying the SQL that failed so that an error report can say what was run. */
export class QueryError extends Error {
  readonly sql: string;

  constructor(sql: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Query failed: ${reason}`, { cause });
    this.name = 'QueryError';
    this.sql = sql;
  }
}
