import type { TableName } from './catalogue';

/**
 * Which data each table holds now. Query keys include the versions of the tables a query reads, so that
 * replacing a table (an upload) invalidates exactly the queries that read it.
 */
export interface TableProvenance {
  readonly source: 'bundled' | 'uploaded';
  readonly version: number;
}

const BUNDLED: TableProvenance = { source: 'bundled', version: 0 };
const provenance = new Map<TableName, TableProvenance>();

export function tableProvenance(table: TableName): TableProvenance {
  return provenance.get(table) ?? BUNDLED;
}

export function tableVersions(tables: readonly TableName[]): string[] {
  return tables.map((t) => `${t}@${tableProvenance(t).version}`);
}
