/**
 * `npm run bench`: builds the app and measures it in headless Chromium against the production build
 * (DESIGN.md section 6). Prints one JSON object, ending with each target of section 6 and whether it was met.
 * Every cold load uses a fresh browser profile.
 *
 * Measured per run, from navigation start:
 *   first_chart_ms     the first chart with real numbers drawn (the app's `first-chart` performance mark)
 *   duckdb_ready_ms    DuckDB-wasm started and connected (the app's `duckdb-ready` mark)
 *   bare_duckdb_ms     a bare page that only starts DuckDB-wasm from the same files, the reference
 *   js_*_gzip_kb       the JavaScript loaded before the first chart: what it needed, and all (with DuckDB's)
 *
 * Filter changes (scripts/bench/filter-latency.ts), with the view scrolled to its first chart: p50 and p95 from a
 * URL change to the charts on screen redrawn (the target's measure), to every chart of the view redrawn, and of
 * the engine's part, on the bundled data and on a 1,000,000-row uploaded assessments table, with the renderer's
 * peak memory. And clicks on #/technologies' bars and cells as a planner makes them, from the click to the same end:
 * clicked at once (cold), and after the pointer rested on the bar for 300 ms (the app computes the view ahead).
 *
 * And a returning visitor (the same profile twice): DuckDB ready and the #/technologies filter steps, on the first
 * visit and on the second, which starts with the wasm's compiled code from the browser's cache. And the same
 * steps on a first visit after the planner has read the view for a few seconds (the app warms the engine then).
 *
 * And the upload of a 1,000,000-row assessments CSV (generated into a temp dir), from the file input's change
 * event to the file validated and committed (the app's `upload-saving` mark, after which it is queryable), driven
 * through the real file input on #/data; against the bare page loading the same file with registerFileHandle
 * and read_csv with explicit types and no checks (`bare-csv-loaded`), alternating, fresh profile each time.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './lib/chromium';
import { buildApp, startPreview } from './lib/preview-server';
import {
  capabilitySteps,
  POINTER_REST_MS,
  scrollToCharts,
  technologyClickTargets,
  technologySteps,
  timeClickSteps,
  timeFilterSteps,
  waitForSettledView,
  type FilterStep,
} from './bench/filter-latency';
import { MILLION, writeMillionRowFile } from './bench/million-rows';
import { peakRendererMemoryMb } from './bench/peak-memory';
import { checkTargets } from './bench/targets';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UPLOAD_RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const latency = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  steps: values.length,
});
/** The charts on screen (the target's measure), every chart of the view, and the engine's part of it. */
const stepLatency = (steps: FilterStep[]) => ({
  ...latency(steps.map((s) => s.settled)),
  all_charts: latency(steps.map((s) => s.allDrawn)),
  queries: latency(steps.map((s) => s.queries)),
  // Which filter states the tail is made of.
  slowest: [...steps]
    .sort((a, b) => b.settled - a.settled)
    .slice(0, 3)
    .map((s) => ({ hash: s.hash, ms: round(s.settled), queries_ms: round(s.queries) })),
});

async function markTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    name,
    { timeout: timeoutMs, polling: 5 },
  );
  return Number(await handle.jsonValue());
}

/** Builds the reference page (scripts/bench/bare.html) into the app's build, so it is served from the same origin. */
async function buildBarePage(): Promise<void> {
  await build({
    root: path.join(ROOT, 'scripts/bench'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(DIST, '__bench'),
      emptyOutDir: true,
      rollupOptions: { input: path.join(ROOT, 'scripts/bench/bare.html') },
    },
  });
}

/** Loads `url` in a fresh profile (a cold load), or in `reuseProfile` (a returning visitor), and measures it. */
async function coldLoad<T>(url: string, measure: (page: Page) => Promise<T>, reuseProfile?: string) {
  const chromium = await launchChromium(undefined, reuseProfile);
  try {
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    const scripts: { url: string; end: number }[] = [];
    page.on('requestfinished', (request) => {
      // Playwright gives responseEnd relative to the request's own start (epoch ms).
      const timing = request.timing();
      if (request.resourceType() === 'script')
        scripts.push({ url: request.url(), end: timing.startTime + timing.responseEnd });
    });
    await page.goto(url);
    const result = await measure(page);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    return {
      result,
      // Script end times as milliseconds since navigation, like the performance marks.
      scripts: scripts.map((s) => ({ url: s.url, end: s.end - timeOrigin })),
      peakMemoryMb: peakRendererMemoryMb(chromium.profileDir),
    };
  } finally {
    await chromium.close();
  }
}

/**
 * The files DuckDB's start brings in (engine.ts imports browser-connector lazily; it starts the worker). They
 * download in parallel with the first render, which does not wait for them, so they are counted apart.
 */
const isEngineScript = (url: string) => /\/(browser-connector|duckdb-browser-[a-z]+\.worker)[-.]/.test(url);

