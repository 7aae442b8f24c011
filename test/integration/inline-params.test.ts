import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRelations } from '../../src/data/relations';
import { arrowToRows } from '../../src/db/arrow-rows';
import type { Connector, Row, SqlParam } from '../../src/db/connector';
import { inlineParams } from '../../src/db/sql';
import { readBundledTable } from '../support/bundled-database';
import { everyAnalysis } from './every-analysis';

/**
 * The connectors send a statement with its parameters written in as literals (inlineParams), one message to the
 * worker instead of three. These tests hold that to the statements DuckDB-wasm prepares and binds itself: every
 * analysis of every view, under a spread of filters, returns exactly the same rows both ways.
 */
let conn: DuckDBConnection;

const prepared = (text: string, params: readonly SqlParam[]): Row[] => {
  const statement = conn.prepare(text);
  try {
    return arrowToRows(statement.query(...params));
  } finally {
    statement.close();
  }
};
const inlined = (text: string, params: readonly SqlParam[]): Row[] =>
  arrowToRows(conn.query(inlineParams(text, params)));

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const db = await createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  conn = db.connect();
  // Loaded by the app's own loader, through a connector that binds parameters the prepared way.
  const loader = {
    query: (text: string, params: readonly SqlParam[] = []) => Promise.resolve(prepared(text, params)),
    exec: (text: string) => Promise.resolve(void conn.query(text)),
    registerFile: (name: string, bytes: Uint8Array) =>
      Promise.resolve(db.registerFileBuffer(name, bytes.slice())),
    dropFile: (name: string) => Promise.resolve(db.dropFile(name)),
  } as unknown as Connector;
  await ensureRelations(loader, [...new Set(everyAnalysis().flatMap((a) => a.reads))], readBundledTable);
});

describe('statements with their values written in', () => {
  it('return exactly the rows DuckDB-wasm returns when it binds the values itself', () => {
    const all = everyAnalysis();
    expect(all.filter((a) => a.query.params.length > 0).length).toBeGreaterThan(60);
    for (const { name, query } of all)
      expect(inlined(query.sql, query.params), name).toEqual(prepared(query.sql, query.params));
  });
});
