import { queryOptions } from '@tanstack/react-query';
import type { Row } from '../db/connector';
import { getConnector } from '../db/engine';
import type { SqlFragment } from '../db/sql';
import { fetchBundledTable } from './bundled-files';
import { ensureRelations } from './relations';
import { tableVersions } from './dataset-versions';
import { viewTables, type RelationName } from './views';

export interface AnalysisQuery {
  /** A stable name for the analysis, first in the cache key. */
  readonly name: string;
  /** The tables and views the SQL reads; loaded on first use and part of the cache key. */
  readonly reads: readonly RelationName[];
  readonly query: SqlFragment;
}

/**
 * TanStack Query options for one analysis: the key holds the SQL, its parameters and the versions of the
 * tables it reads, and the fetcher runs it on the browser's DuckDB.
 */
export function analysisQueryOptions<T extends Row>({ name, reads, query }: AnalysisQuery) {
  const versions = tableVersions([...new Set(reads.flatMap((r) => viewTables(r)))]);
  return queryOptions({
    queryKey: ['analysis', name, versions, query.sql, query.params] as const,
    queryFn: async () => {
      const connector = await getConnector();
      await ensureRelations(connector, reads, fetchBundledTable);
      return connector.query<T>(query.sql, query.params);
    },
    staleTime: Infinity,
  });
}
