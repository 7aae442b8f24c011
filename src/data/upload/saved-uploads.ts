import { EngineLostError, type Connector } from '../../db/connector';
import { quoteIdentifier } from '../../db/sql';
import { isTableName, tableSchema, type TableName } from '../catalogue';
import { markTableReplaced, tableProvenance, type UploadedFrom } from '../dataset-versions';
import { loadCsvIntoTable, loadRowsSql } from '../load-csv';
import { exploreReadSql, type ExploreRecipe } from './explore-table';
import { putExploreTable } from './explore-tables';
import { typedSelectSql, type CsvReadPlan } from './read-plan';
import { writeSavedProvenance } from './saved-provenance';
import { uploadStore, type UploadStore } from './upload-store';

/**
 * Uploads kept across reloads. What is kept is the validated file itself (UTF-8) and how it was read, not a copy
 * of the table: restoring replays the same read, which is as fast as the upload was. A manifest lists them.
 */
export interface SavedSegment {
  /** Key of the file in the store. */
  readonly key: string;
  /** For a catalogue table: how its columns map. */
  readonly plan?: CsvReadPlan;
  /** For an exploration table: how it was read. */
  readonly recipe?: ExploreRecipe;
}

export interface SavedTable {
  readonly table: string;
  readonly kind: 'catalogue' | 'explore';
  /** The segments were appended to the bundled rows. */
  readonly onBundled: boolean;
  readonly segments: readonly SavedSegment[];
  readonly upload: UploadedFrom;
}

interface Manifest {
  readonly version: 1;
  readonly tables: readonly SavedTable[];
}

const MANIFEST = 'manifest.json';
const EMPTY: Manifest = { version: 1, tables: [] };

async function readManifest(store: UploadStore): Promise<Manifest> {
  const blob = await store.read(MANIFEST);
  if (!blob) return EMPTY;
  try {
    const parsed = JSON.parse(await blob.text()) as Manifest;
    return parsed.version === 1 && Array.isArray(parsed.tables) ? parsed : EMPTY;
  } catch {
    return EMPTY;
  }
}

async function writeManifest(store: UploadStore, manifest: Manifest): Promise<void> {
  await store.write(MANIFEST, new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
  writeSavedProvenance(
    manifest.tables.flatMap((t) =>
      t.kind === 'catalogue' && isTableName(t.table) ? [{ table: t.table, ...t.upload }] : [],
    ),
  );
}

const LOCK = 'workforce-readiness:saved-uploads';
// Without Web Locks (old browsers), at least this tab's changes wait for each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * One change to the saved uploads at a time, across every tab of the site: each change reads the manifest,
 * writes files and writes the manifest back, and two tabs doing that at once would each drop the other's entry
 * (and leave its file behind). A Web Lock is shared by all tabs of the origin and released if a tab closes.
 */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator)
    return navigator.locks.request(LOCK, work) as Promise<T>;
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

// Unique across tabs too: two tabs saving the same table in the same millisecond must not share a file.
const newKey = (table: string) => `${table}-${Date.now().toString(36)}-${crypto.randomUUID()}.csv`;

export type SaveOutcome = { saved: true; store: UploadStore['kind'] } | { saved: false; error: unknown };

/**
 * Keeps an upload for next time. Replacing writes the new file before the manifest points at it and removes
 * the old files only after, so a failure (a full disk) leaves the previous saved state whole.
 */
export function saveUpload(entry: {
  table: string;
  kind: SavedTable['kind'];
  mode: 'replace' | 'append';
  file: Blob;
  segment: Omit<SavedSegment, 'key'>;
  upload: UploadedFrom;
}): Promise<SaveOutcome> {
  return exclusive(async () => {
    const store = await uploadStore();
    if (!store) return { saved: false, error: new Error('This browser offers no storage to this page') };
    try {
      const manifest = await readManifest(store);
      const previous = manifest.tables.find((t) => t.table === entry.table);
      const key = newKey(entry.table);
      await store.write(key, entry.file);
      const segment = { ...entry.segment, key };
      const appendTo = entry.mode === 'append' ? previous : undefined;
      const next: SavedTable = {
        table: entry.table,
        kind: entry.kind,
        // Appending to a table that still holds the bundled rows keeps them underneath.
        onBundled: entry.mode === 'append' && (appendTo?.onBundled ?? true),
        segments: [...(appendTo?.segments ?? []), segment],
        upload: entry.upload,
      };
      try {
        await writeManifest(store, {
          version: 1,
          tables: [...manifest.tables.filter((t) => t !== previous), next],
        });
      } catch (error) {
        await store.remove(key).catch(() => undefined);
        throw error;
      }
      if (previous && !appendTo)
        for (const old of previous.segments) await store.remove(old.key).catch(() => undefined);
      return { saved: true, store: store.kind };
    } catch (error) {
      return { saved: false, error };
    }
  });
}

