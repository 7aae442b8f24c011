import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import {
  capabilityFilterOptions,
  type FilterOptionRow,
} from '../../src/features/capabilities/option-queries';
import { capabilityFiltersFromUrl, withLatestRound } from '../../src/features/capabilities/filters';
import {
  latestAssessmentRound,
  selectionSummary,
  type SummaryRow,
} from '../../src/features/capabilities/queries';
import { capabilityWarmUpAnalyses } from '../../src/features/capabilities/warm-up';
import { filterOptions } from '../../src/features/technologies/queries-list';
import { technologyWarmUpAnalyses } from '../../src/features/technologies/view-analyses';
import { openBundledDatabase, runAnalysis } from '../support/bundled-database';

/**
 * The warm-up's analyses, built from the views' own filter options on the bundled data, run on real DuckDB and
 * select rows: a warm-up on states that match nothing would leave the code that counts and ranks them cold.
 */
const NONE = capabilityFiltersFromUrl(new URLSearchParams());

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
});

describe('the engine warm-up on the bundled data', () => {
  it('runs #/technologies for four filter states that each select technologies', async () => {
    const analyses = technologyWarmUpAnalyses(await runAnalysis(db, filterOptions()));
    const summaries = analyses.filter((a) => a.name === 'technology-selection-summary');
    expect(summaries).toHaveLength(4);
    for (const summary of summaries) {
      const [row] = await runAnalysis<{ selected: number; total: number }>(db, summary);
      expect(row!.selected).toBeGreaterThan(0);
      expect(row!.selected).toBeLessThan(row!.total);
    }
    for (const analysis of analyses) await runAnalysis(db, analysis);
  });

  it('runs #/capabilities in the latest round for an archetype, a region and a staff group, each with respondents', async () => {
    const options = await runAnalysis<FilterOptionRow>(db, capabilityFilterOptions());
    const [latest] = await runAnalysis<{ round: string }>(db, latestAssessmentRound());
    const analyses = capabilityWarmUpAnalyses(options, latest!.round);
    expect(analyses).toHaveLength(3 * 6);
    const summaries = analyses.filter((a) => a.name === 'capability-selection-summary');
    expect(summaries).toHaveLength(3);
    const [everyone] = await runAnalysis<SummaryRow>(
      db,
      selectionSummary(withLatestRound(NONE, latest!.round)),
    );
    for (const summary of summaries) {
      const [row] = await runAnalysis<SummaryRow>(db, summary);
      expect(row!.respondents).toBeGreaterThan(0);
      expect(row!.respondents).toBeLessThan(everyone!.respondents);
    }
    for (const analysis of analyses) await runAnalysis(db, analysis);
  });
});
