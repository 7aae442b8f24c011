import { isTableName, type TableName } from '../catalogue';

/**
 * A synchronous copy of which catalogue tables hold a saved upload, kept in localStorage next to the saved files
 * themselves (OPFS or IndexedDB, which can only be read asynchronously). It lets the very first render know that
 * a table is about to be restored from an upload. Anything unreadable counts as "no uploads".
 */
export interface SavedProvenance {
  readonly table: TableName;
  readonly fileName: string;
  readonly loadedAt: string;
  readonly rows: number;
}

const KEY = 'workforce-readiness:saved-uploads';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Access to storage can be denied (privacy settings): then nothing is saved.
    return null;
  }
}

function isSaved(value: unknown): value is SavedProvenance {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.table === 'string' &&
    isTableName(v.table) &&
    typeof v.fileName === 'string' &&
    typeof v.loadedAt === 'string' &&
    typeof v.rows === 'number'
  );
}

export function readSavedProvenance(): SavedProvenance[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSaved) : [];
  } catch {
    return [];
  }
}

export function writeSavedProvenance(entries: readonly SavedProvenance[]): void {
  try {
    const store = storage();
    if (!store) return;
    if (entries.length === 0) store.removeItem(KEY);
    else store.setItem(KEY, JSON.stringify(entries));
  } catch {
    // A full localStorage only costs the early hint; the saved files themselves are still restored.
  }
}

/**
 * Calls `listener` when another tab of the site changes the saved uploads. The browser fires the storage event
 * only in the other tabs, so a tab is never told about its own saves.
 */
export function subscribeToSavedElsewhere(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
