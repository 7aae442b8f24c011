import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { improvedLatestRound, type BadFile } from '../fixtures/upload-files';
import { load, openBundledDatabase } from '../support/bundled-database';
import { expectedArchetypes, loadAssessmentsFile } from './support/archetype-table';
import { killDuckdbWorker, recordAlerts } from './support/duckdb-worker';
import { byFirstCell, readFigureTable } from './support/figures';
import { appUrl, withBrowserSession } from './support/session';
import { chooseFiles, reportOn } from './support/uploads';

/**
 * Issue 9: the DuckDB worker dies (as it does when the tab runs out of memory) while an uploaded assessments file
 * is in use. The page says so in plain words, starts a fresh engine, reloads the bundled tables and the saved
 * upload into it, and the charts come back with the uploaded numbers. A second death soon after waits for the
 * analyst's "Restart the database". The worker is ended from inside (self.close()), through the test's debugging
 * connection: the app has no way to do that itself.
 */
const browser = withBrowserSession();
const ARCHETYPES = 'Staff meeting their capability target, by archetype';
const improved: BadFile = {
  name: 'improved-round.csv',
  bytes: new TextEncoder().encode(improvedLatestRound()),
};
const improvedRows = improvedLatestRound().trimEnd().split('\n').length - 1;
const STOPPED = 'The database in this page stopped working';
const RECOVERED = 'The database was restarted and your data reloaded';

let expected: string[][];
let bundled: string[][];

beforeAll(async () => {
  const db: Connector = await openBundledDatabase();
  await load(db, ['capability_assessments', 'capability_targets']);
  await loadAssessmentsFile(db, 'improved', improved.bytes);
  expected = await expectedArchetypes(db, 'improved');
  bundled = await expectedArchetypes(db, 'capability_assessments');
});

async function assessmentRowsShown(): Promise<string | undefined> {
  const { page } = browser();
  await page.goto(appUrl('#/data'));
  return byFirstCell((await readFigureTable(page, 'Rows per table')).rows).get('capability_assessments')?.[0];
}

describe('the DuckDB worker dies while an upload is in use', () => {
  it('says so, restarts, and the charts come back with the uploaded numbers', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/data'));
    await chooseFiles(page, improved);
    await reportOn(page, improved.name, 'status');
    await page.getByText('Kept in this browser: it will still be in use after a reload.').first().waitFor();
    await page.goto(appUrl('#/capabilities'));
    const before = (await readFigureTable(page, ARCHETYPES)).rows;
    expect(before).toEqual(expected);
    expect(before).not.toEqual(bundled);

    const alerts = await recordAlerts(page);
    // The view changes as the worker dies, so some of its queries are sent to the dying engine.
    await Promise.all([killDuckdbWorker(page), page.goto(appUrl('#/capabilities?round=all'))]);
    await page.getByRole('status').filter({ hasText: RECOVERED }).waitFor();
    const said = (await alerts()).find((text) => text.includes(STOPPED));
    expect(said).toMatch(/Your uploaded data is safe: it is kept in this browser/);
    expect(said).toMatch(/It is restarting and reloading your data/);

    // Pooling every round is a query the old engine never ran; the upload holds a single round, so its numbers
    // are the upload's own: they can only come from the new engine with the saved upload restored into it.
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(expected);
    await page.goto(appUrl('#/capabilities'));
    expect((await readFigureTable(page, ARCHETYPES)).rows).toEqual(before);
    expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('uploaded');
    expect(await assessmentRowsShown()).toBe(improvedRows.toLocaleString('en-GB'));
  });

  it('after a second death soon after, waits for "Restart the database" and then recovers the same way', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/capabilities?archetype=Shapers'));
    await readFigureTable(page, ARCHETYPES);
    await killDuckdbWorker(page);
    const alert = page.getByRole('alert').filter({ hasText: STOPPED });
    await alert.getByText('It stopped again soon after a restart').waitFor();
    await alert.getByRole('button', { name: 'Restart the database' }).click();
    await page.getByRole('status').filter({ hasText: RECOVERED }).waitFor();
    // A new hash in the same page: the chart may still show the previous filter's numbers for a moment.
    await page.goto(appUrl('#/capabilities'));
    await expect
      .poll(async () => (await readFigureTable(page, ARCHETYPES)).rows, { timeout: 30_000 })
      .toEqual(expected);
    await page
      .getByRole('status')
      .filter({ hasText: RECOVERED })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    expect(await page.getByText(RECOVERED).count()).toBe(0);
  });
});