/**
 * Gzipped size of the built JavaScript files the page loaded before its first chart: all of them, and those the
 * first chart needed (all but the engine's, which load alongside).
 */
function gzipKb(scripts: { url: string; end: number }[], firstChartMs: number) {
  const before = scripts.filter((s) => s.end <= firstChartMs);
  const size = (urls: string[]) => {
    let total = 0;
    for (const file of new Set(urls.map((u) => path.join(DIST, decodeURIComponent(new URL(u).pathname)))))
      if (statSync(file, { throwIfNoEntry: false })) total += gzipSync(readFileSync(file)).length;
    return total / 1024;
  };
  return {
    all: size(before.map((s) => s.url)),
    needed: size(before.map((s) => s.url).filter((u) => !isEngineScript(u))),
  };
}

/** Milliseconds from choosing `file` in `input` to the page's `endMark`. */
async function timeFileLoad(page: Page, input: string, file: string, endMark: string): Promise<number> {
  await page.evaluate((selector) => {
    document
      .querySelector(selector)
      ?.addEventListener('change', () => performance.mark('file-chosen'), { capture: true, once: true });
  }, input);
  await page.locator(input).setInputFiles(file);
  const end = await markTime(page, endMark, 120_000);
  return end - (await markTime(page, 'file-chosen'));
}

async function uploadRuns(serverUrl: string, file: string) {
  const upload: number[] = [];
  const bare: number[] = [];
  const memory: (number | null)[] = [];
  for (let run = 0; run < UPLOAD_RUNS; run++) {
    const app = await coldLoad(`${serverUrl}/#/data`, async (page) => {
      // Every bundled table is loaded once the data view's chart has real numbers.
      await page.locator('figure[data-state="ready"]').first().waitFor({ timeout: 60_000 });
      return timeFileLoad(page, 'input[type="file"]', file, 'upload-saving');
    });
    upload.push(app.result);
    const reference = await coldLoad(`${serverUrl}/__bench/bare.html`, async (page) => {
      await markTime(page, 'duckdb-ready');
      return timeFileLoad(page, '#csv', file, 'bare-csv-loaded');
    });
    bare.push(reference.result);
    memory.push(app.peakMemoryMb);
  }
  return {
    rows: MILLION,
    file_mb: round(statSync(file).size / 2 ** 20),
    upload_ms: { median: round(median(upload)), runs: upload.map(round) },
    bare_read_csv_ms: { median: round(median(bare)), runs: bare.map(round) },
    upload_to_bare_ratio: Math.round((100 * median(upload)) / median(bare)) / 100,
    peak_renderer_memory_mb: maxOf(memory),
  };
}

const maxOf = (values: (number | null)[]) =>
  values.some((v) => v !== null) ? Math.max(...values.map((v) => v ?? 0)) : null;

/**
 * Filter changes on bundled data (#/technologies then #/capabilities in one session) and on a 1,000,000-row
 * uploaded assessments table (#/capabilities after the upload), each in a fresh profile.
 */
async function filterRuns(serverUrl: string, file: string) {
  const bundled = await coldLoad(`${serverUrl}/#/technologies`, async (page) => {
    await waitForSettledView(page);
    await scrollToCharts(page);
    const times = await timeFilterSteps(page, technologySteps(ROOT));
    await page.evaluate(() => (window.location.hash = '#/capabilities'));
    await waitForSettledView(page);
    await scrollToCharts(page);
    return [...times, ...(await timeFilterSteps(page, capabilitySteps(ROOT)))];
  });
  const million = await coldLoad(`${serverUrl}/#/data`, async (page) => {
    await waitForSettledView(page);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /1,000,000 rows/ })
      .waitFor({ timeout: 120_000 });
    await page.evaluate(() => (window.location.hash = '#/capabilities'));
    await waitForSettledView(page);
    await scrollToCharts(page);
    return timeFilterSteps(page, capabilitySteps(ROOT));
  });
  const clicks = async (restMs: number) =>
    (
      await coldLoad(`${serverUrl}/#/technologies`, async (page) => {
        await waitForSettledView(page);
        return timeClickSteps(page, '#/technologies', technologyClickTargets(ROOT), restMs);
      })
    ).result;
  const atOnce = await clicks(0);
  const afterRest = await clicks(POINTER_REST_MS);
  return {
    bundled_ms: stepLatency(bundled.result),
    bundled_clicks_ms: {
      at_once: stepLatency(atOnce),
      [`after_${POINTER_REST_MS}_ms_pointer_rest`]: stepLatency(afterRest),
    },
    uploaded_1m_rows_ms: stepLatency(million.result),
    peak_renderer_memory_mb: { bundled: bundled.peakMemoryMb, uploaded_1m_rows: million.peakMemoryMb },
  };
}

/** How long a returning visitor's browser is left open after the filters, for it to write its code cache. */
const CODE_CACHE_WRITE_MS = 3000;

