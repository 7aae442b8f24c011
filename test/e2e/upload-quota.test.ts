import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BadFile } from '../fixtures/upload-files';
import { DATASETS_DIR } from '../support/bundled-database';
import { appUrl, withBrowserSession } from './support/session';
import { readStoredUploads } from './support/stored-uploads';
import { chooseFiles, reportOn } from './support/uploads';

/**
 * Issue 9: the browser's storage fills up while an upload is being kept. The upload is still in use, the analyst
 * is told plainly that it could not be kept, and the upload saved before it is still there after a reload, whether
 * the quota runs out writing the new file or writing the list of saved files (the manifest) that names it.
 *
 * The full disk is a test double of the browser's storage API, not of the database: OPFS's createWritable gives a
 * stream whose writes fail with a DOMException named QuotaExceededError, as Chromium's do when the site's quota is
 * used up, and which discard what was written as the real ones do. It is installed in the live page and is gone
 * after a reload, as a full disk would be once space is freed.
 */
const browser = withBrowserSession();
const KEPT = 'Kept in this browser: it will still be in use after a reload.';
const NOT_KEPT =
  /could not be kept for next time: this browser's storage for the site is full\. It is in use now, but after a reload the previous data will be back/;

function icbsFile(name: string, renamed: string): BadFile {
  const lines = readFileSync(`${DATASETS_DIR}/icbs.csv`, 'utf8').trimEnd().split('\n');
  lines[1] = lines[1]!.replace('NHS ', `NHS ${renamed} `);
  return { name, bytes: new TextEncoder().encode(lines.join('\n') + '\n') };
}

/** From now on, OPFS writes fail for lack of space: every file's, or only the manifest's. */
async function fillStorage(page: Page, only?: string): Promise<void> {
  await page.evaluate((onlyName) => {
    const original = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = async function (
      this: FileSystemFileHandle,
      ...args: Parameters<typeof original>
    ) {
      const real = await original.apply(this, args);
      if (onlyName && this.name !== onlyName) return real;
      return new WritableStream({
        // A failed write ends the real stream too, discarding what it wrote, as Chromium's own failure does.
        async write() {
          await real.abort();
          throw new DOMException(
            'The operation failed because it would exceed the quota.',
            'QuotaExceededError',
          );
        },
        close: () => real.close(),
      }) as FileSystemWritableFileStream;
    };
  }, only ?? null);
}

async function upload(page: Page, file: BadFile): Promise<void> {
  await chooseFiles(page, file);
  expect(await (await reportOn(page, file.name, 'status')).innerText()).toContain(
    'loaded into icbs: 42 rows.',
  );
}

async function icbsInUseAfterReload(page: Page): Promise<string> {
  await page.reload();
  // Counting rows loads every table, so the saved upload has been restored (or found wanting) by then.
  await page
    .getByRole('figure', { name: 'Rows per table' })
    .and(page.locator('[data-state="ready"]'))
    .waitFor();
  return page.locator('[data-table="icbs"]').innerText();
}

describe('storage fills up while keeping an upload (#/data)', () => {
  it('keeps the new upload in use for now, says why it is not kept, and the earlier upload survives', async () => {
    const { page } = browser();
    await page.goto(appUrl('#/data'));
    const earlier = icbsFile('icbs-earlier.csv', 'Earlier');
    await upload(page, earlier);
    await page.getByText(KEPT).waitFor();

    await fillStorage(page);
    const later = icbsFile('icbs-later.csv', 'Later');
    await upload(page, later);
    expect(await (await reportOn(page, later.name, 'alert')).innerText()).toMatch(NOT_KEPT);
    expect(await page.locator('[data-table="icbs"]').innerText()).toContain(`Your upload: ${later.name}`);

    expect(await icbsInUseAfterReload(page)).toContain(`Your upload: ${earlier.name}`);
  });

  it('when only the manifest cannot be written, the earlier upload is still listed and nothing is left over', async () => {
    const { page } = browser();
    await fillStorage(page, 'manifest.json');
    const later = icbsFile('icbs-later-again.csv', 'Later again');
    await upload(page, later);
    expect(await (await reportOn(page, later.name, 'alert')).innerText()).toMatch(NOT_KEPT);

    expect(await icbsInUseAfterReload(page)).toContain('Your upload: icbs-earlier.csv');
    const stored = await readStoredUploads(page);
    expect(stored.manifest.map((t) => t.fileName)).toEqual(['icbs-earlier.csv']);
    expect(Object.keys(stored.files).sort()).toEqual(['manifest.json', ...stored.manifest[0]!.keys].sort());
  });
});
