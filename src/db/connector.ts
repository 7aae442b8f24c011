/**
 * The one interface the rest of the app uses to reach a database engine. The browser implements it with
 * DuckDB-wasm in a worker; tests and scripts implement it with DuckDB-wasm in Node; a native engine behind a
 * local endpoint could implement it later without the SQL or the UI changing (DESIGN.md section 7).
 */
export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

/** What a statement runner offers: the shared connection and an isolated session both have it. */
export interface StatementRunner {
  /** Runs one statement with `?` placeholders bound to `params`, and returns plain row objects. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs statements that return nothing useful (DDL, several statements separated by `;`). */
  exec(sql: string): Promise<void>;
}

/**
 * A connection of its own. Its transactions are invisible to the charts' queries on the shared connection until
 * committed, so an upload can BEGIN, load, check and ROLLBACK without a chart ever reading half a table.
 */
export interface Session extends StatementRunner {
  /** Asks the engine to stop the statement running on this session; it then fails with a cancellation error. */
  cancel(): Promise<void>;
}

export interface Connector extends StatementRunner {
  /**
   * Runs a query as `query` does, but planned as written: on a connection of its own with DuckDB's optimizer
   * turned off. Only for statements over small tables, where the optimizer's passes cost more than they save; on
   * a large table it is what pushes a filter into the scan (data/run-analysis.ts says which analyses qualify).
   */
  queryUnoptimized<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Makes bytes readable by SQL under `name` (for `read_csv('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Makes a file the user chose readable by SQL under `name` without reading it into memory first: DuckDB reads
   * it in slices as it scans (the fast path for uploads, DESIGN.md section 8).
   */
  registerFileHandle(name: string, file: Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Runs `work` on a session of its own, closed when `work` settles. */
  withSession<T>(work: (session: Session) => Promise<T>): Promise<T>;
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

/**
 * The engine itself stopped (its worker died, or its WebAssembly instance crashed): not a problem with the SQL.
 * Whatever was running is lost; the same work can be tried again on the engine that replaces it.
 */
export class EngineLostError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The database engine stopped: ${reason}`, options);
    this.name = 'EngineLostError';
  }
}