/** Forgets saved uploads: of one table, or (no argument) all of them. */
export function forgetSaved(table?: string): Promise<void> {
  return exclusive(async () => {
    const store = await uploadStore();
    if (!store) return;
    const manifest = await readManifest(store);
    const dropped = manifest.tables.filter((t) => table === undefined || t.table === table);
    await writeManifest(store, { version: 1, tables: manifest.tables.filter((t) => !dropped.includes(t)) });
    for (const t of dropped) for (const s of t.segments) await store.remove(s.key).catch(() => undefined);
  });
}

/** Problems met while restoring, for the data view to explain. */
export const restoreProblems: string[] = [];

async function replaySegments(
  connector: Connector,
  saved: SavedTable,
  store: UploadStore,
  load: (registered: string, segment: SavedSegment, first: boolean) => string,
): Promise<void> {
  for (const [index, segment] of saved.segments.entries()) {
    const blob = await store.read(segment.key);
    if (!blob) throw new Error(`the saved file for ${saved.table} is missing`);
    const registered = `saved-${segment.key}`;
    await connector.registerFileHandle(registered, blob);
    try {
      await connector.exec(load(registered, segment, index === 0 && !saved.onBundled));
    } finally {
      await connector.dropFile(registered);
    }
  }
}

/**
 * Restores a catalogue table from a saved upload, if there is one. Returns false when there is none or it could
 * not be read (the bundled rows are then loaded instead, and the problem is recorded).
 */
export async function restoreSavedTable(
  connector: Connector,
  table: TableName,
  bundled: (table: TableName) => Promise<Uint8Array>,
): Promise<boolean> {
  const store = await uploadStore();
  // Read now, not once per page: an engine that replaces a lost one restores what is saved at that moment
  // (uploads of this visit included), and the lock keeps another tab from replacing the files meanwhile.
  return exclusive(async () => {
    const manifest = store ? await readManifest(store) : EMPTY;
    const saved = manifest.tables.find((t) => t.kind === 'catalogue' && t.table === table);
    if (!saved || !store) {
      // The early hint said this table was uploaded, but nothing is saved (storage cleared, or never written).
      if (tableProvenance(table).source === 'uploaded') markTableReplaced(table, 'bundled');
      return false;
    }
    const schema = tableSchema(table);
    try {
      if (saved.onBundled) await loadCsvIntoTable(connector, schema, await bundled(table));
      await replaySegments(connector, saved, store, (registered, segment, first) =>
        loadRowsSql(schema, typedSelectSql(schema, segment.plan!, registered), first ? 'replace' : 'append'),
      );
      // Usually already known from the early hint (saved-provenance.ts); re-keying the queries again would only
      // make them run twice.
      if (tableProvenance(table).upload?.loadedAt !== saved.upload.loadedAt)
        markTableReplaced(table, saved.upload);
      return true;
    } catch (error) {
      // The engine stopping is not a problem with the saved file: its replacement restores it again.
      if (error instanceof EngineLostError) throw error;
      restoreProblems.push(
        `Your saved upload for ${table} could not be restored (${error instanceof Error ? error.message : String(error)}); the bundled data is shown instead.`,
      );
      markTableReplaced(table, 'bundled');
      return false;
    }
  });
}

let exploreOnce = new WeakMap<Connector, Promise<void>>();
/** Restores every saved exploration table (once per engine). */
export function restoreExploreTables(connector: Connector): Promise<void> {
  let pending = exploreOnce.get(connector);
  if (!pending) {
    pending = exclusive(async () => {
      const store = await uploadStore();
      if (!store) return;
      for (const saved of (await readManifest(store)).tables.filter((t) => t.kind === 'explore')) {
        try {
          await replaySegments(
            connector,
            saved,
            store,
            (registered, segment) =>
              `CREATE OR REPLACE TABLE ${quoteIdentifier(saved.table)} AS ${exploreReadSql(registered, segment.recipe!)}`,
          );
          const columns = await connector.query<{ column_name: string; column_type: string }>(
            `SELECT column_name, column_type FROM (DESCRIBE ${quoteIdentifier(saved.table)})`,
          );
          putExploreTable({
            name: saved.table,
            ...saved.upload,
            columns: columns.map((c) => ({ name: c.column_name, type: c.column_type })),
          });
        } catch (error) {
          if (error instanceof EngineLostError) throw error;
          restoreProblems.push(
            `Your saved table ${saved.table} could not be restored (${error instanceof Error ? error.message : String(error)}).`,
          );
        }
      }
    });
    // A lost engine's attempt is not remembered, so that a later call on the same connector fails fast again.
    pending.catch(() => exploreOnce.delete(connector));
    exploreOnce.set(connector, pending);
  }
  return pending;
}

/** For tests: forget what was read at startup, as a new page load would. */
export function resetSavedUploadsForTests(): void {
  exploreOnce = new WeakMap();
  restoreProblems.length = 0;
}
