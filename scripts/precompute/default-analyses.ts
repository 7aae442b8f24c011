import type { AnalysisQuery } from '../../src/data/analysis';
import {
  boardHeadlines,
  gapsByArchetypeAndDomain,
  nationalDemand,
  readinessByRound,
  readyWithinYearByCare,
  readyWithinYearGroups,
  readyWithinYearInScope,
  scopeOptions,
} from '../../src/features/board/queries';
import { ENGLAND } from '../../src/features/board/scope';

/**
 * The analyses a cold visitor sees first (the board for England), with their default filters. Their results
 * are computed at build time so the first view draws before DuckDB-wasm has started.
 */
export function defaultAnalyses(): AnalysisQuery[] {
  return [
    boardHeadlines(),
    readyWithinYearByCare(),
    readyWithinYearGroups(ENGLAND),
    readyWithinYearInScope(ENGLAND),
    readinessByRound(ENGLAND),
    gapsByArchetypeAndDomain(ENGLAND),
    scopeOptions(),
    nationalDemand(),
  ];
}
