import type { Locator, Page } from 'playwright-core';
import type { BadFile } from '../../fixtures/upload-files';

/** Gives files to the data view's labelled file input, as a person choosing them would. */
export async function chooseFiles(page: Page, ...files: BadFile[]): Promise<void> {
  await page
    .getByLabel('Choose CSV files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })));
}

/** Drops files on the drop zone, with a DataTransfer built in the page as a drag from the desktop would. */
export async function dropFiles(page: Page, ...files: BadFile[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (given) => {
      const data = new DataTransfer();
      for (const f of given)
        data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      return data;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes] })),
  );
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The newest report on a file: its role="status" (loaded) or role="alert" (rejected) part. */
export async function reportOn(page: Page, fileName: string, role: 'status' | 'alert'): Promise<Locator> {
  const report = page
    .locator('.upload-results > li')
    .filter({ hasText: fileName })
    .first()
    .getByRole(role)
    .first();
  await report.waitFor({ timeout: 60_000 });
  return report;
}

/** Rows of the problem table in a rejection: line, column, value, expected. */
export async function problemRows(alert: Locator): Promise<string[][]> {
  return alert
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText.trim())),
    );
}
