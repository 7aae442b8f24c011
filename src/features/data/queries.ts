import { TABLE_NAMES } from '../../data/catalogue';
import type { AnalysisQuery } from '../../data/sql-query';
import type { ExploreColumn } from '../../data/upload/explore-tables';
import { quoteIdentifier, quoteLiteral, sql, type SqlFragment } from '../../db/sql';

export interface TableSizeRow extends Record<string, unknown> {
  table_name: string;
  row_count: number;
}

/** Rows in every catalogue table, as loaded now. */
export function tableSizes(): AnalysisQuery {
  return {
    name: 'table-sizes',
    reads: TABLE_NAMES,
    query: sql(
      TABLE_NAMES.map(
        (name) =>
          `SELECT ${quoteLiteral(name)} AS table_name, count(*)::INTEGER AS row_count FROM ${quoteIdentifier(name)}`,
      ).join('\nUNION ALL\n') + '\nORDER BY row_count DESC, table_name',
    ),
  };
}

export interface ColumnProfileRow extends Record<string, unknown> {
  column_name: string;
  column_type: string;
  filled: number;
  empty: number;
  distinct_values: number;
  min_value: string | null;
  max_value: string | null;
}

/**
 * One row per column of an exploration table: its type, how many cells are filled and empty, how many distinct
 * values and the smallest and largest value.
 */
export function columnProfile(table: string, columns: readonly ExploreColumn[]): SqlFragment {
  const t = quoteIdentifier(table);
  const parts = columns.map((column, ord) => {
    const c = quoteIdentifier(column.name);
    return `SELECT ${ord} AS ord, ? AS column_name, ? AS column_type, count(${c})::BIGINT AS filled,
              (count(*) - count(${c}))::BIGINT AS empty, count(DISTINCT ${c})::BIGINT AS distinct_values,
              min(${c})::VARCHAR AS min_value, max(${c})::VARCHAR AS max_value FROM ${t}`;
  });
  return sql(
    `SELECT column_name, column_type, filled, empty, distinct_values, min_value, max_value FROM (${parts.join('\nUNION ALL\n')}) ORDER BY ord`,
    columns.flatMap((c) => [c.name, c.type]),
  );
}

export interface HistogramRow extends Record<string, unknown> {
  bin: number;
  label: string;
  row_count: number;
}

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;
export const isNumericType = (type: string) => NUMERIC.test(type);

/** Ten equal-width bins between the smallest and largest value (one bin when they are equal), empty bins included. */
function numericHistogram(table: string, column: string): SqlFragment {
  const c = quoteIdentifier(column);
  return sql(`
    WITH v AS (SELECT ${c}::DOUBLE AS x FROM ${quoteIdentifier(table)} WHERE ${c} IS NOT NULL),
         b AS (SELECT min(x) AS lo, max(x) AS hi, CASE WHEN min(x) = max(x) THEN 1 ELSE 10 END AS bins FROM v),
         counted AS (
           SELECT least(floor((x - lo) / nullif(hi - lo, 0) * bins), bins - 1)::INTEGER AS bin, count(*) AS n
           FROM v, b GROUP BY 1),
         bins AS (SELECT unnest(range(bins))::INTEGER AS bin, lo, hi, bins FROM b WHERE lo IS NOT NULL)
    SELECT bins.bin,
           CASE WHEN bins.bins = 1 THEN printf('%g', lo)
                ELSE printf('%g to %g', lo + bins.bin * (hi - lo) / bins.bins, lo + (bins.bin + 1) * (hi - lo) / bins.bins)
           END AS label,
           coalesce(counted.n, 0)::INTEGER AS row_count
    FROM bins LEFT JOIN counted ON counted.bin = bins.bin OR (bins.bins = 1 AND counted.bin IS NULL)
    ORDER BY bins.bin`);
}

/** The ten most common values (empty cells counted as "(empty)"). */
function topValues(table: string, column: string): SqlFragment {
  const c = quoteIdentifier(column);
  return sql(`
    SELECT (row_number() OVER (ORDER BY count(*) DESC, ${c}::VARCHAR))::INTEGER AS bin,
           coalesce(${c}::VARCHAR, '(empty)') AS label, count(*)::INTEGER AS row_count
    FROM ${quoteIdentifier(table)} GROUP BY ${c} ORDER BY row_count DESC, label LIMIT 10`);
}

/** A small histogram of one column: bins of a numeric column, else its most common values. */
export function columnHistogram(table: string, column: ExploreColumn): SqlFragment {
  return isNumericType(column.type) ? numericHistogram(table, column.name) : topValues(table, column.name);
}
