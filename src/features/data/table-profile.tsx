import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { HorizontalBarChart } from '../../charts/bar-chart';
import { DataTable } from '../../charts/data-table';
import { FigureFrame } from '../../charts/figure-frame';
import { formatInteger } from '../../charts/format';
import { exploreQueryOptions } from '../../data/upload/browser-upload';
import type { ExploreTable } from '../../data/upload/explore-tables';
import {
  columnHistogram,
  columnProfile,
  isNumericType,
  type ColumnProfileRow,
  type HistogramRow,
} from './queries';

const PROFILE_COLUMNS = [
  { key: 'column_name', label: 'Column' },
  { key: 'column_type', label: 'Type' },
  { key: 'filled', label: 'Filled', unit: 'cells', format: formatInteger },
  { key: 'empty', label: 'Empty', unit: 'cells', format: formatInteger },
  { key: 'distinct_values', label: 'Distinct values', unit: 'count', format: formatInteger },
  { key: 'min_value', label: 'Smallest' },
  { key: 'max_value', label: 'Largest' },
] as const;

function Histogram({ table }: { table: ExploreTable }) {
  const id = useId();
  const [name, setName] = useState(table.columns[0]?.name ?? '');
  const column = table.columns.find((c) => c.name === name) ?? table.columns[0];
  const histogram = useQuery({
    ...exploreQueryOptions<HistogramRow>(
      'histogram',
      table.name,
      table.version,
      columnHistogram(table.name, column!),
    ),
    enabled: column !== undefined,
  });
  if (!column) return null;
  const numeric = isNumericType(column.type);
  const title = `${table.name}: ${numeric ? 'distribution' : 'most common values'} of ${column.name}`;
  return (
    <>
      <div className="filter">
        <label htmlFor={id}>Column to chart</label>
        <select id={id} value={column.name} onChange={(e) => setName(e.target.value)}>
          {table.columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({c.type})
            </option>
          ))}
        </select>
      </div>
      <FigureFrame
        title={title}
        takeaway={
          numeric
            ? `How the ${formatInteger(table.rows)} rows spread between the smallest and largest ${column.name}.`
            : `The values of ${column.name} that occur most often.`
        }
        source={`Your upload ${table.fileName}, loaded in this browser`}
        provenance="illustrative"
        columns={[
          { key: 'label', label: numeric ? `${column.name} (range)` : column.name },
          { key: 'row_count', label: 'Rows', unit: 'count', format: formatInteger },
        ]}
        rows={histogram.data}
        error={histogram.error}
        onRetry={() => void histogram.refetch()}
        emptyMessage="This column has no values."
      >
        {histogram.data && (
          <HorizontalBarChart
            rows={histogram.data}
            categoryKey="label"
            valueKey="row_count"
            valueLabel="Rows"
            format={formatInteger}
            labelWidth={200}
          />
        )}
      </FigureFrame>
    </>
  );
}

/** An exploration table's profile: every column's type, filled and empty cells, distinct values and range. */
export function TableProfile({ table }: { table: ExploreTable }) {
  const profile = useQuery(
    exploreQueryOptions<ColumnProfileRow>(
      'profile',
      table.name,
      table.version,
      columnProfile(table.name, table.columns),
    ),
  );
  return (
    <div className="table-profile">
      {profile.error ? (
        <p role="alert" className="figure-error">
          The profile could not be computed: {profile.error.message}
        </p>
      ) : profile.data ? (
        <DataTable
          id={`profile-${table.name}`}
          caption={`Columns of ${table.name}`}
          columns={PROFILE_COLUMNS}
          rows={profile.data}
        />
      ) : (
        <p className="figure-loading">Profiling the columns…</p>
      )}
      <Histogram table={table} />
    </div>
  );
}
