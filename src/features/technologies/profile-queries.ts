import type { AnalysisQuery } from '../../data/sql-query';
import { NO_FILTERS } from './filters';
import {
  clinicalAreas,
  mostAffectedGroups,
  pointsOfCare,
  technologiesByRegion,
  timeToDeployment,
} from './queries';

/** How many workforce groups and clinical areas a profile lists. */
export const PROFILE_TOP = 5;

/**
 * The use-case profile of one technology type: every technology of the type, whatever the other filters. They
 * depend on the type alone, so for the bundled data they are computed at build time (scripts/precompute).
 */
export function profileAnalyses(type: string) {
  const only = { ...NO_FILTERS, type: [type] };
  return {
    groups: mostAffectedGroups(only, PROFILE_TOP),
    areas: clinicalAreas(only, PROFILE_TOP),
    care: pointsOfCare(only),
    years: timeToDeployment(only),
    regions: technologiesByRegion(only),
  } satisfies Record<string, AnalysisQuery>;
}
