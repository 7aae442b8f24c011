import { useQuery } from '@tanstack/react-query';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatTwoDecimals } from '../../charts/format';
import { analysisQueryOptions } from '../../data/sql-query';
import { FilterSelect } from '../../state/filter-select';
import { useHashLocation } from '../../state/use-hash-location';
import { capabilityFiltersFromUrl } from './filters';
import { assessmentRounds, targetsMetByArchetype, type ArchetypeRow, type RoundRow } from './queries';

const ASSESSMENT_SOURCE =
  'Self-assessment against the AI and Digital Healthcare Technologies Capability Framework (HEE, 2023); synthetic records';

export function CapabilitiesPage() {
  const filters = capabilityFiltersFromUrl(useHashLocation().params);
  const rounds = useQuery(analysisQueryOptions<RoundRow>(assessmentRounds()));
  const byArchetype = useQuery(analysisQueryOptions<ArchetypeRow>(targetsMetByArchetype(filters)));
  const roundShown = filters.round ?? rounds.data?.[0]?.round;
  const lowest = byArchetype.data?.reduce<ArchetypeRow | undefined>(
    (low, row) => (low === undefined || row.share_meeting < low.share_meeting ? row : low),
    undefined,
  );

  return (
    <>
      <h1>Where are the capability gaps?</h1>
      <p className="lede">
        How many staff meet the capability level their archetype needs, in the assessment round of{' '}
        {roundShown ?? '…'}.
      </p>
      <div className="filters" role="group" aria-label="Filters">
        <FilterSelect
          param="round"
          label="Assessment round"
          allLabel="Latest round"
          options={rounds.data?.map((r) => r.round) ?? []}
        />
      </div>
      <div className="figure-grid">
        <FigureFrame
          title="Staff meeting their capability target, by archetype"
          takeaway={
            lowest
              ? `${lowest.archetype} are furthest behind: ${formatPercent(lowest.share_meeting)} of their assessments meet the target level, with a mean gap of ${formatTwoDecimals(lowest.mean_gap)} levels.`
              : ''
          }
          source={ASSESSMENT_SOURCE}
          provenance="illustrative"
          columns={[
            { key: 'archetype', label: 'Archetype' },
            { key: 'respondents', label: 'Respondents', unit: 'count', format: formatInteger },
            {
              key: 'share_meeting',
              label: 'Meeting target',
              unit: '% of respondent-domains',
              format: formatPercent,
            },
            { key: 'mean_gap', label: 'Mean gap', unit: 'levels', format: formatTwoDecimals },
          ]}
          rows={byArchetype.data}
          error={byArchetype.error}
          onRetry={() => void byArchetype.refetch()}
        >
          {byArchetype.data && (
            <HorizontalBarChart
              rows={byArchetype.data}
              categoryKey="archetype"
              valueKey="share_meeting"
              valueLabel="Meeting target"
              format={formatPercent}
              labelWidth={110}
            />
          )}
        </FigureFrame>
      </div>
    </>
  );
}
