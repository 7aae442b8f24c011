import type { FileChooser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { badFiles, unknownCsv, type BadFile } from '../fixtures/upload-files';
import { load } from '../support/bundled-database';
import { expectedCharts, noFilters, tableCells } from '../support/technologies-expected';
import { figure, waitForChart } from './support/figures';
import { focused, hasVisibleFocus, named, tabUntil } from './support/keyboard';
import { appUrl, expectNoAxeViolations, withBrowserSession } from './support/session';
import { openRoadmapDatabase, settle } from './support/technologies-page';
import { reportOn } from './support/uploads';

/**
 * DESIGN.md section 5: every task done with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing;
 * no clicks and no fills), with focus visible on every control used, and axe run in each state reached. The
 * tests are one journey through the app in one tab: each starts where the last one left focus.
 */
const browser = withBrowserSession();
const GROUPS = /^Most affected workforce groups/;
const TYPES = /^AI technologies by type$/;
const ARCHETYPES = /^Staff meeting their capability target, by archetype$/;
const SPC = /Staff meeting their capability target over time/;

let db: Connector;
let demand: { year: number; wte: number }[];
beforeAll(async () => {
  db = await openRoadmapDatabase();
  await load(db, ['digital_workforce_projection']);
  demand = await db.query(
    `SELECT year::INTEGER AS year, sum(wte)::DOUBLE AS wte FROM digital_workforce_projection
     WHERE scenario = 'Digital transformation' GROUP BY 1 ORDER BY 1`,
  );
});

/**
 * The 2030 shortfall at a leaver rate, with the default joiners (5,000 WTE a year), from the supply recurrence
 * written out here: supply(next) = supply x (1 - leave) + joiners, starting from 2020's demand.
 */
function shortfall2030(leave: number): string {
  let supply = demand[0]!.wte;
  for (let i = 1; i < demand.length; i++) supply = supply * (1 - leave / 100) + 5_000;
  return Math.round(demand.at(-1)!.wte - supply).toLocaleString('en-GB');
}

/** The rows of a figure's data table as shown, read from the page (reading is not operating). */
function shownRows(frame: Locator): Promise<string[][]> {
  return frame
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText.trim())),
    );
}

const view = (page: Page) => new URL(page.url()).hash;

/** Moves back to a link in the navigation with Shift+Tab and follows it with Enter. */
async function goByNav(page: Page, label: string, hash: RegExp): Promise<void> {
  await tabUntil(page, named(new RegExp(`^${label}$`)), { backwards: true });
  expect(await hasVisibleFocus(page), `focus shown on the ${label} link`).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(hash);
}

/** Activates the focused file input with a key, which opens the file chooser a person would pick from. */
async function chooseWithKey(page: Page, key: 'Enter' | 'Space', file: BadFile): Promise<void> {
  const [chooser]: [FileChooser, void] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press(key),
  ]);
  await chooser.setFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.bytes) });
}

