import { beforeAll, describe, expect, it } from 'vitest';
import { unlessFewRespondents } from '../../src/data/small-numbers';
import type { Connector } from '../../src/db/connector';
import { capabilityFiltersFromUrl } from '../../src/features/capabilities/filters';
import {
  gapsByArchetypeAndDomain,
  selectionSummary,
  targetsMetByArchetype,
  type ArchetypeRow,
  type GapCellRow,
  type SummaryRow,
} from '../../src/features/capabilities/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';
import { expectedShown, LATEST, referenceGroups, type ReferenceGroup } from './capability-reference';

/**
 * The app's capability SQL (through the shared capability_gaps view, its filters and its suppression) against a
 * computation written independently over the raw tables: gap = max(target - level, 0) per respondent and domain.
 */
const filtersFrom = (query: string) => capabilityFiltersFromUrl(new URLSearchParams(query));

function expectCellsToMatch(app: GapCellRow[], reference: Map<string, ReferenceGroup>) {
  expect(app.length).toBe(reference.size);
  for (const cell of app) {
    const want = reference.get(`${cell.archetype}|${cell.domain_id}`);
    expect(want, `${cell.archetype} ${cell.domain_id}`).toBeDefined();
    expect(cell.respondents).toBe(want!.respondents);
    const shown = expectedShown(want!);
    if (shown.mean_gap === null) {
      expect(cell.mean_gap).toBeNull();
      expect(cell.share_meeting).toBeNull();
    } else {
      expect(cell.mean_gap).toBeCloseTo(shown.mean_gap, 12);
      expect(cell.share_meeting).toBeCloseTo(shown.share!, 10);
    }
  }
}

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_gaps', 'capability_framework']);
});

