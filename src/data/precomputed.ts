import type { Row } from '../db/connector';
import precomputedResults from 'virtual:precomputed-results';
import { analysisKey, type AnalysisQuery } from './analysis';
import { tableProvenance } from './dataset-versions';
import { viewTables } from './views';

/**
 * Results of the default views, computed at build time by the same SQL on the same DuckDB build over the same
 * bundled CSVs (scripts/precompute-results.ts). They let the first charts draw before DuckDB-wasm has started;
 * once it is ready, the app recomputes them live. They are only used while every table the analysis reads
 * still holds the bundled data, so uploaded data is never hidden behind them.
 */
const fromBuild = new WeakSet<readonly Row[]>();

export function precomputedRows<T extends Row>(analysis: AnalysisQuery): T[] | undefined {
  const tables = analysis.reads.flatMap((r) => viewTables(r));
  if (!tables.every((t) => tableProvenance(t).source === 'bundled' && tableProvenance(t).version === 0))
    return undefined;
  const rows = precomputedResults[analysisKey(analysis)] as T[] | undefined;
  if (rows) fromBuild.add(rows);
  return rows;
}

/** Whether these rows came from the build rather than from DuckDB in this browser. */
export function isPrecomputed(rows: unknown): boolean {
  return Array.isArray(rows) && fromBuild.has(rows);
}
