import { beforeAll, describe, expect, it } from 'vitest';
import { plannedAsWritten } from '../../src/data/run-analysis';
import type { Connector } from '../../src/db/connector';
import { load, openBundledDatabase } from '../support/bundled-database';
import { everyAnalysis } from './every-analysis';

/**
 * Analyses over small tables run without DuckDB's optimizer (data/run-analysis.ts). Planned as written, a query
 * takes a path DuckDB's own tests walk less often, so every such analysis of every view, under a spread of
 * filters, must return exactly the rows the optimized plan returns, on the connector the app and the build use.
 */
let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, [...new Set(everyAnalysis().flatMap((a) => a.reads))]);
});

describe('analyses planned as written', () => {
  it('return exactly the rows of the optimized plan', async () => {
    const small = everyAnalysis().filter((a) => plannedAsWritten(a.reads));
    expect(small.length).toBeGreaterThan(80);
    for (const { name, query } of small)
      expect(await db.queryUnoptimized(query.sql, query.params), name).toEqual(
        await db.query(query.sql, query.params),
      );
  });

  it('run on a connection whose optimizer is off, while the shared one keeps it', async () => {
    const plan = async (run: Connector['query']) =>
      (await run<{ explain_value: string }>('EXPLAIN SELECT * FROM icbs WHERE region = ?', ['London']))
        .map((row) => row.explain_value)
        .join('\n');
    // Optimized, the filter is pushed into the scan; as written, it stays an operator above it.
    expect(await plan(db.query.bind(db))).not.toMatch(/│\s+FILTER\s+│/);
    expect(await plan(db.queryUnoptimized.bind(db))).toMatch(/│\s+FILTER\s+│/);
  });
});