/**
 * A returning visitor: one profile opens #/technologies twice, stepping through the same filter states each
 * time (a new page, so no query is answered from the first visit's results). The second visit starts from the
 * browser's cache: the files, and the machine code it compiled from DuckDB's wasm on the first visit, which
 * spares it compiling that code again while the planner filters (scripts/lib/immutable-assets-plugin.ts).
 */
async function returningVisit(serverUrl: string) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-returning-'));
  try {
    const visit = () =>
      coldLoad(
        `${serverUrl}/#/technologies`,
        async (page) => {
          await waitForSettledView(page);
          const duckdbReady = await markTime(page, 'duckdb-ready');
          await scrollToCharts(page);
          const steps = await timeFilterSteps(page, technologySteps(ROOT));
          await page.waitForTimeout(CODE_CACHE_WRITE_MS);
          return { duckdbReady, steps };
        },
        profile,
      );
    const first = (await visit()).result;
    const second = (await visit()).result;
    return {
      first_visit: {
        duckdb_ready_ms: round(first.duckdbReady),
        technologies_ms: latency(first.steps.map((s) => s.settled)),
      },
      second_visit: {
        duckdb_ready_ms: round(second.duckdbReady),
        technologies_ms: latency(second.steps.map((s) => s.settled)),
      },
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** How long the planner reads the first view before filtering, in `afterReading`. */
const READING_MS = 3000;

/**
 * A first visit (fresh profile) where the planner reads #/technologies for a few seconds before stepping through
 * the same filter states as the returning visit's: the app warms DuckDB's code meanwhile (engine-warm-up.ts),
 * which the other runs, clicking at once, leave no time for. Compare with returning_visit.first_visit.
 */
async function afterReading(serverUrl: string) {
  const { result } = await coldLoad(`${serverUrl}/#/technologies`, async (page) => {
    await waitForSettledView(page);
    await markTime(page, 'duckdb-ready');
    await scrollToCharts(page);
    await page.waitForTimeout(READING_MS);
    return timeFilterSteps(page, technologySteps(ROOT));
  });
  return { reading_ms: READING_MS, technologies_ms: latency(result.map((s) => s.settled)) };
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) buildApp();
  await buildBarePage();
  const server = await startPreview();
  try {
    const firstChart: number[] = [];
    const duckdbReady: number[] = [];
    const bare: number[] = [];
    const jsKb: { all: number; needed: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate app and bare loads so that machine noise falls on both alike.
      const app = await coldLoad(`${server.url}/#/`, async (page) => ({
        firstChart: await markTime(page, 'first-chart'),
        duckdbReady: await markTime(page, 'duckdb-ready'),
      }));
      firstChart.push(app.result.firstChart);
      duckdbReady.push(app.result.duckdbReady);
      jsKb.push(gzipKb(app.scripts, app.result.firstChart));
      const reference = await coldLoad(`${server.url}/__bench/bare.html`, async (page) => ({
        ready: await markTime(page, 'duckdb-ready'),
      }));
      bare.push(reference.result.ready);
    }
    const file = writeMillionRowFile(ROOT);
    let upload = null;
    let filters = null;
    let returning = null;
    let reading = null;
    try {
      if (!process.env.BENCH_SKIP_FILTERS) {
        filters = await filterRuns(server.url, file);
        returning = await returningVisit(server.url);
        reading = await afterReading(server.url);
      }
      if (UPLOAD_RUNS > 0) upload = await uploadRuns(server.url, file);
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
    const firstChartMs = median(firstChart);
    const firstChartToBare = Math.round((100 * firstChartMs) / median(bare)) / 100;
    const jsNeededKb = round(median(jsKb.map((j) => j.needed)));
    const summary = {
      machine: {
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model ?? 'unknown',
        memory_gb: round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      runs: RUNS,
      first_chart_ms: { median: round(firstChartMs), runs: firstChart.map(round) },
      duckdb_ready_ms: { median: round(median(duckdbReady)), runs: duckdbReady.map(round) },
      bare_duckdb_start_ms: { median: round(median(bare)), runs: bare.map(round) },
      first_chart_to_bare_ratio: firstChartToBare,
      js_first_chart_needs_gzip_kb: jsNeededKb,
      js_loaded_before_first_chart_gzip_kb: round(median(jsKb.map((j) => j.all))),
      filter_change: filters,
      returning_visit: returning,
      first_visit_after_reading: reading,
      upload_1m_rows: upload,
      targets: checkTargets({
        firstChartMs,
        firstChartToBare,
        duckdbReadyMs: median(duckdbReady),
        jsNeededKb,
        filterBundledP95Ms: filters?.bundled_ms.p95 ?? null,
        filterUploadedP95Ms: filters?.uploaded_1m_rows_ms.p95 ?? null,
        uploadMs: upload?.upload_ms.median ?? null,
        uploadToBare: upload?.upload_to_bare_ratio ?? null,
      }),
    };
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    server.stop();
  }
}

await main();
