import { useQuery } from '@tanstack/react-query';
import { analysisQueryOptions } from '../../data/sql-query';
import { IgnoredValuesNotice } from '../../state/ignored-values-notice';
import { useCheckedParams } from '../../state/use-checked-params';
import { useHashLocation } from '../../state/use-hash-location';
import { ArchetypeFigure } from './archetype-figure';
import './capabilities.css';
import { ComparisonFigure } from './comparison-figure';
import { FilterBar } from './filter-bar';
import { ALL_ROUNDS, capabilityFiltersFromUrl } from './filters';
import { GapHeatMapFigure } from './gap-heat-map-figure';
import { LevelDistributionFigure } from './level-distribution-figure';
import { capabilityParamChecks, knownRegions } from './param-checks';
import { PriorityFigure } from './priority-figure';
import { icbComparison, type ComparisonRow } from './comparison-queries';
import { capabilityFilterOptions, type FilterOptionRow } from './option-queries';
import {
  gapsByArchetypeAndDomain,
  levelDistribution,
  priorityLearningNeeds,
  selectionSummary,
  shareMeetingByRound,
  targetsMetByArchetype,
  type ArchetypeRow,
  type DistributionRow,
  type GapCellRow,
  type PriorityRow,
  type RoundTrendRow,
  type SummaryRow,
} from './queries';
import { SelectionSummary } from './selection-summary';
import { TrendFigure } from './trend-figure';

const ASSESSMENT_SOURCE =
  'Self-assessment against the AI and Digital Healthcare Technologies Capability Framework (HEE, 2023); synthetic records; target levels by archetype are illustrative';

export function CapabilitiesPage() {
  const regions = knownRegions(useHashLocation().params);
  const options = useQuery(analysisQueryOptions<FilterOptionRow>(capabilityFilterOptions(regions)));
  // Values the data does not hold are left out (and named in a notice) rather than filtering to nothing.
  const { params, ignored, location } = useCheckedParams(
    capabilityParamChecks(options.data, regions.length > 0),
  );
  const filters = capabilityFiltersFromUrl(params);
  const summary = useQuery(analysisQueryOptions<SummaryRow>(selectionSummary(filters)));
  const cells = useQuery(analysisQueryOptions<GapCellRow>(gapsByArchetypeAndDomain(filters)));
  const byArchetype = useQuery(analysisQueryOptions<ArchetypeRow>(targetsMetByArchetype(filters)));
  const distribution = useQuery(analysisQueryOptions<DistributionRow>(levelDistribution(filters)));
  const trend = useQuery(analysisQueryOptions<RoundTrendRow>(shareMeetingByRound(filters)));
  const needs = useQuery(analysisQueryOptions<PriorityRow>(priorityLearningNeeds(filters)));
  const chosenIcb = filters.icb[0];
  const comparison = useQuery({
    ...analysisQueryOptions<ComparisonRow>(icbComparison(chosenIcb ?? '', filters)),
    enabled: chosenIcb !== undefined,
  });

  // Rounds come newest first; the latest is what the page shows when no round is chosen.
  const latestRound = options.data?.find((o) => o.param === 'round')?.value;
  const roundCount = options.data?.filter((o) => o.param === 'round').length;
  const scope =
    filters.round === ALL_ROUNDS
      ? `all ${roundCount ?? '…'} assessment rounds, pooled`
      : filters.round
        ? `the assessment round of ${filters.round}`
        : `the latest assessment round (${latestRound ?? '…'})`;
  const selectedRound = filters.round === ALL_ROUNDS ? null : (filters.round ?? latestRound ?? null);

  return (
    <div className="capabilities">
      <h1>Where are the capability gaps?</h1>
      <p className="lede">
        How far staff are from the capability level their archetype needs in each domain of the AI and Digital
        Healthcare Technologies Capability Framework, in {scope}, and which learning to commission first.
      </p>
      <IgnoredValuesNotice ignored={ignored} location={location} />
      <FilterBar filters={filters} options={options.data} latestRound={latestRound} />
      <SelectionSummary summary={summary.data?.[0]} scope={scope} />
      <div className="figure-grid">
        <GapHeatMapFigure cells={cells} source={ASSESSMENT_SOURCE} />
        <ArchetypeFigure byArchetype={byArchetype} source={ASSESSMENT_SOURCE} />
        <LevelDistributionFigure
          distribution={distribution}
          targets={cells.data}
          source={ASSESSMENT_SOURCE}
        />
        <ComparisonFigure comparison={chosenIcb ? comparison : undefined} source={ASSESSMENT_SOURCE} />
        <TrendFigure trend={trend} selectedRound={selectedRound} source={ASSESSMENT_SOURCE} />
        <PriorityFigure needs={needs} source={ASSESSMENT_SOURCE} />
      </div>
    </div>
  );
}
