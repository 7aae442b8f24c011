import type { Page, Worker } from 'playwright-core';

/** The page's DuckDB worker: the app names it "duckdb" (src/db/worker-watch.ts). */
export async function duckdbWorker(page: Page): Promise<Worker> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const worker of page.workers()) {
      const name = await worker.evaluate(() => self.name).catch(() => null);
      if (name === 'duckdb') return worker;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The page has no DuckDB worker');
}

/**
 * Ends the DuckDB worker from inside, as a crash would: the worker closes itself, through the debugging protocol
 * that drives the test. Nothing in the app offers a way to do this, so there is no backdoor for users.
 */
export async function killDuckdbWorker(page: Page): Promise<void> {
  const worker = await duckdbWorker(page);
  const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  // The evaluation may or may not get its answer out before the worker is gone.
  await worker.evaluate(() => self.close()).catch(() => undefined);
  await closed;
}

/** Collects the text of every role="alert" element that appears from now on, however briefly. */
export async function recordAlerts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenAlerts: string[] }).seenAlerts = seen;
    const record = () => {
      for (const el of document.querySelectorAll<HTMLElement>('[role="alert"]'))
        if (el.innerText && !seen.includes(el.innerText)) seen.push(el.innerText);
    };
    new MutationObserver(record).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { seenAlerts: string[] }).seenAlerts);
}
