import type { Row } from '../db/connector';
import { isEngineReady } from '../db/engine';
import precomputedResults from 'virtual:precomputed-results';
import { analysisKey, type AnalysisQuery } from './analysis';
import { tableProvenance } from './dataset-versions';
import { tablesRead } from './views';

/** Results computed at build time by the same SQL on the same DuckDB build over the same bundled CSVs. */
export interface BuildTimeResults {
  /** The default views', so the first charts draw before DuckDB-wasm has started; recomputed once it has. */
  readonly firstPaint: Record<string, Row[]>;
  /** Analyses that depend on one of a few values (a type's profile), used as they are for the bundled data. */
  readonly standing: Record<string, Row[]>;
}

/**
 * See scripts/precompute-results.ts. Either kind is only used while every table the analysis reads still holds
 * the bundled data, so uploaded data is never hidden behind them.
 */
const fromBuild = new WeakSet<readonly Row[]>();

// The names of the analyses with results of either kind (a key's first part), so that no key is made for the
// others: a key holds the whole SQL, and every new filter state asks twice for each of its analyses.
const namesOf = (results: Record<string, Row[]>) =>
  new Set(Object.keys(results).map((key) => (JSON.parse(key) as [string])[0]));
const standingNames = namesOf(precomputedResults.standing);
const firstPaintNames = namesOf(precomputedResults.firstPaint);

export function precomputedRows<T extends Row>(analysis: AnalysisQuery): T[] | undefined {
  if (!standingNames.has(analysis.name) && (isEngineReady() || !firstPaintNames.has(analysis.name)))
    return undefined;
  const tables = tablesRead(analysis.reads);
  if (!tables.every((t) => tableProvenance(t).source === 'bundled' && tableProvenance(t).version === 0))
    return undefined;
  const key = analysisKey(analysis);
  const rows = (precomputedResults.standing[key] ??
    (isEngineReady() ? undefined : precomputedResults.firstPaint[key])) as T[] | undefined;
  if (rows) fromBuild.add(rows);
  return rows;
}

/** Whether these rows came from the build rather than from DuckDB in this browser. */
export function isPrecomputed(rows: unknown): boolean {
  return Array.isArray(rows) && fromBuild.has(rows);
}
