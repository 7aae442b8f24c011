import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { noFilters } from '../support/technologies-expected';
import { withBrowserSession } from './support/session';
import {
  expectEveryTable,
  openRoadmapDatabase,
  openTab,
  queriesRun,
  settle,
} from './support/technologies-page';

const browser = withBrowserSession();

let db: Connector;
beforeAll(async () => {
  db = await openRoadmapDatabase();
});

describe('while a planner reads #/technologies', () => {
  it('warms the engine on states they have not chosen, and a filter afterwards still computes its own numbers', async () => {
    const page = await openTab(browser(), '#/technologies');
    await settle(db, page, noFilters());
    const before = await queriesRun(page);
    const warmed = await page.waitForFunction(
      () =>
        (performance.getEntriesByName('engine-warmed')[0] as PerformanceMark | undefined)?.detail
          ?.analyses as number | undefined,
      null,
      { timeout: 30_000 },
    );
    // The whole view for a type, a group, a region and a time to deployment.
    expect(Number(await warmed.jsonValue())).toBeGreaterThanOrEqual(4 * 13);
    // None of it went through the query cache, so nothing on screen changed.
    expect(await queriesRun(page)).toBe(before);

    // A region it warmed: that of the first ICB the filter offers.
    const [first] = await db.query<{ region: string }>('SELECT min(region) AS region FROM icbs');
    const chosen = { ...noFilters(), region: [first!.region] };
    await page.evaluate(
      (region) => (window.location.hash = `#/technologies?${new URLSearchParams({ region })}`),
      first!.region,
    );
    await settle(db, page, chosen);
    expect(await queriesRun(page)).toBeGreaterThan(before + 5);
    await expectEveryTable(db, page, chosen);
  });
});
