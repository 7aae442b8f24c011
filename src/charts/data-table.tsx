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

/** The numbers behind a chart, as a real table: header cells, units, right-aligned numbers. */
export function DataTable<T extends Row>({ id, caption, columns, rows, hidden }: DataTableProps<T>) {
  return (
    <div
      className="data-table"
      id={id}
      hidden={hidden}
      tabIndex={0}
      role="region"
      aria-label={`${caption}: data table`}
    >
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
    </div>
  );
}
