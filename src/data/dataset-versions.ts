import type { TableName } from './catalogue';
import { readSavedProvenance } from './upload/saved-provenance';

/**
 * Which data each table holds now: a small external store (subscribe / getSnapshot, for useSyncExternalStore).
 * Query keys include the versions of the tables a query reads, so that replacing a table (an upload, or
 * restoring the bundled data) invalidates exactly the queries that read it. Versions only ever grow, so a
 * result cached under an old version can never be mistaken for the current one.
 */
export interface UploadedFrom {
  /** The file name(s) the table's rows came from, as the analyst chose them. */
  readonly fileName: string;
  /** When the table was loaded (ISO 8601). */
  readonly loadedAt: string;
  readonly rows: number;
}

export interface TableProvenance {
  readonly source: 'bundled' | 'uploaded';
  readonly version: number;
  /** Set when source is 'uploaded'. */
  readonly upload?: UploadedFrom;
}

export type ProvenanceSnapshot = ReadonlyMap<TableName, TableProvenance>;

const BUNDLED: TableProvenance = { source: 'bundled', version: 0 };
let snapshot: ProvenanceSnapshot | null = null;
const listeners = new Set<() => void>();

// Uploads saved by an earlier visit are known before the first render (their list is kept in localStorage), so
// that no chart shows bundled or build-time numbers for a table that is about to be restored from an upload.
function current(): ProvenanceSnapshot {
  snapshot ??= new Map(
    readSavedProvenance().map((saved) => [
      saved.table,
      { source: 'uploaded', version: 1, upload: saved } satisfies TableProvenance,
    ]),
  );
  return snapshot;
}

export function tableProvenance(table: TableName): TableProvenance {
  return current().get(table) ?? BUNDLED;
}

export function tableVersions(tables: readonly TableName[]): string[] {
  return tables.map((t) => `${t}@${tableProvenance(t).version}`);
}

/** Records that a table now holds uploaded rows, or the bundled rows again; every reader re-runs. */
export function markTableReplaced(table: TableName, source: UploadedFrom | 'bundled'): void {
  const next = new Map(current());
  const version = tableProvenance(table).version + 1;
  next.set(
    table,
    source === 'bundled' ? { source: 'bundled', version } : { source: 'uploaded', version, upload: source },
  );
  snapshot = next;
  for (const listener of listeners) listener();
}

/** The bundled data is back in `table` (after "Restore bundled data"). */
export function markTableRestored(table: TableName): void {
  markTableReplaced(table, 'bundled');
}

export function subscribeToProvenance(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current provenance of every table that has ever changed; a new object after every change. */
export function provenanceSnapshot(): ProvenanceSnapshot {
  return current();
}

/** Tables that hold uploaded rows now. */
export function uploadedTables(): TableName[] {
  return [...current()].filter(([, p]) => p.source === 'uploaded').map(([t]) => t);
}
