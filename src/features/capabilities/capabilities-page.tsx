import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { useEngineWarmUp } from '../../data/engine-warm-up';
import { analysisQueryOptions } from '../../data/sql-query';
import { useAnalysis } from '../../data/use-analysis';
import { IgnoredValuesNotice } from '../../state/ignored-values-notice';
import { useCheckedParams } from '../../state/use-checked-params';
import { useHashLocation } from '../../state/use-hash-location';
import { ArchetypeFigure } from './archetype-figure';
import './capabilities.css';
import { ComparisonFigure } from './comparison-figure';
import { FilterBar } from './filter-bar';
import { ALL_ROUNDS, capabilityFiltersFromUrl, withLatestRound, type CapabilityFilters } from './filters';
import { GapHeatMapFigure } from './gap-heat-map-figure';
import { LevelDistributionFigure } from './level-distribution-figure';
import { capabilityParamChecks, knownRegions } from './param-checks';
import { PriorityFigure } from './priority-figure';
import { capabilityFilterOptions, optionsInRegions, type FilterOptionRow } from './option-queries';
import {
  gapsByArchetypeAndDomain,
  latestAssessmentRound,
  levelDistribution,
  priorityLearningNeeds,
  selectionSummary,
  shareMeetingByRound,
  targetsMetByArchetype,
  type ArchetypeRow,
  type DistributionRow,
  type GapCellRow,
  type LatestRoundRow,
  type PriorityRow,
  type RoundTrendRow,
  type SummaryRow,
} from './queries';
import { SelectionSummary } from './selection-summary';
import { TrendFigure } from './trend-figure';
import { useIcbComparison, type ChosenIcb } from './use-icb-comparison';
import { capabilityWarmUpAnalyses } from './warm-up';

const ASSESSMENT_SOURCE =
  'Self-assessment against the AI and Digital Healthcare Technologies Capability Framework (HEE, 2023); synthetic records; target levels by archetype are illustrative';

export function CapabilitiesPage() {
  const regions = knownRegions(useHashLocation().params);
  const allOptions = useQuery(analysisQueryOptions<FilterOptionRow>(capabilityFilterOptions())).data;
  const options = allOptions && optionsInRegions(allOptions, regions);
  // Values the data does not hold are left out (and named in a notice) rather than filtering to nothing.
  const { params, ignored, location } = useCheckedParams(capabilityParamChecks(options, regions.length > 0));
  // The same object for as long as the filters are the same, so the figures below redraw only when they change.
  const filterKey = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filters' text on purpose (above)
  const filters = useMemo(() => capabilityFiltersFromUrl(params), [filterKey]);
  // The SQL names the latest round by its date (withLatestRound), so the figures wait for it: a few
  // milliseconds once per data version, where computing them first without it would compute them twice.
  const latest = useQuery(analysisQueryOptions<LatestRoundRow>(latestAssessmentRound()));
  const ready = latest.data !== undefined || latest.isError;
  const latestDate = latest.data?.[0]?.round ?? null;
  const queryFilters = useMemo(() => withLatestRound(filters, latestDate), [filters, latestDate]);
  useEngineWarmUp(
    useMemo(
      () => (ready && allOptions ? capabilityWarmUpAnalyses(allOptions, latestDate) : []),
      [ready, allOptions, latestDate],
    ),
  );
  const summary = useQuery({
    ...analysisQueryOptions<SummaryRow>(selectionSummary(queryFilters)),
    enabled: ready,
  });

  // Rounds come newest first; the latest is what the page shows when no round is chosen.
  const latestRound = options?.find((o) => o.param === 'round')?.value;
  const roundCount = options?.filter((o) => o.param === 'round').length;
  const scope =
    filters.round === ALL_ROUNDS
      ? `all ${roundCount ?? '…'} assessment rounds, pooled`
      : filters.round
        ? `the assessment round of ${filters.round}`
        : `the latest assessment round (${latestRound ?? '…'})`;
  const selectedRound = filters.round === ALL_ROUNDS ? null : (filters.round ?? latestRound ?? null);
  // The chosen ICB's region, by name, so the region's part of the comparison serves every ICB in it.
  const chosenIcb = filters.icb[0];
  const icbRegion = allOptions?.find((o) => o.param === 'icb' && o.value === chosenIcb)?.parent;
  const chosen = useMemo(
    () => (chosenIcb && icbRegion ? { icb: chosenIcb, region: icbRegion } : undefined),
    [chosenIcb, icbRegion],
  );

  return (
    <div className="capabilities">
      <h1>Where are the capability gaps?</h1>
      <p className="lede">
        How far staff are from the capability level their archetype needs in each domain of the AI and Digital
        Healthcare Technologies Capability Framework, in {scope}, and which learning to commission first.
      </p>
      <IgnoredValuesNotice ignored={ignored} location={location} />
      <FilterBar filters={filters} options={options} latestRound={latestRound} />
      <SelectionSummary summary={summary.data?.[0]} scope={scope} />
      <Figures filters={queryFilters} ready={ready} selectedRound={selectedRound} chosenIcb={chosen} />
    </div>
  );
}

