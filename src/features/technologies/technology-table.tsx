import { memo } from 'react';
import { formatInteger } from '../../charts/format';
import type { ListSort, SortDirection, TechnologyListRow } from './queries-list';

interface Column {
  readonly label: string;
  readonly sortKey?: ListSort;
  readonly numeric?: boolean;
  readonly cell: (row: TechnologyListRow) => string;
}

const COLUMNS: readonly Column[] = [
  { label: 'ID', sortKey: 'technology_id', cell: (r) => r.technology_id },
  { label: 'Name', sortKey: 'technology_name', cell: (r) => r.technology_name },
  { label: 'Type', sortKey: 'technology_type', cell: (r) => r.technology_type },
  { label: 'Subtype', sortKey: 'technology_subtype', cell: (r) => r.technology_subtype },
  { label: 'Clinical area', sortKey: 'clinical_area', cell: (r) => r.clinical_area },
  { label: 'Time to deployment', sortKey: 'years_to_deployment', cell: (r) => r.time_to_deployment },
  { label: 'Workforce groups', cell: (r) => r.workforce_groups },
  { label: 'Points of care', cell: (r) => r.points_of_care },
  { label: 'Impact on workforce', cell: (r) => r.impact_workforce },
  { label: 'Impact on pathway', cell: (r) => r.impact_pathway },
  { label: 'Impact on system', cell: (r) => r.impact_system },
  { label: 'ICBs where in use (count)', sortKey: 'icbs', numeric: true, cell: (r) => formatInteger(r.icbs) },
];

interface TableProps {
  readonly rows: readonly TechnologyListRow[];
  readonly sort: { key: ListSort; direction: SortDirection };
  readonly onSort: (key: ListSort) => void;
}

/**
 * The list as a table whose sortable headers are buttons, with the sort order announced by aria-sort. Redrawn
 * only when its rows or sort change.
 */
export const TechnologyTable = memo(function TechnologyTable({ rows, sort, onSort }: TableProps) {
  return (
    <div className="data-table" role="region" aria-label="Technologies in this selection: table" tabIndex={0}>
      <table>
        <caption>
          Technologies in this selection, sorted by{' '}
          {COLUMNS.find((c) => c.sortKey === sort.key)?.label.toLowerCase()} ({sort.direction})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={column.sortKey && column.sortKey === sort.key ? sort.direction : undefined}
              >
                {column.sortKey ? (
                  <button type="button" className="sort-button" onClick={() => onSort(column.sortKey!)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {column.sortKey === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.technology_id}>
              {COLUMNS.map((column, index) =>
                index === 0 ? (
                  <th key={column.label} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.label} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
