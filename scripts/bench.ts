/**
 * `npm run bench`: builds the app and measures it in headless Chromium against the production build
 * (DESIGN.md section 6). Prints one JSON object. Every cold load uses a fresh browser profile.
 *
 * Measured per run, from navigation start:
 *   first_chart_ms     the first chart with real numbers drawn (the app's `first-chart` performance mark)
 *   duckdb_ready_ms    DuckDB-wasm started and connected (the app's `duckdb-ready` mark)
 *   bare_duckdb_ms     a bare page that only starts DuckDB-wasm from the same files, the reference
 *
 * And the upload of a 1,000,000-row assessments CSV (generated into a temp dir), from the file input's change
 * event to the file validated and committed (the app's `upload-saving` mark, after which it is queryable), driven
 * through the real file input on #/data; against the bare page loading the same file with registerFileHandle
 * and read_csv with explicit types and no checks (`bare-csv-loaded`), alternating, fresh profile each time.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './lib/chromium';
import { buildApp, startPreview } from './lib/preview-server';
import { MILLION, writeMillionRowFile } from './bench/million-rows';

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

async function coldLoad<T>(url: string, measure: (page: Page) => Promise<T>) {
  const chromium = await launchChromium();
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
    // Script end times as milliseconds since navigation, like the performance marks.
    return { result, scripts: scripts.map((s) => ({ url: s.url, end: s.end - timeOrigin })) };
  } finally {
    await chromium.close();
  }
}

/** Gzipped size of the built JavaScript files the page loaded before its first chart. */
function gzipBytes(scripts: { url: string; end: number }[], firstChartMs: number): number {
  const files = new Set(
    scripts
      .filter((s) => s.end <= firstChartMs)
      .map((s) => path.join(DIST, decodeURIComponent(new URL(s.url).pathname))),
  );
  let total = 0;
  for (const file of files)
    if (statSync(file, { throwIfNoEntry: false })) total += gzipSync(readFileSync(file)).length;
  return total;
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

async function uploadRuns(serverUrl: string) {
  const file = writeMillionRowFile(ROOT);
  const fileMb = round(statSync(file).size / 2 ** 20);
  const upload: number[] = [];
  const bare: number[] = [];
  try {
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
    }
  } finally {
    rmSync(path.dirname(file), { recursive: true, force: true });
  }
  return {
    rows: MILLION,
    file_mb: fileMb,
    upload_ms: { median: round(median(upload)), runs: upload.map(round) },
    bare_read_csv_ms: { median: round(median(bare)), runs: bare.map(round) },
    upload_to_bare_ratio: Math.round((100 * median(upload)) / median(bare)) / 100,
  };
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) buildApp();
  await buildBarePage();
  const server = await startPreview();
  try {
    const firstChart: number[] = [];
    const duckdbReady: number[] = [];
    const bare: number[] = [];
    const jsBytes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate app and bare loads so that machine noise falls on both alike.
      const app = await coldLoad(`${server.url}/#/`, async (page) => ({
        firstChart: await markTime(page, 'first-chart'),
        duckdbReady: await markTime(page, 'duckdb-ready'),
      }));
      firstChart.push(app.result.firstChart);
      duckdbReady.push(app.result.duckdbReady);
      jsBytes.push(gzipBytes(app.scripts, app.result.firstChart));
      const reference = await coldLoad(`${server.url}/__bench/bare.html`, async (page) => ({
        ready: await markTime(page, 'duckdb-ready'),
      }));
      bare.push(reference.result.ready);
    }
    const upload = UPLOAD_RUNS > 0 ? await uploadRuns(server.url) : null;
    const summary = {
      machine: {
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model ?? 'unknown',
        memory_gb: round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      runs: RUNS,
      first_chart_ms: { median: round(median(firstChart)), runs: firstChart.map(round) },
      duckdb_ready_ms: { median: round(median(duckdbReady)), runs: duckdbReady.map(round) },
      bare_duckdb_start_ms: { median: round(median(bare)), runs: bare.map(round) },
      first_chart_to_bare_ratio: Math.round((100 * median(firstChart)) / median(bare)) / 100,
      js_before_first_chart_gzip_kb: round(median(jsBytes) / 1024),
      upload_1m_rows: upload,
    };
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    server.stop();
  }
}

await main();
