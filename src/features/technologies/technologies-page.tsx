import { useQuery } from '@tanstack/react-query';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent } from '../../charts/format';
import { TECHNOLOGY_TYPES } from '../../data/catalogue';
import { analysisQueryOptions } from '../../data/sql-query';
import { FilterSelect } from '../../state/filter-select';
import { useHashLocation } from '../../state/use-hash-location';
import { technologyFiltersFromUrl } from './filters';
import { mostAffectedGroups, technologiesByType, type GroupRow, type TypeRow } from './queries';

const ROADMAP_SOURCE = 'AI Roadmap, HEE DART-Ed with Unity Insights (January 2022); bundled extract';
const TOP_GROUPS = 10;

export function TechnologiesPage() {
  const filters = technologyFiltersFromUrl(useHashLocation().params);
  const byType = useQuery(analysisQueryOptions<TypeRow>(technologiesByType(filters)));
  const groups = useQuery(analysisQueryOptions<GroupRow>(mostAffectedGroups(filters, TOP_GROUPS)));
  const total = byType.data?.reduce((sum, row) => sum + row.technologies, 0) ?? 0;
  const topType = byType.data?.[0];
  const topGroup = groups.data?.[0];
  const filtered = Object.values(filters).some((values) => values.length > 0);

  return (
    <>
      <h1>Which staff groups will AI reach?</h1>
      <p className="lede">
        The AI Roadmap's {formatInteger(total)} {filtered ? 'selected ' : ''}AI and data-driven technologies,
        by type and by the workforce groups who use them directly.
      </p>
      <div className="filters" role="group" aria-label="Filters">
        <FilterSelect param="type" label="Technology type" allLabel="All types" options={TECHNOLOGY_TYPES} />
      </div>
      <div className="figure-grid">
        <FigureFrame
          title="AI technologies by type"
          takeaway={
            topType
              ? `${topType.technology_type} is the largest type: ${formatInteger(topType.technologies)} of ${formatInteger(total)} technologies (${formatPercent(topType.share)}).`
              : ''
          }
          source={`${ROADMAP_SOURCE}. Published: the shares of the four largest types; illustrative: the split of the rest and any filtered selection`}
          provenance={filtered ? 'illustrative' : 'published and illustrative'}
          columns={[
            { key: 'technology_type', label: 'Technology type' },
            { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
            { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
          ]}
          rows={byType.data}
          error={byType.error}
          onRetry={() => void byType.refetch()}
        >
          {byType.data && (
            <HorizontalBarChart
              rows={byType.data}
              categoryKey="technology_type"
              valueKey="technologies"
              valueLabel="Technologies"
              format={formatInteger}
              labelWidth={200}
            />
          )}
        </FigureFrame>
        <FigureFrame
          title={`Most affected workforce groups (top ${TOP_GROUPS})`}
          takeaway={
            topGroup
              ? `${topGroup.workforce_group} are direct users of ${formatInteger(topGroup.technologies)} technologies (${formatPercent(topGroup.share)}). A technology counts once in each group it reaches, so shares add up to more than 100%.`
              : ''
          }
          source={`${ROADMAP_SOURCE}. Published: the five most affected groups; illustrative: the rest and any filtered selection`}
          provenance={filtered ? 'illustrative' : 'published and illustrative'}
          columns={[
            { key: 'workforce_group', label: 'Workforce group' },
            { key: 'technologies', label: 'Technologies', unit: 'count', format: formatInteger },
            { key: 'share', label: 'Share of technologies', unit: '%', format: formatPercent },
          ]}
          rows={groups.data}
          error={groups.error}
          onRetry={() => void groups.refetch()}
        >
          {groups.data && (
            <HorizontalBarChart
              rows={groups.data}
              categoryKey="workforce_group"
              valueKey="technologies"
              valueLabel="Technologies"
              format={formatInteger}
              labelWidth={220}
            />
          )}
        </FigureFrame>
      </div>
    </>
  );
}
