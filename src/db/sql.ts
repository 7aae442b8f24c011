import type { SqlParam } from './connector';

/** A piece of SQL with its bound parameters, so values never become code. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

export const sql = (text: string, params: readonly SqlParam[] = []): SqlFragment => ({ sql: text, params });

/** Quotes an identifier (table or column name) for DuckDB: wraps it in double quotes, doubling any inside. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.includes('\0'))
    throw new Error(`Not a usable identifier: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

/** Escapes a string as a SQL literal, for the few places (read_csv options) that cannot take parameters. */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('A SQL literal cannot contain a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** `column IN (?, ?, ...)`, or nothing when no values are chosen (a filter with no values does not filter). */
export function inList(column: string, values: readonly SqlParam[]): SqlFragment | null {
  if (values.length === 0) return null;
  return sql(`${column} IN (${values.map(() => '?').join(', ')})`, values);
}

/** Joins conditions with AND into a WHERE clause; absent conditions are skipped. */
export function where(...conditions: (SqlFragment | null)[]): SqlFragment {
  const present = conditions.filter((c): c is SqlFragment => c !== null);
  if (present.length === 0) return sql('');
  return sql(
    `WHERE ${present.map((c) => `(${c.sql})`).join(' AND ')}`,
    present.flatMap((c) => c.params),
  );
}

/** Concatenates fragments into one statement, keeping their parameters in order. */
export function join(parts: readonly (SqlFragment | string)[], separator = '\n'): SqlFragment {
  const fragments = parts.map((p) => (typeof p === 'string' ? sql(p) : p));
  return sql(
    fragments
      .map((f) => f.sql)
      .filter((s) => s.length > 0)
      .join(separator),
    fragments.flatMap((f) => f.params),
  );
}
