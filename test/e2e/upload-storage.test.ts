import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR } from '../support/bundled-database';
import { appUrl, withBrowserSession } from './support/session';
import { reportOn, chooseFiles } from './support/uploads';

/**
 * A browser whose storage for the site is full: the upload is still loaded and in use, the analyst is told in
 * plain words that it will not survive a reload and what to do, and nothing half-saved is restored later.
 */
const browser = withBrowserSession();

describe('uploading when browser storage is full (#/data)', () => {
  it('keeps the upload in use, explains the quota, and after a reload the bundled data is back', async () => {
    const { page } = browser();
    // The browser reports almost no room left for this site (as it does when its quota is used up).
    await page.addInitScript(() => {
      const storage = navigator.storage;
      storage.estimate = () => Promise.resolve({ quota: 10 * 1024 * 1024, usage: 10 * 1024 * 1024 - 1000 });
    });
    await page.goto(appUrl('#/data'));
    const lines = readFileSync(`${DATASETS_DIR}/icbs.csv`, 'utf8').trimEnd().split('\n');
    lines[1] = lines[1]!.replace('NHS ', 'NHS Renamed ');
    const file = { name: 'icbs-renamed.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') };
    await chooseFiles(page, file);
    expect(await (await reportOn(page, file.name, 'status')).innerText()).toContain(
      'loaded into icbs: 42 rows.',
    );
    const alert = await reportOn(page, file.name, 'alert');
    expect(await alert.innerText()).toMatch(
      /could not be kept for next time: this browser's storage for the site is full \(1,000 bytes free, [\d.]+ kB needed\)\. It is in use now, but after a reload the previous data will be back/,
    );
    expect(await page.locator('[data-table="icbs"]').innerText()).toContain('Your upload: icbs-renamed.csv');

    await page.reload();
    await page.locator('figure[data-state="ready"]').first().waitFor();
    expect(await page.locator('.provenance-marker').getAttribute('data-source')).toBe('bundled');
    expect(await page.locator('[data-table="icbs"]').getAttribute('data-source')).toBe('bundled');
  });
});
