import { useQuery } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatSignedInteger } from '../../charts/format';
import { MultiLineChart } from '../../charts/line-chart';
import { analysisQueryOptions } from '../../data/sql-query';
import { projectionProvenance } from './provenance';
import { BASELINE_YEAR, projectionTotals, TARGET_YEAR, type ProjectionTotalsRow } from './queries';
import type { Area } from './use-area';

const PROJECTION_SOURCE =
  'HEE, Data driven healthcare in 2030 (March 2021): 2020 baseline and 2030 main-scenario total; years between are interpolated and the Data desert scenario is illustrative';

/** Both scenarios side by side, for the area. */
export function ScenarioComparisonFigure({ area }: { readonly area: Area }) {
  const totals = useQuery({
    ...analysisQueryOptions<ProjectionTotalsRow>(projectionTotals([], area.scale ?? 1)),
    enabled: area.scale !== undefined,
  });
  const first = totals.data?.find((row) => row.year === BASELINE_YEAR);
  const last = totals.data?.find((row) => row.year === TARGET_YEAR);
  const growth =
    first && last ? Math.round(last.digital_transformation) - Math.round(first.digital_transformation) : 0;
  return (
    <FigureFrame
      title="Digital workforce by scenario, 2020 to 2030"
      takeaway={
        first && last
          ? `In ${area.label}, Digital transformation needs ${formatInteger(last.digital_transformation)} WTE by ${TARGET_YEAR}, ${formatSignedInteger(growth)} WTE on ${formatInteger(first.digital_transformation)} in ${BASELINE_YEAR}; Data desert needs ${formatInteger(last.data_desert)}.`
          : ''
      }
      source={
        area.kind === 'icb'
          ? `${PROJECTION_SOURCE}; scaled to ${area.label} (illustrative)`
          : PROJECTION_SOURCE
      }
      provenance={projectionProvenance(area)}
      columns={[
        { key: 'year', label: 'Year', format: String },
        {
          key: 'digital_transformation',
          label: 'Digital transformation',
          unit: 'WTE',
          format: formatInteger,
        },
        { key: 'data_desert', label: 'Data desert', unit: 'WTE', format: formatInteger },
        { key: 'basis', label: 'Basis' },
      ]}
      rows={totals.data}
      error={totals.error}
      onRetry={() => void totals.refetch()}
    >
      {totals.data && (
        <MultiLineChart
          rows={totals.data}
          xKey="year"
          series={[
            { key: 'digital_transformation', label: 'Digital transformation' },
            { key: 'data_desert', label: 'Data desert (illustrative)' },
          ]}
          format={formatInteger}
        />
      )}
    </FigureFrame>
  );
}
