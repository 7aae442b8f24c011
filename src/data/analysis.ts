import type { SqlFragment } from '../db/sql';
import type { RelationName } from './views';

export interface AnalysisQuery {
  /** A stable name for the analysis, first in the cache key. */
  readonly name: string;
  /** The tables and views the SQL reads; loaded on first use and part of the cache key. */
  readonly reads: readonly RelationName[];
  readonly query: SqlFragment;
}

/** Identifies an analysis by its name, SQL and parameters: the key of its precomputed result. */
export function analysisKey({ name, query }: AnalysisQuery): string {
  return JSON.stringify([name, query.sql, query.params]);
}
