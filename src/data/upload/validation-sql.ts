import type { SqlParam } from '../../db/connector';
import { quoteIdentifier, sql, type SqlFragment } from '../../db/sql';
import type { ColumnSchema, ColumnType, Reference, TableSchema } from '../catalogue';

/**
 * The checks every uploaded row must pass (types, required values, allowed values, ranges, unique keys and
 * references to known ids), as SQL. Two forms of the same rules: a fast count over the loaded (typed) table that
 * decides whether to commit, and a detailed listing over the file read as text that says which record, column
 * and value is wrong, used only when the count is not zero. Allowed values and bounds are bound parameters.
 */
const q = quoteIdentifier;

const TYPE_WORDS: Record<ColumnType, string> = {
  VARCHAR: 'text',
  INTEGER: 'a whole number',
  DOUBLE: 'a number',
  DATE: 'a date written YYYY-MM-DD, such as 2025-03-31',
};

export function expectedValue(column: ColumnSchema): string {
  if (column.values) return `one of: ${column.values.join('; ')}`;
  if (column.range) return `${TYPE_WORDS[column.type]} from ${column.range[0]} to ${column.range[1]}`;
  return TYPE_WORDS[column.type];
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** "a" or "an" before a column name, as it is read aloud. */
export const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/**
 * The checks that decide whether a load may commit, over the table as loaded inside the upload's transaction.
 * They only need to know whether any rule is broken, not how often, so most are single aggregates in one scan
 * (a range is broken when the minimum or maximum is outside it). Two can only say "maybe" cheaply and then run
 * an exact query: a value that starts with a blank character may be blank, and keys that are not strictly
 * increasing in file order may repeat. Exported files are usually sorted by key, so the costly GROUP BY is rare.
 */
export interface CheckPlan {
  /** One row: `rows`, then one boolean per check, `check_0`, `check_1`, ... */
  readonly stats: SqlFragment;
  /** Per check: null when its flag means a rule is broken, else a query whose one row says (`problem`) for sure. */
  readonly confirm: readonly (SqlFragment | null)[];
  /** Queries whose one row says (`problem`) whether an id names nothing in its referenced table. */
  readonly references: readonly SqlFragment[];
}

export function checkPlan(schema: TableSchema): CheckPlan {
  const table = q(schema.name);
  const flags: SqlFragment[] = [];
  const confirm: (SqlFragment | null)[] = [];
  const add = (flag: SqlFragment, exact: SqlFragment | null = null) => {
    flags.push(flag);
    confirm.push(exact);
  };
  for (const column of schema.columns) {
    const c = q(column.name);
    if (column.required) {
      add(sql(`count(*) > count(${c})`));
      // A blank value is not an allowed value or a known id either, so those checks catch it already.
      const checkedElsewhere = column.values || schema.references.some((r) => r.column === column.name);
      if (column.type === 'VARCHAR' && !checkedElsewhere)
        add(
          sql(`min(${c}) < '!'`),
          sql(`SELECT count(*) FILTER (WHERE ${c} < '!' AND trim(${c}) = '') > 0 AS problem FROM ${table}`),
        );
    }
    if (column.values)
      add(sql(`count(*) FILTER (WHERE ${c} NOT IN (${placeholders(column.values)})) > 0`, column.values));
    if (column.range) add(sql(`min(${c}) < ? OR max(${c}) > ?`, [...column.range]));
  }
  const keys = schema.key.map((name) => schema.columns.find((c) => c.name === name)!);
  const duplicates = sql(
    `SELECT count(*) > 0 AS problem FROM (SELECT 1 FROM ${table} GROUP BY ${keyColumns(schema)} HAVING count(*) > 1)`,
  );
  let source = table;
  if (keys.every((k) => k.required)) {
    // Strictly increasing keys (k1, k2, ...) compared with the previous row's cannot repeat.
    const previous = (i: number) => q(`_previous_${i}`);
    const after = keys.reduceRight(
      (rest, key, i) =>
        rest === ''
          ? `${q(key.name)} > ${previous(i)}`
          : `${q(key.name)} > ${previous(i)} OR (${q(key.name)} = ${previous(i)} AND (${rest}))`,
      '',
    );
    source = `(SELECT *, ${keys.map((k, i) => `lag(${q(k.name)}) OVER () AS ${previous(i)}`).join(', ')} FROM ${table})`;
    add(sql(`count(*) FILTER (WHERE ${previous(0)} IS NOT NULL AND NOT (${after})) > 0`), duplicates);
  } else {
    add(sql('true'), duplicates);
  }
  const text = `SELECT count(*)::BIGINT AS rows, ${flags.map((f, i) => `coalesce(${f.sql}, false) AS check_${i}`).join(', ')} FROM ${source}`;
  // Distinct ids first: a few hundred values to look up instead of a million.
  const references = schema.references.map((r) =>
    sql(
      `SELECT count(*) > 0 AS problem FROM (SELECT DISTINCT ${q(r.column)} AS id FROM ${table}) a
       WHERE a.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q(r.table)} b WHERE b.${q(r.targetColumn)} = a.id)`,
    ),
  );
  return {
    stats: sql(
      text,
      flags.flatMap((f) => f.params),
    ),
    confirm,
    references,
  };
}

const keyColumns = (schema: TableSchema) => schema.key.map(q).join(', ');

/** One listing query's part: rows of (record, ord, column_name, value, expected, first_record). */
interface Part {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

const present = (c: string) => `${c} IS NOT NULL AND trim(${c}) <> ''`;
const typedText = (c: string, type: ColumnType) =>
  type === 'VARCHAR'
    ? c
    : type === 'DATE'
      ? `try_strptime(${c}, '%Y-%m-%d')::DATE`
      : `TRY_CAST(${c} AS ${type})`;

function columnParts(column: ColumnSchema, ord: number): Part[] {
  const c = q(column.name);
  const typed = typedText(c, column.type);
  const select = (where: string, expected: string, params: readonly SqlParam[] = []): Part => ({
    sql: `SELECT record, ${ord} AS ord, ? AS column_name, ${c} AS value, ? AS expected, NULL::BIGINT AS first_record FROM src WHERE ${where}`,
    params: [column.name, expected, ...params],
  });
  const parts: Part[] = [];
  if (column.required)
    parts.push(select(`${c} IS NULL OR trim(${c}) = ''`, `a value (${column.name} is required)`));
  if (column.type !== 'VARCHAR')
    parts.push(select(`${present(c)} AND ${typed} IS NULL`, expectedValue(column)));
  if (column.values)
    parts.push(
      select(
        `${present(c)} AND ${c} NOT IN (${placeholders(column.values)})`,
        expectedValue(column),
        column.values,
      ),
    );
  if (column.range)
    parts.push(select(`${typed} < ? OR ${typed} > ?`, expectedValue(column), [...column.range]));
  return parts;
}

function keyParts(schema: TableSchema, append: boolean): Part[] {
  const columns = schema.key.map((name) => schema.columns.find((c) => c.name === name)!);
  const typedKeys = columns.map((c) => typedText(q(c.name), c.type));
  const label = schema.key.join(' and ');
  const value = `concat_ws(', ', ${columns.map((c) => `coalesce(${q(c.name)}, '')`).join(', ')})`;
  const ord = schema.columns.length;
  // A missing required key value is reported as missing, not also as a duplicate of other missing ones.
  const requiredPresent =
    columns
      .map((c, i) => (c.required ? `${typedKeys[i]} IS NOT NULL` : null))
      .filter((x) => x !== null)
      .join(' AND ') || 'true';
  const parts: Part[] = [
    {
      sql: `SELECT record, ${ord} AS ord, ? AS column_name, value, ? AS expected, first_record FROM (
              SELECT record, ${value} AS value, min(record) OVER (PARTITION BY ${typedKeys.join(', ')}) AS first_record
              FROM src WHERE ${requiredPresent}) WHERE record > first_record`,
      params: [label, `a ${label} not already used in the file`],
    },
  ];
  if (append)
    parts.push({
      sql: `SELECT record, ${ord} AS ord, ? AS column_name, ${value} AS value, ? AS expected, NULL::BIGINT AS first_record
            FROM src WHERE EXISTS (SELECT 1 FROM ${q(schema.name)} t WHERE ${columns
              .map((c, i) => `t.${q(c.name)} IS NOT DISTINCT FROM ${typedKeys[i]}`)
              .join(' AND ')})`,
      params: [label, `a ${label} not already in ${schema.name} (appending cannot repeat a row)`],
    });
  return parts;
}

function referenceParts(schema: TableSchema): Part[] {
  return schema.references.map((r) => {
    const c = q(r.column);
    const ord = schema.columns.findIndex((col) => col.name === r.column);
    return {
      sql: `SELECT record, ${ord} AS ord, ? AS column_name, ${c} AS value, ? AS expected, NULL::BIGINT AS first_record
            FROM src WHERE ${present(c)} AND NOT EXISTS (SELECT 1 FROM ${q(r.table)} b WHERE b.${q(r.targetColumn)} = src.${c})`,
      params: [
        r.column,
        `${/^[aeiou]/i.test(r.column) ? 'an' : 'a'} ${r.column} listed in the ${r.table} table`,
      ],
    };
  });
}

export interface ListedProblem extends Record<string, unknown> {
  record: number;
  column_name: string;
  value: string | null;
  expected: string;
  first_record: number | null;
  total: number;
}

/**
 * The first `limit` problems in file order, each with the total count, over `source` (textSelectSql: the file
 * read as text with record numbers).
 */
export function problemListSql(
  schema: TableSchema,
  source: string,
  { append, limit }: { append: boolean; limit: number },
): SqlFragment {
  const parts = [
    ...schema.columns.flatMap((column, ord) => columnParts(column, ord)),
    ...keyParts(schema, append),
    ...referenceParts(schema),
  ];
  const text = `WITH src AS (${source})
    SELECT record::BIGINT AS record, column_name, value, expected, first_record::BIGINT AS first_record,
           (count(*) OVER ())::BIGINT AS total
    FROM (${parts.map((p) => p.sql).join('\nUNION ALL\n')})
    ORDER BY record, ord
    LIMIT ${Math.max(1, Math.floor(limit))}`;
  return sql(text, [...parts.flatMap((p) => p.params)]);
}

/** Rows of `table` whose `reference` id is not in the referenced table (which has just been replaced). */
export function danglingSql(table: string, reference: Reference): SqlFragment {
  return sql(
    `SELECT count(*)::BIGINT AS n FROM ${q(table)} a WHERE a.${q(reference.column)} IS NOT NULL AND NOT EXISTS
       (SELECT 1 FROM ${q(reference.table)} b WHERE b.${q(reference.targetColumn)} = a.${q(reference.column)})`,
  );
}
