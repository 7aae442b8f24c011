import { memo } from 'react';
import type { Row } from '../db/connector';

export interface TableColumn<T extends Row> {
  readonly key: keyof T & string;
  readonly label: string;
  /** Unit shown in the header cell, such as "WTE" or "%". */
  readonly unit?: string;
  /** How a number is shown; numeric columns are right-aligned. */
  readonly format?: (value: number) => string;
}

export function headerText<T extends Row>(column: TableColumn<T>): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

export function cellText<T extends Row>(column: TableColumn<T>, row: T): string {
  const value = row[column.key];
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return column.format ? column.format(value) : String(value);
  return String(value);
}

interface DataTableProps<T extends Row> {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly TableColumn<T>[];
  readonly rows: readonly T[];
  readonly hidden?: boolean;
}

/**
 * The numbers behind a chart, as a real table: header cells, units, right-aligned numbers. A hidden table is an
 * empty region (so the button that shows it always controls an element): its rows are built only when shown,
 * since every filter change would otherwise rebuild a dozen tables nobody is reading.
 */
function Table<T extends Row>({ id, caption, columns, rows, hidden }: DataTableProps<T>) {
  return (
    <div
      className="data-table"
      id={id}
      hidden={hidden}
      tabIndex={0}
      role="region"
      aria-label={`${caption}: data table`}
    >
      {!hidden && <FullTable caption={caption} columns={columns} rows={rows} />}
    </div>
  );
}

function FullTable<T extends Row>({ caption, columns, rows }: Omit<DataTableProps<T>, 'id' | 'hidden'>) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.format ? 'numeric' : undefined}>
              {headerText(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column, columnIndex) =>
              columnIndex === 0 ? (
                <th key={column.key} scope="row" className={column.format ? 'numeric' : undefined}>
                  {cellText(column, row)}
                </th>
              ) : (
                <td key={column.key} className={column.format ? 'numeric' : undefined}>
                  {cellText(column, row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Columns are usually written inline by the figure, so they are compared by what they say, not by identity. */
const sameColumns = <T extends Row>(a: readonly TableColumn<T>[], b: readonly TableColumn<T>[]) =>
  a.length === b.length &&
  a.every(
    (c, i) =>
      c.key === b[i]?.key && c.label === b[i]?.label && c.unit === b[i]?.unit && c.format === b[i]?.format,
  );

/** Redrawn only when its rows, columns or visibility change: a hidden table of 250 rows is not free to redraw. */
export const DataTable = memo(
  Table,
  (before, after) =>
    before.rows === after.rows &&
    before.id === after.id &&
    before.caption === after.caption &&
    before.hidden === after.hidden &&
    sameColumns(before.columns, after.columns),
) as typeof Table;
