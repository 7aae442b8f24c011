import type { Connector, Row } from '../db/connector';
import type { AnalysisQuery } from './analysis';
import type { TableName } from './catalogue';
import { tableProvenance } from './dataset-versions';
import { ensureRelations, type BundledSource } from './relations';
import { tablesRead, type RelationName } from './views';

/**
 * The one table meant to hold millions of rows (an ICB's assessment results; the benchmark uploads a million). The
 * optimizer is what lets a filter on it skip the stretches of the stored table outside the filter: without it,
 * the capability view's queries on a 1,000,000-row upload took 75 instead of 52 ms a filter state (Node).
 */
const LARGE_TABLES: ReadonlySet<TableName> = new Set(['capability_assessments']);

/** An upload bigger than this keeps the optimizer, whatever its table. */
export const SMALL_UPLOAD_ROWS = 20_000;

/**
 * Whether an analysis reads only small tables (the roadmap's, the ICBs, the framework, the projection: hundreds
 * of rows), which DuckDB answers faster planned as written. Its optimizer runs some thirty passes over every
 * plan, and on tables this size they cost more than they save: the 13 queries of a #/technologies filter state
 * took 38 instead of 47 ms (Node, the bench's 20 states, 16 alternating passes, faster in 15) with the same rows.
 */
export function plannedAsWritten(reads: readonly RelationName[]): boolean {
  return tablesRead(reads).every(
    (table) => !LARGE_TABLES.has(table) && (tableProvenance(table).upload?.rows ?? 0) <= SMALL_UPLOAD_ROWS,
  );
}

/** Runs one analysis on `connector`: loads what it reads, then runs its SQL, unoptimized where that is faster. */
export async function runAnalysisOn<T extends Row>(
  connector: Connector,
  analysis: AnalysisQuery,
  source: BundledSource,
): Promise<T[]> {
  await ensureRelations(connector, analysis.reads, source);
  const { sql, params } = analysis.query;
  return plannedAsWritten(analysis.reads)
    ? connector.queryUnoptimized<T>(sql, params)
    : connector.query<T>(sql, params);
}
