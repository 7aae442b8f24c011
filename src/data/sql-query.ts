import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { Row } from '../db/connector';
import { withEngine } from '../db/engine';
import type { AnalysisQuery } from './analysis';
import { fetchBundledTable } from './bundled-files';
import { tableVersions } from './dataset-versions';
import { isPrecomputed, precomputedRows } from './precomputed';
import { runAnalysisOn } from './run-analysis';
import { tablesRead } from './views';

export type { AnalysisQuery } from './analysis';

/**
 * Runs an analysis on the browser's DuckDB after loading what it reads; on an engine that replaced a lost one, the
 * tables are loaded again (saved uploads restored) first.
 */
export function runOnEngine<T extends Row>(analysis: AnalysisQuery): Promise<T[]> {
  return withEngine((connector) => runAnalysisOn<T>(connector, analysis, fetchBundledTable));
}

/**
 * TanStack Query options for one analysis: the key holds the SQL, its parameters and the versions of the
 * tables it reads, and the fetcher runs it on the browser's DuckDB. A result computed at build time stands in
 * where there is one for the bundled data: a default view's until DuckDB is ready, a standing analysis's always
 * (see precomputed.ts).
 */
export function analysisQueryOptions<T extends Row>(analysis: AnalysisQuery) {
  const { name, reads, query } = analysis;
  const versions = tableVersions(tablesRead(reads));
  return queryOptions({
    queryKey: ['analysis', name, versions, query.sql, query.params] as const,
    queryFn: async () => {
      const early = precomputedRows<T>(analysis);
      if (early) return early;
      const start = performance.now();
      const rows = await runOnEngine<T>(analysis);
      // On the performance timeline, so the benchmark (and a profile) can tell engine time from drawing time.
      performance.measure(`query ${name}`, { start, detail: { rows: rows.length } });
      return rows;
    },
    staleTime: Infinity,
    // Given as initial data, the build-time result is there for the very first render, with no pending state
    // and no second render to wait for.
    initialData: () => precomputedRows<T>(analysis),
    // Equal results keep their old identity so charts do not redraw, except when the live result replaces a
    // build-time one: the figure then shows that its numbers are now computed here.
    structuralSharing: (previous: unknown, next: unknown) =>
      isPrecomputed(previous) ? next : replaceEqualDeep(previous, next),
  });
}
