import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Connector } from '../../../src/db/connector';
import { load, openBundledDatabase } from '../../support/bundled-database';
import {
  expectedCharts,
  expectedIds,
  expectedProfile,
  tableCells,
  type ExpectedChart,
  type Filters,
} from '../../support/technologies-expected';
import { axeViolations } from './axe';
import { readFigureTable, waitForDrawn } from './figures';
import type { BrowserSession } from './chromium';
import { appUrl } from './session';

/** How many analysis queries the page has run through its query cache (each one is a `query <name>` measure). */
export const queriesRun = (page: Page) =>
  page.evaluate(
    () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('query ')).length,
  );

/** The raw tables #/technologies reads, in Node, for SQL written by the tests. */
export async function openRoadmapDatabase(): Promise<Connector> {
  const db = await openBundledDatabase();
  await load(db, [
    'ai_roadmap_technologies',
    'ai_roadmap_workforce_groups',
    'ai_roadmap_points_of_care',
    'ai_roadmap_deployments',
    'icbs',
  ]);
  return db;
}

/**
 * A fresh tab at `hash`: a new hash in the same tab would keep the page's own state (such as "Show all"),
 * so each test starts from a page of its own.
 */
export async function openTab(session: BrowserSession, hash: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(appUrl(hash));
  return page;
}

export const expectNoAxeViolations = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

/** A figure title matched exactly (a plain string would also match longer titles that contain it). */
export const exactly = (title: string | RegExp) =>
  typeof title === 'string' ? new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : title;

/**
 * Charts keep their numbers while new ones are computed, so a test waits for the count of the new selection
 * (worked out independently) and then for every chart to be current.
 */
export async function settle(db: Connector, page: Page, f: Filters): Promise<void> {
  const n = (await expectedIds(db, f)).length;
  await page.getByText(`Showing ${n.toLocaleString('en-GB')} of 240 technologies.`).waitFor();
  await page.locator('.technologies-page[data-updating="false"]').waitFor();
  await waitForDrawn(page);
}

export async function expectTables(page: Page, charts: readonly ExpectedChart[]): Promise<void> {
  for (const chart of charts) {
    expect(chart.rows.length, chart.name).toBeGreaterThan(0);
    const { rows } = await readFigureTable(page, exactly(chart.title));
    expect(rows, chart.name).toEqual(chart.rows.map(tableCells));
  }
}

/** Every chart's table, the profile (when one type is chosen) and the list, against SQL run here in Node. */
export async function expectEveryTable(db: Connector, page: Page, f: Filters): Promise<void> {
  await expectTables(page, await expectedCharts(db, f));
  const [type] = f.type;
  if (type !== undefined && f.type.length === 1) await expectTables(page, await expectedProfile(db, type));
  const listed = await page.locator('.technology-list tbody th').allInnerTexts();
  expect(listed).toEqual(await expectedIds(db, f));
}
