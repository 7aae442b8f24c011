import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { gapsByArchetypeAndDomain, type GapPairRow } from '../../src/features/board/queries';
import { ENGLAND, type Scope } from '../../src/features/board/scope';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';
import { LATEST, referenceGroups } from './capability-reference';

/**
 * The board's learning needs (its priority actions) against a computation over the raw tables that counts
 * distinct respondents, as the board's query did before it counted rows.
 */
let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_gaps', 'capability_framework']);
});

const scopes: [Scope, string][] = [
  [ENGLAND, 'TRUE'],
  [{ kind: 'region', region: 'London' }, "i.region = 'London'"],
  [{ kind: 'icb', icb: 'QE1' }, "a.icb_code = 'QE1'"],
];

describe('board learning needs by archetype and domain', () => {
  it.each(scopes)(
    'match an independent count of distinct respondents in the latest round (%j)',
    async (scope, condition) => {
      const app = await runAnalysis<GapPairRow>(db, gapsByArchetypeAndDomain(scope));
      const reference = await referenceGroups(
        db,
        "a.archetype || '|' || a.domain_id",
        `${condition} AND ${LATEST}`,
      );
      expect(app).toHaveLength(reference.size);
      for (const pair of app) {
        const want = reference.get(`${pair.archetype}|${pair.domain_id}`);
        expect(want, `${pair.archetype} ${pair.domain_id}`).toBeDefined();
        expect([pair.respondents, pair.below_target]).toEqual([want!.respondents, want!.below]);
        expect(pair.mean_gap).toBeCloseTo(want!.mean_gap, 12);
      }
      expect(app.some((pair) => pair.below_target > 0 && pair.below_target < pair.respondents)).toBe(true);
    },
  );
});
