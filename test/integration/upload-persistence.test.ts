import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableProvenance } from '../../src/data/dataset-versions';
import { exploreTables } from '../../src/data/upload/explore-tables';
import { restoreBundledData } from '../../src/data/upload/restore-bundled';
import { resetSavedUploadsForTests, restoreExploreTables } from '../../src/data/upload/saved-uploads';
import { uploadFile, type UploadResult } from '../../src/data/upload/upload-file';
import {
  memoryStore,
  setUploadStore,
  StorageFullError,
  type UploadStore,
} from '../../src/data/upload/upload-store';
import type { Connector } from '../../src/db/connector';
import { ASSESSMENT_HEADER, asFile, assessmentRows, unknownCsv } from '../fixtures/upload-files';
import { load, openBundledDatabase, readBundledTable } from '../support/bundled-database';

/**
 * Uploads survive a reload: a second engine (as after a page reload) restores them from the store before the
 * first query reads the table; "Restore bundled data" forgets them; a full store loses nothing in use.
 */
const store = memoryStore();
beforeAll(() => setUploadStore(store));
afterAll(() => setUploadStore(null));

const csv = (rows: string[]) => new TextEncoder().encode([ASSESSMENT_HEADER, ...rows].join('\n') + '\n');
const upload = (
  db: Connector,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
  mode: 'replace' | 'append' = 'replace',
) => uploadFile({ connector: db, bundled: readBundledTable }, asFile({ name, bytes }), { mode });

async function loaded(result: UploadResult) {
  if (result.status !== 'loaded') throw new Error(`expected a load, got ${result.status}`);
  expect(await result.saved).toMatchObject({ saved: true, store: 'memory' });
  return result;
}

async function reload(): Promise<Connector> {
  resetSavedUploadsForTests();
  return openBundledDatabase();
}

const responseCount = async (db: Connector) =>
  (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM capability_assessments`))[0]?.n;

describe('uploads kept across reloads', () => {
  it('restores a replaced table, then an appended one, before the first query reads it', async () => {
    const first = await openBundledDatabase();
    await load(first, ['capability_assessments']);
    await loaded(await upload(first, 'first.csv', csv(assessmentRows(30))));

    let next = await reload();
    await load(next, ['capability_assessments']);
    expect(await responseCount(next)).toBe(30);

    await loaded(await upload(next, 'more.csv', csv(assessmentRows(50).slice(30)), 'append'));
    next = await reload();
    await load(next, ['capability_assessments']);
    expect(await responseCount(next)).toBe(50);
    expect(tableProvenance('capability_assessments').upload?.fileName).toBe('first.csv + more.csv');
  });

  it('restores an exploration table with its columns', async () => {
    const db = await openBundledDatabase();
    const result = await loaded(
      await uploadFile({ connector: db, bundled: readBundledTable }, asFile(unknownCsv()), {
        mode: 'replace',
      }),
    );
    const next = await reload();
    await restoreExploreTables(next);
    const [sum] = await next.query<{ n: number }>(
      `SELECT sum(patients)::INTEGER AS n FROM "${result.table}"`,
    );
    expect(sum?.n).toBe(Array.from({ length: 40 }, (_, i) => 10 + i).reduce((a, b) => a + b, 0));
    expect(
      exploreTables()
        .find((t) => t.name === result.table)
        ?.columns.map((c) => c.name),
    ).toEqual(['trust', 'specialty', 'weeks_waited', 'patients']);
  });

  it('forgets everything on "Restore bundled data"', async () => {
    const db = await reload();
    await load(db, ['capability_assessments']);
    await restoreExploreTables(db);
    await restoreBundledData(db, readBundledTable);
    expect(tableProvenance('capability_assessments').source).toBe('bundled');
    const bundledRows =
      (await readBundledTable('capability_assessments')).filter((b) => b === 0x0a).length - 1;
    expect(await responseCount(db)).toBe(bundledRows);
    const next = await reload();
    await load(next, ['capability_assessments']);
    expect(await responseCount(next)).toBe(bundledRows);
    expect(exploreTables()).toEqual([]);
  });
});

describe('a full store', () => {
  it('keeps the upload in use, explains, and leaves the saved state as it was', async () => {
    const full: UploadStore = {
      ...store,
      write: (key, data) =>
        key === 'manifest.json'
          ? store.write(key, data)
          : Promise.reject(new StorageFullError(data.size, 10)),
    };
    setUploadStore(full);
    try {
      const db = await reload();
      await load(db, ['capability_assessments']);
      const result = await upload(db, 'big.csv', csv(assessmentRows(25)));
      if (result.status !== 'loaded') throw new Error('expected a load');
      const outcome = await result.saved;
      expect(outcome.saved).toBe(false);
      expect(!outcome.saved && outcome.error).toBeInstanceOf(StorageFullError);
      expect(await responseCount(db)).toBe(25);
      const next = await reload();
      await load(next, ['capability_assessments']);
      // Nothing was saved before, so a reload shows the bundled data again; nothing half-written is restored.
      expect(await responseCount(next)).toBeGreaterThan(25);
    } finally {
      setUploadStore(store);
    }
  });
});
