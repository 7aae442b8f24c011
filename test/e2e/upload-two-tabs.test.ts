import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { improvedLatestRound, type BadFile } from '../fixtures/upload-files';
import { DATASETS_DIR } from '../support/bundled-database';
import { byFirstCell, readFigureTable } from './support/figures';
import { appUrl, withBrowserSession } from './support/session';
import { readStoredUploads } from './support/stored-uploads';
import { chooseFiles, reportOn } from './support/uploads';

/**
 * Issue 9: two tabs of the site share its saved uploads. Each uploads a different table at the same moment; both
 * uploads are kept whole (the manifest lists both, each file complete, nothing left over), the localStorage copy
 * agrees with OPFS, each tab is told the other saved new data, and after a reload both tabs use both uploads.
 *
 * The browser's file writes are slowed down by a test double of the storage API (createWritable waits before it
 * opens the file), so that the two saves certainly overlap: each save reads the manifest, writes its file and
 * writes the manifest back, and without a lock across tabs one of the two entries is lost.
 */
const browser = withBrowserSession();
const KEPT = 'Kept in this browser: it will still be in use after a reload.';
const assessments: BadFile = {
  name: 'improved-round.csv',
  bytes: new TextEncoder().encode(improvedLatestRound()),
};
const assessmentRows = improvedLatestRound().trimEnd().split('\n').length - 1;
const icbLines = readFileSync(`${DATASETS_DIR}/icbs.csv`, 'utf8').trimEnd().split('\n');
icbLines[1] = icbLines[1]!.replace('NHS ', 'NHS Renamed ');
const icbs: BadFile = {
  name: 'icbs-renamed.csv',
  bytes: new TextEncoder().encode(icbLines.join('\n') + '\n'),
};

async function slowStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = async function (
      this: FileSystemFileHandle,
      ...args: Parameters<typeof original>
    ) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return original.apply(this, args);
    };
  });
}

async function expectBothUploadsInUse(page: Page): Promise<void> {
  await page.goto(appUrl('#/data'));
  // Counting rows loads every table, so the saved uploads have been restored (or found wanting) by then.
  const sizes = byFirstCell((await readFigureTable(page, 'Rows per table')).rows);
  expect(sizes.get('capability_assessments')?.[0]).toBe(assessmentRows.toLocaleString('en-GB'));
  expect(await page.locator('[data-table="capability_assessments"]').innerText()).toContain(
    `Your upload: ${assessments.name}`,
  );
  expect(await page.locator('[data-table="icbs"]').innerText()).toContain(`Your upload: ${icbs.name}`);
}

describe('two tabs uploading at the same time (#/data)', () => {
  it('keeps both uploads whole, tells each tab, and both tabs use both after a reload', async () => {
    const { context, page: first } = browser();
    const second = await context.newPage();
    for (const page of [first, second]) {
      await slowStorage(page);
      await page.goto(appUrl('#/data'));
      await page.getByLabel('Choose CSV files').waitFor();
    }
    await Promise.all([chooseFiles(first, assessments), chooseFiles(second, icbs)]);
    await reportOn(first, assessments.name, 'status');
    await reportOn(second, icbs.name, 'status');
    await first.getByText(KEPT).waitFor();
    await second.getByText(KEPT).waitFor();

    // Each tab learns that the other saved a table it does not show.
    await first
      .getByRole('status')
      .filter({ hasText: `Another tab saved new data for this site: icbs from ${icbs.name}` })
      .waitFor();
    await second
      .getByRole('status')
      .filter({
        hasText: `Another tab saved new data for this site: capability_assessments from ${assessments.name}`,
      })
      .waitFor();

    const stored = await readStoredUploads(first);
    expect(stored.manifest.map((t) => t.table).sort()).toEqual(['capability_assessments', 'icbs']);
    expect(stored.localCopy.map((t) => t.table).sort()).toEqual(['capability_assessments', 'icbs']);
    for (const entry of stored.manifest) {
      const { keys, ...provenance } = entry;
      // The quick localStorage copy says exactly what the manifest says.
      expect(stored.localCopy).toContainEqual(provenance);
      const file = entry.table === 'icbs' ? icbs : assessments;
      expect(keys.map((key) => stored.files[key])).toEqual([file.bytes.length]);
    }
    // Nothing half-written or orphaned: the manifest and the files it names, and nothing else.
    expect(Object.keys(stored.files).sort()).toEqual(
      ['manifest.json', ...stored.manifest.flatMap((t) => t.keys)].sort(),
    );

    for (const page of [first, second]) {
      await page.reload();
      await expectBothUploadsInUse(page);
    }
    await second.close();
  });
});
