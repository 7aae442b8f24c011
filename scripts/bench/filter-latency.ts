import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';

/** One filter change, in milliseconds from the URL change. */
export interface FilterStep {
  /** The view and filters stepped to. */
  readonly hash: string;
  /** Every query answered and every chart on screen drawn with the new numbers, and painted: the target's measure. */
  readonly settled: number;
  /** Every chart of the view drawn, those off screen included (they follow the on-screen ones, see use-visible-first.ts). */
  readonly allDrawn: number;
  /** From the first analysis query sent to the last one answered: the engine's part, overlapping the drawing. */
  readonly queries: number;
}

/**
 * Filter latency as a planner feels it: from the URL change that a click on a bar makes to the charts on the
 * screen drawn with the new numbers. The app marks `view-settled` when its last analysis query has its result
 * (src/app/settled-mark.tsx); a figure says data-drawn="pending" until it shows the latest numbers it was given.
 * The step ends at the next animation frame after both hold for the figures on screen; it goes on to time the
 * figures off screen too.
 *
 * Each step is a filter state not seen before in the session, so no step is answered from the query cache: these
 * are the cold numbers, the worst a user meets.
 */
export async function timeFilterSteps(page: Page, hashes: readonly string[]): Promise<FilterStep[]> {
  const steps: FilterStep[] = [];
  for (const hash of hashes) {
    const start = await page.evaluate((next) => {
      const at = performance.now();
      window.location.hash = next;
      return at;
    }, hash);
    steps.push({ hash, ...(await timeStep(page, start)) });
  }
  return steps;
}

/** How long a pointer rests on a bar before the click, in the clicks timed after pointing (a deliberate click). */
export const POINTER_REST_MS = 300;

/** A bar or heat-map cell to click: the figure's title and how the button's accessible name starts. */
export interface ClickTarget {
  readonly figure: string | RegExp;
  readonly button: string;
}

/**
 * Clicks as a planner makes them, from the unfiltered view: the pointer moves onto a bar, rests there for
 * `restMs` (0: clicks at once), and clicks. Timed from the click event to the same end as timeFilterSteps. The
 * rest lets the app compute the view ahead (src/data/intent-prefetch.tsx); without it, the click is cold.
 */
