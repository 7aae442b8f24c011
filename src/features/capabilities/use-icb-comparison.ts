import { useMemo } from 'react';
import { useAnalysis } from '../../data/use-analysis';
import {
  combineComparison,
  comparisonAnalyses,
  type AreaShareRow,
  type ComparisonRow,
} from './comparison-queries';
import type { CapabilityFilters } from './filters';

/** What the comparison figure needs of its three analyses, as one result. */
export interface ComparisonResult {
  /** Undefined until all three areas have numbers. */
  readonly data: ComparisonRow[] | undefined;
  readonly error: Error | null;
  /** Some area still shows the previous filters' numbers while its new ones are computed. */
  readonly isPlaceholderData: boolean;
  readonly refetch: () => void;
}

/** The chosen ICB: its code and the region the icbs table puts it in. */
export interface ChosenIcb {
  readonly icb: string;
  readonly region: string;
}

/**
 * The ICB against its region and England, each area an analysis of its own (see shareMeetingInArea), so choosing
 * another ICB recomputes only what changed. Undefined when no ICB is chosen; loading while not `enabled`.
 */
export function useIcbComparison(
  chosen: ChosenIcb | undefined,
  filters: CapabilityFilters,
  enabled = true,
): ComparisonResult | undefined {
  const analyses = comparisonAnalyses(chosen?.icb ?? '', chosen?.region ?? '', filters);
  const run = enabled && chosen !== undefined;
  const icb = useAnalysis<AreaShareRow>(analyses.icb, run);
  const region = useAnalysis<AreaShareRow>(analyses.region, run);
  const england = useAnalysis<AreaShareRow>(analyses.england, run);
  const data = useMemo(
    () =>
      icb.data && region.data && england.data
        ? combineComparison({ icb: icb.data, region: region.data, england: england.data })
        : undefined,
    [icb.data, region.data, england.data],
  );
  if (chosen === undefined) return undefined;
  const parts = [icb, region, england];
  return {
    data,
    error: parts.find((p) => p.error)?.error ?? null,
    isPlaceholderData: parts.some((p) => p.isPlaceholderData),
    refetch: () => parts.filter((p) => p.error).forEach((p) => void p.refetch()),
  };
}
