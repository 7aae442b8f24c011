import { quoteIdentifier, quoteLiteral } from '../../db/sql';
import type { ColumnType, TableSchema } from '../catalogue';
import type { HeaderMatch } from './header-match';

/**
 * How to read one CSV file into a catalogue table. The file's columns are read by position under safe names
 * (c1, c2, ...), so nothing from the header ever becomes an identifier in SQL; the SELECT then names them as the
 * catalogue does. The same plan reloads a saved upload after a reload.
 */
export interface CsvReadPlan {
  readonly delimiter: string;
  /** How many columns the file has. */
  readonly fileColumns: number;
  /** For each catalogue column in catalogue order, the 0-based file column that holds it. */
  readonly mapping: readonly number[];
}

export const fileColumnName = (index: number) => `c${index + 1}`;

export function planFor(match: HeaderMatch, fileColumns: number, delimiter: string): CsvReadPlan {
  if (match.mapping.some((m) => m === null)) throw new Error('Every catalogue column needs a file column');
  return { delimiter, fileColumns, mapping: match.mapping as number[] };
}

/** read_csv options shared by every read of an upload: given, never sniffed. */
export function csvOptions(delimiter: string, columns: readonly [string, ColumnType][]): string {
  const spec = columns.map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(', ');
  return (
    `header = true, delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"', auto_detect = false, ` +
    `dateformat = '%Y-%m-%d', columns = {${spec}}`
  );
}

/** The type each file column is read as: the catalogue's type where it feeds a column, else text. */
function fileColumnTypes(schema: TableSchema, plan: CsvReadPlan, typed: boolean): [string, ColumnType][] {
  return Array.from({ length: plan.fileColumns }, (_, index) => {
    const target = plan.mapping.indexOf(index);
    const type = typed && target >= 0 ? (schema.columns[target]?.type ?? 'VARCHAR') : 'VARCHAR';
    return [fileColumnName(index), type];
  });
}

export function readCsvCall(
  schema: TableSchema,
  plan: CsvReadPlan,
  fileName: string,
  { typed, extra = '' }: { typed: boolean; extra?: string },
): string {
  const options = csvOptions(plan.delimiter, fileColumnTypes(schema, plan, typed));
  return `read_csv(${quoteLiteral(fileName)}, ${options}${extra ? `, ${extra}` : ''})`;
}

/** The file's rows with the catalogue's names and types: what is loaded into the table. */
export function typedSelectSql(schema: TableSchema, plan: CsvReadPlan, fileName: string): string {
  const columns = schema.columns
    .map(
      (column, i) =>
        `${quoteIdentifier(fileColumnName(plan.mapping[i] ?? 0))} AS ${quoteIdentifier(column.name)}`,
    )
    .join(', ');
  return `SELECT ${columns} FROM ${readCsvCall(schema, plan, fileName, { typed: true })}`;
}

/** The file's rows as text with their record number (1 = first row after the header), for finding problems. */
export function textSelectSql(schema: TableSchema, plan: CsvReadPlan, fileName: string): string {
  const columns = schema.columns
    .map(
      (column, i) =>
        `${quoteIdentifier(fileColumnName(plan.mapping[i] ?? 0))} AS ${quoteIdentifier(column.name)}`,
    )
    .join(', ');
  // One thread reads the file in order (DuckDB-wasm), and insertion order is preserved, so row_number() is the
  // record's position in the file.
  return `SELECT row_number() OVER () AS record, ${columns} FROM ${readCsvCall(schema, plan, fileName, { typed: false })}`;
}
