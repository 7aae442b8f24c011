import type { AnalysisQuery } from '../../src/data/analysis';
import { TECHNOLOGY_TYPES } from '../../src/data/catalogue';
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
import { latestAssessmentRound } from '../../src/features/capabilities/queries';
import { profileAnalyses } from '../../src/features/technologies/profile-queries';

/**
 * The analyses a cold visitor sees first (the board for England), with their default filters. Their results
 * are computed at build time so the first view draws before DuckDB-wasm has started; DuckDB then recomputes
 * them.
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

/**
 * Analyses that take no filter but one of a handful of values: the use-case profile of each technology type, and
 * the latest assessment round (which #/capabilities waits for before its figures' queries). For the bundled data
 * their results are computed once, at build time, and used as they are (no DuckDB query ever recomputes them),
 * so choosing a type runs only the charts the type filter changes.
 */
export function standingAnalyses(): AnalysisQuery[] {
  return [
    ...TECHNOLOGY_TYPES.flatMap((type) => Object.values(profileAnalyses(type))),
    latestAssessmentRound(),
  ];
}