/**
 * The charts, each subscribed to its own analysis: a result that arrives redraws its own figure, not the page
 * and every other figure with it (a filter change brings six results, one after another). While a new filter
 * is computed, each keeps its previous numbers (marked as updating) rather than blanking, so its chart is
 * redrawn with the new ones instead of built again from nothing.
 */
const Figures = memo(function Figures(props: {
  readonly filters: CapabilityFilters;
  readonly ready: boolean;
  readonly selectedRound: string | null;
  readonly chosenIcb: ChosenIcb | undefined;
}) {
  const { filters, ready } = props;
  return (
    <div className="figure-grid">
      <HeatMap filters={filters} ready={ready} />
      <Archetypes filters={filters} ready={ready} />
      <Distribution filters={filters} ready={ready} />
      <Comparison filters={filters} ready={ready} chosen={props.chosenIcb} />
      <Trend filters={filters} ready={ready} selectedRound={props.selectedRound} />
      <Priorities filters={filters} ready={ready} />
    </div>
  );
});

interface FigureProps {
  readonly filters: CapabilityFilters;
  /** False until the latest round's date is known (see CapabilitiesPage). */
  readonly ready: boolean;
}

const HeatMap = memo(function HeatMap({ filters, ready }: FigureProps) {
  const cells = useAnalysis<GapCellRow>(gapsByArchetypeAndDomain(filters), ready);
  return <GapHeatMapFigure cells={cells} source={ASSESSMENT_SOURCE} />;
});

const Archetypes = memo(function Archetypes({ filters, ready }: FigureProps) {
  const byArchetype = useAnalysis<ArchetypeRow>(targetsMetByArchetype(filters), ready);
  return <ArchetypeFigure byArchetype={byArchetype} source={ASSESSMENT_SOURCE} />;
});

const Distribution = memo(function Distribution({ filters, ready }: FigureProps) {
  const distribution = useAnalysis<DistributionRow>(levelDistribution(filters), ready);
  // The heat map's own analysis, so one query serves both.
  const cells = useAnalysis<GapCellRow>(gapsByArchetypeAndDomain(filters), ready);
  return (
    <LevelDistributionFigure distribution={distribution} targets={cells.data} source={ASSESSMENT_SOURCE} />
  );
});

const Comparison = memo(function Comparison(props: FigureProps & { readonly chosen: ChosenIcb | undefined }) {
  const comparison = useIcbComparison(props.chosen, props.filters, props.ready);
  return <ComparisonFigure comparison={comparison} source={ASSESSMENT_SOURCE} />;
});

const Trend = memo(function Trend(props: FigureProps & { readonly selectedRound: string | null }) {
  const trend = useAnalysis<RoundTrendRow>(shareMeetingByRound(props.filters), props.ready);
  return <TrendFigure trend={trend} selectedRound={props.selectedRound} source={ASSESSMENT_SOURCE} />;
});

const Priorities = memo(function Priorities({ filters, ready }: FigureProps) {
  const needs = useAnalysis<PriorityRow>(priorityLearningNeeds(filters), ready);
  return <PriorityFigure needs={needs} source={ASSESSMENT_SOURCE} />;
});
