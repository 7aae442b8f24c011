import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { capabilityFiltersFromUrl } from '../../src/features/capabilities/filters';
import { targetsMetByArchetype, type ArchetypeRow } from '../../src/features/capabilities/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';

/**
 * The app's capability SQL (through the shared capability_gaps view) against a computation written
 * independently here over the raw tables: gap = max(target - level, 0) per respondent and domain.
 */
async function independentlyByArchetype(db: Connector, round: string, icb: string | null) {
  return db.query<ArchetypeRow>(
    `SELECT a.archetype,
            count(DISTINCT a.response_id)::INTEGER AS respondents,
            (100.0 * sum(CASE WHEN a.level >= t.target_level THEN 1 ELSE 0 END) / count(*))::DOUBLE AS share_meeting,
            avg(CASE WHEN t.target_level > a.level THEN t.target_level - a.level ELSE 0 END)::DOUBLE AS mean_gap
     FROM capability_assessments a, capability_targets t
     WHERE a.archetype = t.archetype AND a.domain_id = t.domain_id
       AND a.assessed_on = ?::DATE AND (? IS NULL OR a.icb_code = ?)
     GROUP BY a.archetype ORDER BY a.archetype`,
    [round, icb, icb],
  );
}

const byName = (rows: ArchetypeRow[]) => [...rows].sort((a, b) => a.archetype.localeCompare(b.archetype));

let db: Connector;
let latest: string;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_gaps']);
  const [row] = await db.query<{ round: string }>(
    "SELECT strftime(max(assessed_on), '%Y-%m-%d') AS round FROM capability_assessments",
  );
  latest = row!.round;
});

describe('share meeting target by archetype', () => {
  it('matches an independent computation for England in the latest round', async () => {
    const app = await runAnalysis<ArchetypeRow>(
      db,
      targetsMetByArchetype(capabilityFiltersFromUrl(new URLSearchParams())),
    );
    const expected = await independentlyByArchetype(db, latest, null);
    expect(app.map((r) => r.archetype)).toEqual(['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users']);
    expect(byName(app)).toHaveLength(5);
    byName(app).forEach((row, i) => {
      const want = byName(expected)[i]!;
      expect(row.archetype).toBe(want.archetype);
      expect(row.respondents).toBe(want.respondents);
      expect(row.share_meeting).toBeCloseTo(want.share_meeting, 9);
      expect(row.mean_gap).toBeCloseTo(want.mean_gap, 9);
    });
  });

  it('matches for one ICB in an earlier round chosen through the URL', async () => {
    const [first] = await db.query<{ round: string }>(
      "SELECT strftime(min(assessed_on), '%Y-%m-%d') AS round FROM capability_assessments",
    );
    const filters = capabilityFiltersFromUrl(new URLSearchParams(`icb=QOP&round=${first!.round}`));
    const app = await runAnalysis<ArchetypeRow>(db, targetsMetByArchetype(filters));
    const expected = await independentlyByArchetype(db, first!.round, 'QOP');
    expect(app.length).toBeGreaterThan(0);
    expect(byName(app).map((r) => [r.archetype, r.respondents])).toEqual(
      byName(expected).map((r) => [r.archetype, r.respondents]),
    );
    byName(app).forEach((row, i) => expect(row.mean_gap).toBeCloseTo(byName(expected)[i]!.mean_gap, 9));
  });

  it('treats a malformed round in the URL as the latest round rather than as SQL', () => {
    const filters = capabilityFiltersFromUrl(new URLSearchParams("round=2024-01-01' OR 1=1 --"));
    expect(filters.round).toBeNull();
  });
});
