import { useQuery } from '@tanstack/react-query';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatPercent, formatSignedInteger } from '../../charts/format';
import { analysisQueryOptions } from '../../data/sql-query';
import { growthProvenance, projectionSource } from './provenance';
import { BASELINE_YEAR, projectionGrowth, TARGET_YEAR, type GrowthRow } from './queries';
import type { Area } from './use-area';

interface GrowthFigureProps {
  readonly scenario: string;
  readonly area: Area;
}

/** How much each staff group grows from 2020 to 2030: the published headline is clinical informatics. */
export function GrowthFigure({ scenario, area }: GrowthFigureProps) {
  const growth = useQuery({
    ...analysisQueryOptions<GrowthRow>(projectionGrowth(scenario, area.scale ?? 1)),
    enabled: area.scale !== undefined,
  });
  const largest = growth.data?.[0];
  return (
    <FigureFrame
      title={`Growth by staff group, ${scenario}, ${area.label}, ${BASELINE_YEAR} to ${TARGET_YEAR}`}
      takeaway={
        largest
          ? `${largest.staff_group} grows most: ${formatSignedInteger(largest.growth)} WTE, from ${formatInteger(largest.wte_2020)} to ${formatInteger(largest.wte_2030)}.`
          : ''
      }
      source={projectionSource(scenario, area)}
      provenance={growthProvenance(scenario, area)}
      columns={[
        { key: 'staff_group', label: 'Staff group' },
        { key: 'wte_2020', label: String(BASELINE_YEAR), unit: 'WTE', format: formatInteger },
        { key: 'wte_2030', label: String(TARGET_YEAR), unit: 'WTE', format: formatInteger },
        { key: 'growth', label: 'Growth', unit: 'WTE', format: formatSignedInteger },
        { key: 'growth_percent', label: 'Growth', unit: '% of 2020', format: formatPercent },
      ]}
      rows={growth.data}
      error={growth.error}
      onRetry={() => void growth.refetch()}
      emptyMessage={`The projection has no rows for the scenario "${scenario}".`}
    >
      {growth.data && (
        <HorizontalBarChart
          rows={growth.data}
          categoryKey="staff_group"
          valueKey="growth"
          valueLabel={`Growth ${BASELINE_YEAR} to ${TARGET_YEAR} (WTE)`}
          format={formatSignedInteger}
          labelWidth={150}
        />
      )}
    </FigureFrame>
  );
}
