import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatSignedInteger } from '../../charts/format';
import type { TableColumn } from '../../charts/data-table';
import { groupKey, type StackedYearRow } from './pivot';
import { projectionProvenance, projectionSource } from './provenance';
import { BASELINE_YEAR, TARGET_YEAR } from './queries';
import { StackedProjectionChart } from './stacked-projection-chart';
import type { Area } from './use-area';
import { useStackedProjection } from './use-stacked-projection';

interface StaffGroupFigureProps {
  readonly scenario: string;
  readonly area: Area;
}

/** The projection by staff group, stacked per year, with the totals and what each year rests on in its table. */
export function StaffGroupFigure({ scenario, area }: StaffGroupFigureProps) {
  const { query, stacked } = useStackedProjection(scenario, area);
  const first = stacked?.years.find((y) => y.year === BASELINE_YEAR);
  const last = stacked?.years.find((y) => y.year === TARGET_YEAR);
  const columns: TableColumn<StackedYearRow>[] = [
    { key: 'year', label: 'Year', format: String },
    ...(stacked?.groups ?? []).map((group, index) => ({
      key: groupKey(index),
      label: group,
      unit: 'WTE',
      format: formatInteger,
    })),
    { key: 'total', label: 'Total', unit: 'WTE', format: formatInteger },
    { key: 'basis', label: 'Basis' },
  ];
  return (
    <FigureFrame
      title={`Digital workforce by staff group, ${scenario}, ${area.label}, ${BASELINE_YEAR} to ${TARGET_YEAR}`}
      takeaway={
        first && last
          ? `${area.label} needs ${formatInteger(last.total)} WTE by ${TARGET_YEAR} under ${scenario}, ${formatSignedInteger(Math.round(last.total) - Math.round(first.total))} WTE on ${formatInteger(first.total)} in ${BASELINE_YEAR}; the years between are interpolated.`
          : ''
      }
      source={projectionSource(scenario, area)}
      provenance={projectionProvenance(area)}
      columns={columns}
      rows={stacked?.years}
      error={query.error}
      onRetry={() => void query.refetch()}
      emptyMessage={`The projection has no rows for the scenario "${scenario}".`}
    >
      {stacked && (
        <StackedProjectionChart
          rows={stacked.years}
          groups={stacked.groups}
          format={formatInteger}
          labelledYears={[BASELINE_YEAR, TARGET_YEAR]}
        />
      )}
    </FigureFrame>
  );
}