describe('gap by archetype and domain (the heat map)', () => {
  const key = "a.archetype || '|' || a.domain_id";

  it('matches an independent computation over the whole dataset, every round pooled', async () => {
    const app = await runAnalysis<GapCellRow>(db, gapsByArchetypeAndDomain(filtersFrom('round=all')));
    expectCellsToMatch(app, await referenceGroups(db, key, 'TRUE'));
    expect(app).toHaveLength(30);
    expect(app.every((c) => c.mean_gap !== null)).toBe(true);
    expect(app.slice(0, 6).map((c) => c.archetype)).toEqual(Array(6).fill('Shapers'));
    expect(app.map((c) => c.domain_id).slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('matches for one ICB in the latest round, suppressing its small cells', async () => {
    const app = await runAnalysis<GapCellRow>(db, gapsByArchetypeAndDomain(filtersFrom('icb=QE1')));
    const reference = await referenceGroups(db, key, `a.icb_code = 'QE1' AND ${LATEST}`);
    expectCellsToMatch(app, reference);
    // Real suppression happens here: some archetypes have fewer than ten respondents in this ICB.
    expect(app.some((c) => c.mean_gap === null)).toBe(true);
    expect(app.some((c) => c.mean_gap !== null)).toBe(true);
  });

  it('matches with region, organisation type, staff group and a chosen round together', async () => {
    const query = 'region=London&org=Acute+trust&staff=Nursing+and+midwifery&round=2025-03-31';
    const app = await runAnalysis<GapCellRow>(db, gapsByArchetypeAndDomain(filtersFrom(query)));
    const reference = await referenceGroups(
      db,
      key,
      `i.region = 'London' AND a.organisation_type = 'Acute trust'
       AND a.staff_group = 'Nursing and midwifery' AND a.assessed_on = DATE '2025-03-31'`,
    );
    expect(reference.size).toBeGreaterThan(0);
    expectCellsToMatch(app, reference);
  });

  it('narrows to one archetype and one domain', async () => {
    const app = await runAnalysis<GapCellRow>(
      db,
      gapsByArchetypeAndDomain(filtersFrom('archetype=Creators&domain=6&round=all')),
    );
    const reference = await referenceGroups(db, key, `a.archetype = 'Creators' AND a.domain_id = 6`);
    expectCellsToMatch(app, reference);
    expect(app.map((c) => [c.archetype, c.domain_name, c.target_level])).toEqual([
      ['Creators', 'Artificial intelligence', 4],
    ]);
  });
});

describe('share meeting target by archetype', () => {
  it('matches an independent computation for England in the latest round', async () => {
    const app = await runAnalysis<ArchetypeRow>(db, targetsMetByArchetype(filtersFrom('')));
    const reference = await referenceGroups(db, 'a.archetype', LATEST);
    expect(app.map((r) => r.archetype)).toEqual(['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users']);
    for (const row of app) {
      const want = reference.get(row.archetype)!;
      expect(row.respondents).toBe(want.respondents);
      expect(row.share_meeting).toBeCloseTo(want.share, 10);
      expect(row.mean_gap).toBeCloseTo(want.mean_gap, 12);
    }
  });

  it('matches for one ICB in the earliest round chosen through the URL, small archetypes suppressed', async () => {
    const app = await runAnalysis<ArchetypeRow>(
      db,
      targetsMetByArchetype(filtersFrom('icb=QOP&round=2023-03-31')),
    );
    const reference = await referenceGroups(
      db,
      'a.archetype',
      `a.icb_code = 'QOP' AND a.assessed_on = DATE '2023-03-31'`,
    );
    expect(app.length).toBe(reference.size);
    for (const row of app) {
      const want = reference.get(row.archetype)!;
      expect(row.respondents).toBe(want.respondents);
      expect(row.mean_gap).toEqual(
        expectedShown(want).mean_gap === null ? null : expect.closeTo(want.mean_gap, 12),
      );
    }
  });
});

describe('small numbers', () => {
  it('withholds every share and gap of a selection of two respondents, but shows the count', async () => {
    const filters = filtersFrom('icb=QOC&round=2026-09-30');
    const [summary] = await runAnalysis<SummaryRow>(db, selectionSummary(filters));
    const reference = await referenceGroups(
      db,
      "'all'",
      `a.icb_code = 'QOC' AND a.assessed_on = DATE '2026-09-30'`,
    );
    expect(summary).toEqual({
      respondents: reference.get('all')!.respondents,
      share_meeting: null,
      mean_gap: null,
    });
    expect(summary!.respondents).toBeLessThan(10);
    const cells = await runAnalysis<GapCellRow>(db, gapsByArchetypeAndDomain(filters));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.mean_gap === null && c.share_meeting === null && c.respondents > 0)).toBe(
      true,
    );
  });

  it('shows a value from exactly ten respondents and withholds it from nine', async () => {
    const [row] = await db.query<{ nine: number | null; ten: number | null }>(
      `SELECT ${unlessFewRespondents('9', '42')} AS nine, ${unlessFewRespondents('10', '42')} AS ten`,
    );
    expect(row).toEqual({ nine: null, ten: 42 });
  });

  it('summarises a large selection in full', async () => {
    const [summary] = await runAnalysis<SummaryRow>(db, selectionSummary(filtersFrom('round=all')));
    const all = (await referenceGroups(db, "'all'", 'TRUE')).get('all')!;
    expect(summary!.respondents).toBe(all.respondents);
    expect(summary!.share_meeting).toBeCloseTo(all.share, 10);
    expect(summary!.mean_gap).toBeCloseTo(all.mean_gap, 12);
  });
});

describe('filter values from the URL', () => {
  it('treats a malformed or impossible round as the latest round rather than as SQL', () => {
    expect(filtersFrom("round=2024-01-01' OR 1=1 --").round).toBeNull();
    expect(filtersFrom('round=2024-02-30').round).toBeNull();
  });

  it('binds hostile values as data: they match nothing and break nothing', async () => {
    const filters = filtersFrom("icb=QE1'); DROP TABLE icbs; --&staff=" + encodeURIComponent('" OR 1=1 --'));
    expect(await runAnalysis<GapCellRow>(db, gapsByArchetypeAndDomain(filters))).toEqual([]);
    expect(await db.query('SELECT count(*)::INTEGER AS n FROM icbs')).toEqual([{ n: 42 }]);
  });
});
