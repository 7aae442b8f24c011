import type { AnalysisQuery } from '../../data/analysis';
import { capabilityFiltersFromUrl, withLatestRound, type CapabilityFilters } from './filters';
import type { FilterOptionRow } from './option-queries';
import {
  gapsByArchetypeAndDomain,
  levelDistribution,
  priorityLearningNeeds,
  selectionSummary,
  shareMeetingByRound,
  targetsMetByArchetype,
} from './queries';

/**
 * What the engine warm-up runs while a planner reads #/capabilities (engine-warm-up.ts): the figures' analyses,
 * in the latest round, for the first archetype, region and staff group the filter options offer. The ICB
 * comparison is left out: it needs a chosen ICB, and its queries are those of a region and England.
 */
export function capabilityWarmUpAnalyses(
  options: readonly FilterOptionRow[],
  latestRound: string | null,
): AnalysisQuery[] {
  const none = capabilityFiltersFromUrl(new URLSearchParams());
  const states = (['archetype', 'region', 'staff'] as const).flatMap((param) => {
    const first = options.find((o) => o.param === param);
    return first ? [{ ...none, [param]: [first.value] } satisfies CapabilityFilters] : [];
  });
  return states.flatMap((state) => {
    const filters = withLatestRound(state, latestRound);
    return [
      selectionSummary(filters),
      gapsByArchetypeAndDomain(filters),
      targetsMetByArchetype(filters),
      levelDistribution(filters),
      shareMeetingByRound(filters),
      priorityLearningNeeds(filters),
    ];
  });
}