export async function timeClickSteps(
  page: Page,
  view: string,
  targets: readonly ClickTarget[],
  restMs: number,
): Promise<FilterStep[]> {
  const steps: FilterStep[] = [];
  for (const target of targets) {
    await page.mouse.move(0, 0);
    await page.evaluate((hash) => (window.location.hash = hash), view);
    await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
    const button = page
      .getByRole('figure', { name: target.figure })
      .getByRole('button', { name: new RegExp(`^${target.button.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) throw new Error(`No box for ${target.button}`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    if (restMs > 0) await page.waitForTimeout(restMs);
    await page.evaluate(() =>
      window.addEventListener(
        'click',
        (event) => performance.mark('bench-click', { startTime: event.timeStamp }),
        {
          capture: true,
          once: true,
        },
      ),
    );
    await page.mouse.click(x, y);
    const start = await page.evaluate(
      () => performance.getEntriesByName('bench-click').at(-1)?.startTime ?? NaN,
    );
    const step = await timeStep(page, start);
    steps.push({ hash: await page.evaluate(() => window.location.hash), ...step });
  }
  await page.mouse.move(0, 0);
  return steps;
}

/** From `start` to the charts on screen drawn, to every chart drawn, and the engine's part in between. */
async function timeStep(page: Page, start: number): Promise<Omit<FilterStep, 'hash'>> {
  const settled = await page.waitForFunction(
    (after) => {
      if (!performance.getEntriesByName('view-settled').some((m) => m.startTime > after)) return null;
      const pendingOnScreen = [...document.querySelectorAll('figure[data-drawn="pending"]')].some((f) => {
        const box = f.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      return pendingOnScreen
        ? null
        : new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    },
    start,
    { polling: 'raf', timeout: 30_000 },
  );
  const allDrawn = await page.waitForFunction(
    () =>
      document.querySelector('main [aria-busy="true"]')
        ? null
        : new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  const queries = await page.evaluate((after) => {
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('query ') && m.startTime >= after);
    if (measures.length === 0) return 0;
    return (
      Math.max(...measures.map((m) => m.startTime + m.duration)) -
      Math.min(...measures.map((m) => m.startTime))
    );
  }, start);
  return {
    settled: Number(await settled.jsonValue()) - start,
    allDrawn: Number(await allDrawn.jsonValue()) - start,
    queries,
  };
}

/** Brings the view's first chart to the top of the screen, where a planner about to click a bar would be looking. */
export async function scrollToCharts(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('main figure')?.scrollIntoView({ block: 'start' }));
}

/** Waits until the view's queries have all answered once, so the steps that follow start from a settled page. */
export async function waitForSettledView(page: Page): Promise<void> {
  await page.locator('figure[data-state="ready"]').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('figure[data-state="loading"]').length === 0,
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForFunction(() => performance.getEntriesByName('view-settled').length > 0, null, {
    timeout: 60_000,
  });
}

function distinctValues(root: string, table: string, column: string): string[] {
  const text = readFileSync(path.join(root, 'datasets', `${table}.csv`), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row[column];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  // Most frequent first: the bars a planner is most likely to click.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}

const hashWith = (view: string, params: [string, string][]) =>
  `#/${view}?${new URLSearchParams(params).toString()}`;

/** Single filters then pairs of filters on #/technologies, as a planner clicking through the charts would. */
export function technologySteps(root: string): string[] {
  const types = distinctValues(root, 'ai_roadmap_technologies', 'technology_type');
  const groups = distinctValues(root, 'ai_roadmap_workforce_groups', 'workforce_group').slice(0, 4);
  const regions = distinctValues(root, 'icbs', 'region');
  const steps: [string, string][][] = [
    ...types.map((t): [string, string][] => [['type', t]]),
    ...groups.map((g): [string, string][] => [['group', g]]),
    ...regions.map((r): [string, string][] => [['region', r]]),
    ...types.slice(0, 3).map((t, i): [string, string][] => [
      ['type', t],
      ['region', regions[i]!],
    ]),
  ];
  return steps.map((params) => hashWith('technologies', params));
}

/**
 * One click each from the unfiltered #/technologies: every type bar, the largest workforce groups' bars, and
 * every region's cell of the region-by-type map (in the largest type's column, a pair of filters).
 */
export function technologyClickTargets(root: string): ClickTarget[] {
  const types = distinctValues(root, 'ai_roadmap_technologies', 'technology_type');
  const groups = distinctValues(root, 'ai_roadmap_workforce_groups', 'workforce_group').slice(0, 4);
  const regions = distinctValues(root, 'icbs', 'region');
  return [
    ...types.map((t) => ({ figure: 'AI technologies by type', button: `${t}:` })),
    ...groups.map((g) => ({ figure: /^Most affected workforce groups/, button: `${g}:` })),
    ...regions.map((r) => ({ figure: 'Spread by NHS region and type', button: `${r}, ${types[0]!}:` })),
  ];
}

/** Archetypes, regions, ICBs and a pair on #/capabilities. */
export function capabilitySteps(root: string): string[] {
  const archetypes = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'];
  const regions = distinctValues(root, 'icbs', 'region');
  const icbs = distinctValues(root, 'capability_assessments', 'icb_code').slice(0, 4);
  const steps: [string, string][][] = [
    ...archetypes.map((a): [string, string][] => [['archetype', a]]),
    ...regions.map((r): [string, string][] => [['region', r]]),
    ...icbs.map((i): [string, string][] => [['icb', i]]),
    ...archetypes.slice(0, 3).map((a, i): [string, string][] => [
      ['archetype', a],
      ['region', regions[i]!],
    ]),
  ];
  return steps.map((params) => hashWith('capabilities', params));
}
