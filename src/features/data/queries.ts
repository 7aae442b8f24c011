import { TABLE_NAMES } from '../../data/catalogue';
import type { AnalysisQuery } from '../../data/sql-query';
import { quoteIdentifier, quoteLiteral, sql } from '../../db/sql';

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
