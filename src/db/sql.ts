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

/** A bound value written as a SQL literal of the type DuckDB-wasm would have bound it as. */
export function literal(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return quoteLiteral(value);
  if (!Number.isFinite(value)) throw new Error(`Not a usable number: ${value}`);
  // Whole numbers stay integers (a LIMIT or an IN list over an INTEGER column takes them as they are); others
  // are written exactly (shortest round-trip form) and cast, since a bare 1.5 would be a DECIMAL in DuckDB.
  if (!Number.isSafeInteger(value)) return `CAST('${String(value)}' AS DOUBLE)`;
  // In brackets when negative, so `a -?` can never become the comment `a --2`.
  return value < 0 ? `(${value})` : String(value);
}

/**
 * Writes each `?` placeholder of `text` as the literal of its parameter, skipping string literals, quoted
 * identifiers and comments, so a statement with parameters can be sent to the engine as one message. DuckDB-wasm
 * prepares, runs and closes a statement in three round trips to its worker, and each waits for the page's main
 * thread: a view's dozen queries then queue behind its own chart drawing. Values still never become code: each
 * is written by `literal`, whose strings go through `quoteLiteral`.
 */
export function inlineParams(text: string, params: readonly SqlParam[]): string {
  if (params.length === 0) return text;
  let out = '';
  let next = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const end = skipQuotedOrComment(text, i);
    if (end > i) {
      out += text.slice(i, end);
      i = end;
    } else if (ch === '?') {
      if (next >= params.length) throw new Error('The statement has more placeholders than parameters');
      out += literal(params[next++]!);
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  if (next !== params.length) throw new Error('The statement has fewer placeholders than parameters');
  return out;
}

/** Where a string literal, quoted identifier or comment starting at `i` ends; `i` itself if none starts there. */
function skipQuotedOrComment(text: string, i: number): number {
  const ch = text[i];
  if (ch === "'" || ch === '"') {
    // A doubled quote inside is part of the text, and simply starts the next quoted run.
    const close = text.indexOf(ch, i + 1);
    if (close === -1) throw new Error('The statement has an unclosed quote');
    return close + 1;
  }
  if (ch === '-' && text[i + 1] === '-') {
    const eol = text.indexOf('\n', i);
    return eol === -1 ? text.length : eol;
  }
  if (ch === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2);
    if (close === -1) throw new Error('The statement has an unclosed comment');
    return close + 2;
  }
  return i;
}
