import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TableName } from '../../src/data/catalogue';
import { ensureRelations } from '../../src/data/relations';
import { runAnalysisOn } from '../../src/data/run-analysis';
import type { AnalysisQuery } from '../../src/data/sql-query';
import type { RelationName } from '../../src/data/views';
import type { Connector, Row } from '../../src/db/connector';
import { startNodeConnector } from '../../src/db/node-connector';

export const DATASETS_DIR = path.resolve(import.meta.dirname, '../../datasets');

/** A bundled table's CSV bytes, read from datasets/ (the browser fetches the same files). */
export const readBundledTable = async (table: TableName): Promise<Uint8Array> =>
  new Uint8Array(await readFile(path.join(DATASETS_DIR, `${table}.csv`)));

/** Real DuckDB (wasm, in Node) over the bundled CSVs, loaded by the app's own loader. */
export async function openBundledDatabase(): Promise<Connector> {
  return startNodeConnector();
}

/** Runs one of the app's analyses exactly as the browser does: load what it reads, then run its SQL. */
export async function runAnalysis<T extends Row>(
  connector: Connector,
  analysis: AnalysisQuery,
): Promise<T[]> {
  return runAnalysisOn<T>(connector, analysis, readBundledTable);
}

export async function load(connector: Connector, names: readonly RelationName[]): Promise<void> {
  await ensureRelations(connector, names, readBundledTable);
}
