import type { AnalysisQuery } from '../../src/data/analysis';
import { boardHeadlines, readyWithinYearByCare } from '../../src/features/board/queries';

/**
 * The analyses a cold visitor sees first, with their default filters. Their results are computed at build
 * time so the first view draws before DuckDB-wasm has started.
 */
export function defaultAnalyses(): AnalysisQuery[] {
  return [boardHeadlines(), readyWithinYearByCare()];
}
