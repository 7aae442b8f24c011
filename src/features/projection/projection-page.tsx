import { useQuery } from '@tanstack/react-query';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger, formatSignedInteger } from '../../charts/format';
import { MultiLineChart } from '../../charts/line-chart';
import { analysisQueryOptions } from '../../data/sql-query';
import { FilterSelect } from '../../state/filter-select';
import { useFilter } from '../../state/use-hash-location';
import {
  BASELINE_YEAR,
  projectionStaffGroups,
  projectionTotals,
  TARGET_YEAR,
  type ProjectionTotalsRow,
  type StaffGroupRow,
} from './queries';

const PROJECTION_SOURCE =
  'HEE, Data driven healthcare in 2030 (March 2021): 2020 baseline and 2030 main-scenario total; years between are interpolated and the Data desert scenario is illustrative';

export function ProjectionPage() {
  const [staff] = useFilter('staff');
  const groups = useQuery(analysisQueryOptions<StaffGroupRow>(projectionStaffGroups()));
  const totals = useQuery(analysisQueryOptions<ProjectionTotalsRow>(projectionTotals(staff)));
  const first = totals.data?.find((row) => row.year === BASELINE_YEAR);
  const last = totals.data?.find((row) => row.year === TARGET_YEAR);
  const growth = first && last ? last.digital_transformation - first.digital_transformation : 0;

  return (
    <>
      <h1>How big must the digital workforce be by 2030?</h1>
      <p className="lede">
        The NHS digital, data and technology workforce in whole-time equivalents (WTE), {BASELINE_YEAR} to{' '}
        {TARGET_YEAR}, under two scenarios.
      </p>
      <div className="filters" role="group" aria-label="Filters">
        <FilterSelect
          param="staff"
          label="Staff group"
          allLabel="All staff groups"
          options={groups.data?.map((g) => g.staff_group) ?? []}
        />
      </div>
      <div className="figure-grid">
        <FigureFrame
          title="Digital workforce by scenario, 2020 to 2030"
          takeaway={
            first && last
              ? `Digital transformation needs ${formatInteger(last.digital_transformation)} WTE by ${TARGET_YEAR}, ${formatSignedInteger(growth)} WTE on ${formatInteger(first.digital_transformation)} in ${BASELINE_YEAR}.`
              : ''
          }
          source={PROJECTION_SOURCE}
          provenance={staff.length > 0 ? 'illustrative' : 'published and illustrative'}
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
      </div>
    </>
  );
}
