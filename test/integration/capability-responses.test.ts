import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/data/views';
import type { Connector } from '../../src/db/connector';
import { comparisonAnalyses } from '../../src/features/capabilities/comparison-queries';
import { capabilityFiltersFromUrl, type CapabilityFilters } from '../../src/features/capabilities/filters';
import {
  respondentRows,
  selectionSummary,
  shareMeetingByRound,
  targetsMetByArchetype,
} from '../../src/features/capabilities/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';

/**
 * With no domain chosen, respondents are counted from capability_responses (a row per response); with every
 * domain chosen, from capability_gaps' rows. Both select the same rows, so every number must be the same, here
 * also for responses whose rows disagree about their ICB or archetype, as an upload's may.
 */
let db: Connector;
const ALL_DOMAINS = [1, 2, 3, 4, 5, 6];

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_gaps', 'capability_responses']);
  const [first, second] = await db.query<{ id: string }>(
    'SELECT DISTINCT response_id AS id FROM capability_gaps ORDER BY response_id LIMIT 2',
  );
  await db.exec(`UPDATE capability_gaps SET icb_code = 'QKK', region = (SELECT region FROM icbs WHERE icb_code = 'QKK')
                 WHERE response_id = '${first!.id}' AND domain_id IN (1, 2)`);
  await db.exec(`UPDATE capability_gaps SET archetype = 'Shapers'
                 WHERE response_id = '${second!.id}' AND domain_id = 3 AND archetype <> 'Shapers'`);
  await db.exec(`CREATE OR REPLACE TABLE capability_responses AS ${VIEWS.capability_responses.sql}`);
});

const filtersFrom = (query: string) => capabilityFiltersFromUrl(new URLSearchParams(query));
const everyDomain = (filters: CapabilityFilters): CapabilityFilters => ({ ...filters, domain: ALL_DOMAINS });

describe('respondents counted per response', () => {
  it('reads capability_responses only when no domain is chosen', () => {
    expect(respondentRows({ domain: [] }).relation).toBe('capability_responses');
    expect(respondentRows({ domain: [2] }).relation).toBe('capability_gaps');
  });

  it('holds fewer rows than capability_gaps and responses that disagree, as rows of their own', async () => {
    const [counts] = await db.query<{ responses: number; rows: number; distinct_ids: number }>(
      `SELECT (SELECT count(*) FROM capability_responses)::INTEGER AS responses,
              (SELECT count(*) FROM capability_gaps)::INTEGER AS rows,
              (SELECT count(DISTINCT response_id) FROM capability_gaps)::INTEGER AS distinct_ids`,
    );
    expect(counts!.responses).toBe(counts!.distinct_ids + 2);
    expect(counts!.responses * 5).toBeLessThan(counts!.rows);
  });

  it.each(['', 'archetype=Shapers', 'icb=QKK', 'region=London', 'round=all', 'round=all&org=Primary+care'])(
    'gives the summary, the archetypes, the trend and the comparison exactly as the rows do (%s)',
    async (query) => {
      const byResponse = filtersFrom(query);
      const byRow = everyDomain(byResponse);
      for (const analysis of [selectionSummary, targetsMetByArchetype, shareMeetingByRound]) {
        const fromResponses = await runAnalysis(db, analysis(byResponse));
        expect(fromResponses.length).toBeGreaterThan(0);
        expect(fromResponses).toEqual(await runAnalysis(db, analysis(byRow)));
      }
      // The comparison's all-domains row comes first.
      const [england] = await runAnalysis(db, comparisonAnalyses('QKK', 'London', byResponse).england);
      const [englandByRow] = await runAnalysis(db, comparisonAnalyses('QKK', 'London', byRow).england);
      expect(england).toEqual(englandByRow);
    },
  );
});
