import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { expectedCharts, expectedIds, noFilters, type Filters } from '../support/technologies-expected';
import { figure } from './support/figures';
import { withBrowserSession } from './support/session';
import {
  expectEveryTable,
  expectNoAxeViolations,
  expectTables,
  openRoadmapDatabase,
  openTab,
  settle,
} from './support/technologies-page';

const browser = withBrowserSession();
const LONG = 240_000;

let db: Connector;
beforeAll(async () => {
  db = await openRoadmapDatabase();
});

const chosen: Filters = {
  ...noFilters(),
  type: ['Diagnostic'],
  group: ['Medic, Clinical Radiology'],
  region: ['London'],
};

describe('cross-filtering #/technologies', () => {
  it(
    'by mouse: a type bar, a group bar and a region cell filter every other chart; a copied link reproduces it',
    async () => {
      const { context } = browser();
      const page = await openTab(browser(), '#/technologies');
      await settle(db, page, noFilters());

      await figure(page, 'AI technologies by type')
        .getByRole('button', { name: /^Diagnostic:/ })
        .click();
      await page.waitForURL(/type=Diagnostic/);
      await settle(db, page, { ...noFilters(), type: ['Diagnostic'] });
      await figure(page, /^Most affected workforce groups/)
        .getByRole('button', { name: /^Medic, Clinical Radiology:/ })
        .click();
      await settle(db, page, { ...noFilters(), type: ['Diagnostic'], group: ['Medic, Clinical Radiology'] });
      const cell = figure(page, 'Spread by NHS region and type').getByRole('button', {
        name: /^London, Diagnostic:/,
      });
      await cell.click();
      await page.waitForURL(/region=London/);
      await settle(db, page, chosen);

      const params = new URL(page.url()).hash.split('?')[1];
      expect(new URLSearchParams(params).getAll('type')).toEqual(['Diagnostic']);
      expect(new URLSearchParams(params).getAll('group')).toEqual(['Medic, Clinical Radiology']);
      expect(new URLSearchParams(params).getAll('region')).toEqual(['London']);
      expect(await cell.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.filter-chip').allInnerTexts()).toEqual([
        expect.stringContaining('Diagnostic'),
        expect.stringContaining('Medic, Clinical Radiology'),
        expect.stringContaining('London'),
      ]);
      await expectEveryTable(db, page, chosen);
      // The profile depends on the type alone: for the bundled data it comes from results computed at build
      // time (no query in the browser), and its tables, just read, equal the SQL run here.
      expect(await page.locator('.profile figure[data-source="build"]').count()).toBe(5);
      await expectNoAxeViolations(page);

      const colleague = await context.newPage();
      await colleague.goto(page.url());
      await settle(db, colleague, chosen);
      await expectEveryTable(db, colleague, chosen);
      await colleague.close();

      // A second value of one parameter repeats it; Back undoes one step at a time.
      await figure(page, 'AI technologies by type')
        .getByRole('button', { name: /^Automation\/Service efficiency:/ })
        .click();
      const two = { ...chosen, type: ['Diagnostic', 'Automation/Service efficiency'] };
      await settle(db, page, two);
      expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).getAll('type')).toEqual([
        'Diagnostic',
        'Automation/Service efficiency',
      ]);
      await expectTables(page, await expectedCharts(db, two));
      await page.goBack();
      await settle(db, page, chosen);
      expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).getAll('type')).toEqual([
        'Diagnostic',
      ]);
    },
    LONG,
  );

  it(
    'by keyboard: the same selection with Tab, arrow keys and Enter, and chips removed with the keyboard',
    async () => {
      const page = await openTab(browser(), '#/technologies');
      await settle(db, page, noFilters());
      const active = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

      // The section links move focus to a heading; the next Tab lands on the chart's bars (one tab stop).
      await page.getByRole('button', { name: 'What the technologies are' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await active()).toMatch(/^Diagnostic:/);
      await page.keyboard.press('Enter');
      await settle(db, page, { ...noFilters(), type: ['Diagnostic'] });
      expect(await active()).toMatch(/^Diagnostic:/);

      await page.getByRole('button', { name: 'Who uses them' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // "Show all 155 groups"
      await page.keyboard.press('Tab');
      expect(await active()).toMatch(/^Medic, Clinical Radiology:/);
      // Arrow keys move between bars; Enter on the second, then Space on the first again, leaves only the first.
      await page.keyboard.press('ArrowDown');
      const second = await active();
      expect(second).not.toMatch(/^Medic, Clinical Radiology:/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/group=/);
      await page.keyboard.press('Home');
      expect(await active()).toMatch(/^Medic, Clinical Radiology:/);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await settle(db, page, { ...noFilters(), type: ['Diagnostic'], group: ['Medic, Clinical Radiology'] });

      // Region: the heat map is one tab stop; arrow keys move to London's Diagnostic cell.
      await figure(page, 'Impact on the workforce, the pathway and the system')
        .getByRole('button', { name: 'Download CSV' })
        .focus();
      await page.keyboard.press('Tab');
      expect(await active()).toMatch(/^[^,]+, [^:]+: /);
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 10 && !/^London,/.test(await active()); i++) await page.keyboard.press('ArrowDown');
      for (let i = 0; i < 10 && !/^London, Diagnostic:/.test(await active()); i++)
        await page.keyboard.press('ArrowRight');
      expect(await active()).toMatch(/^London, Diagnostic:/);
      // Tab leaves the map in one step: it is not 42 stops (one per cell) on the way through the page.
      const grid = figure(page, 'Spread by NHS region and type').getByRole('grid');
      expect(await grid.getAttribute('aria-label')).toBe('Filter by NHS region and type');
      expect(await grid.locator('button[tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('Enter');
      await settle(db, page, chosen);
      await expectEveryTable(db, page, chosen);

      // Removing a chip by keyboard moves focus to the next chip.
      await page
        .getByRole('button', { name: 'Remove filter Workforce group: Medic, Clinical Radiology' })
        .focus();
      await page.keyboard.press('Enter');
      const withoutGroup = { ...chosen, group: [] };
      await settle(db, page, withoutGroup);
      expect(await active()).toBe('Remove filter NHS region: London');
      await expectTables(page, await expectedCharts(db, withoutGroup));
      await expectNoAxeViolations(page);
      await page.close();
    },
    LONG,
  );

  it(
    'lists, searches, sorts and downloads the technologies of the selection',
    async () => {
      const f = { ...noFilters(), type: ['Remote monitoring'] };
      const page = await openTab(browser(), '#/technologies?type=Remote+monitoring');
      await settle(db, page, f);
      const ids = await expectedIds(db, f);
      expect(await page.locator('.technology-list tbody th').allInnerTexts()).toEqual(ids);

      await page.getByLabel('Search technologies').fill('WARD');
      const wards = await db.query<{ id: string; name: string }>(
        `SELECT t.technology_id AS id, t.technology_name AS name FROM ai_roadmap_technologies t
       WHERE t.technology_type = 'Remote monitoring'
         AND (lower(t.technology_name) LIKE '%ward%' OR lower(t.technology_subtype) LIKE '%ward%'
              OR lower(t.clinical_area) LIKE '%ward%'
              OR t.technology_id IN (SELECT technology_id FROM ai_roadmap_workforce_groups WHERE lower(workforce_group) LIKE '%ward%')
              OR t.technology_id IN (SELECT technology_id FROM ai_roadmap_points_of_care WHERE lower(point_of_care) LIKE '%ward%'))
       ORDER BY lower(t.technology_name) DESC, t.technology_id`,
      );
      expect(wards.length).toBeGreaterThan(1);
      await page.getByText(`${wards.length} technologies match “WARD”.`).waitFor();
      await page.getByRole('button', { name: /^Name/ }).click();
      await page.getByRole('button', { name: /^Name/ }).click();
      await page.locator('.technology-list th[aria-sort="descending"]').waitFor();
      await expect
        .poll(() => page.locator('.technology-list tbody th').allInnerTexts())
        .toEqual(wards.map((w) => w.id));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download list as CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8')
        .trimEnd()
        .split('\r\n');
      expect(csv[0]).toMatch(/^Technology ID,Name,Technology type,Subtype,Clinical area,Years to deployment/);
      expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(wards.map((w) => w.id));
      await expectNoAxeViolations(page);
      await page.close();
    },
    LONG,
  );
});