describe('a keyboard-only journey through every view', () => {
  it('moves through the navigation from the board to #/technologies', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/'));
    await waitForChart(page, SPC);
    // The first Tab reaches the skip link, then the views.
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip to main content');
    expect(await hasVisibleFocus(page)).toBe(true);
    await tabUntil(page, named(/^Affected groups$/), { max: 8 });
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/technologies$/);
    await settle(db, page, noFilters());
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });

  it('opens a chart table, filters by a bar, and the other chart and the URL follow', async () => {
    const { page } = browser();
    await tabUntil(page, named(/^Diagnostic:/, TYPES));
    expect(await hasVisibleFocus(page), 'the focused bar shows its focus band').toBe(true);
    // On to another chart's "Show table", open it and read it.
    await tabUntil(page, named(/^Show table$/, GROUPS));
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press('Enter');
    const groups = figure(page, GROUPS);
    await groups.getByRole('table').waitFor();
    const before = await shownRows(groups);
    const charts = await expectedCharts(db, noFilters());
    expect(before).toEqual(charts.find((c) => c.name === 'group')!.rows.map(tableCells));

    // Back to the bar with Shift+Tab; Enter selects it.
    await tabUntil(page, named(/^Diagnostic:/, TYPES), { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(/type=Diagnostic/);
    const diagnostic = { ...noFilters(), type: ['Diagnostic'] };
    await settle(db, page, diagnostic);
    expect((await focused(page)).name).toMatch(/^Diagnostic:/);
    const expected = (await expectedCharts(db, diagnostic)).find((c) => c.name === 'group')!.rows;
    // The table stayed open and now shows the filtered numbers.
    await expect.poll(() => shownRows(groups)).toEqual(expected.map(tableCells));
    expect(expected.map(tableCells)).not.toEqual(before);
    await expectNoAxeViolations(browser());
  });

  it('changes a filter on #/capabilities with the arrow keys', async () => {
    const { page } = browser();
    await goByNav(page, 'Capability gaps', /#\/capabilities$/);
    await waitForChart(page, ARCHETYPES);
    await tabUntil(page, named(/^Show table$/, ARCHETYPES));
    await page.keyboard.press('Enter');
    const archetypes = figure(page, ARCHETYPES);
    await archetypes.getByRole('table').waitFor();
    const before = await shownRows(archetypes);

    await tabUntil(page, named(/^Region$/), { backwards: true });
    expect(await hasVisibleFocus(page)).toBe(true);
    // On a closed select, an arrow key chooses the next option (Chromium on Linux and Windows).
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/region=/);
    const region = new URLSearchParams(view(page).split('?')[1]).get('region');
    // The select shows the URL's value once the view has drawn it (the URL changes first), and keeps the focus.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value))
      .toBe(region);
    await expect.poll(() => shownRows(archetypes)).not.toEqual(before);
    await page.locator('figure[aria-busy="true"]').first().waitFor({ state: 'detached' });
    await expectNoAxeViolations(browser());
  });

  it('changes an assumption on #/projection by typing, and the gap changes', async () => {
    const { page } = browser();
    await goByNav(page, 'Workforce projection', /#\/projection$/);
    const status = page.locator('.supply-layout [role="status"]');
    await expect.poll(() => status.innerText()).toContain(`${shortfall2030(8)} WTE short`);
    await tabUntil(page, named(/^Annual leaver rate/));
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.waitForURL(/leave=12/);
    await expect.poll(() => status.innerText()).toContain(`${shortfall2030(12)} WTE short`);
    await page.locator('figure[aria-busy="true"]').first().waitFor({ state: 'detached' });
    await expectNoAxeViolations(browser());
  });

  it('uploads files on #/data from the keyboard and hears the status and the alert', async () => {
    const { page } = browser();
    await goByNav(page, 'Data', /#\/data$/);
    // Playwright starts intercepting file choosers when the first listener is added, asynchronously; a
    // listener for the whole test turns it on before any key is pressed, so no chooser slips past.
    const keepIntercepting = () => undefined;
    page.on('filechooser', keepIntercepting);
    await tabUntil(page, named(/^Choose CSV files$/));
    expect(await hasVisibleFocus(page)).toBe(true);
    const good = unknownCsv();
    await chooseWithKey(page, 'Space', good);
    expect(await (await reportOn(page, good.name, 'status')).innerText()).toContain(
      'loaded as a table of its own, local_waiting_list_2024: 40 rows.',
    );
    // Focus is still on the input, so the next file is one key away.
    expect((await focused(page)).name).toBe('Choose CSV files');
    const empty = badFiles.empty();
    await chooseWithKey(page, 'Enter', empty);
    expect(await (await reportOn(page, empty.name, 'alert')).innerText()).toMatch(/The file is empty/);
    page.off('filechooser', keepIntercepting);
    await expectNoAxeViolations(browser());
  });

  it('changes the board scope from the keyboard, and the board prints without its controls', async () => {
    const { page } = browser();
    await goByNav(page, 'Board summary', /#\/$/);
    await waitForChart(page, SPC);
    await tabUntil(page, named(/^Summary for$/));
    expect(await hasVisibleFocus(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/[?&](region|icb)=/);
    await page.getByRole('heading', { level: 1, name: /^AI and digital readiness: (?!England)/ }).waitFor();
    await waitForChart(page, SPC);
    await expectNoAxeViolations(browser());

    // Printing is the browser's own command (there is no print button); the print stylesheet drops the
    // navigation and every control, and what remains must still pass axe.
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
      expect(await page.getByLabel('Summary for').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Show table' }).first().isVisible()).toBe(false);
      await expectNoAxeViolations(browser());
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
