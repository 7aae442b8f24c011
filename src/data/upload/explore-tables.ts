/**
 * Tables loaded from CSVs that match no catalogue table, for exploration: a small external store the data view
 * subscribes to. Each has a version, part of its queries' keys, so a replaced table re-runs its profile.
 */
export interface ExploreColumn {
  readonly name: string;
  readonly type: string;
}

export interface ExploreTable {
  /** The table's name in DuckDB (always quoted in SQL). */
  readonly name: string;
  readonly fileName: string;
  readonly loadedAt: string;
  readonly rows: number;
  readonly columns: readonly ExploreColumn[];
  readonly version: number;
}

let tables: readonly ExploreTable[] = [];
let nextVersion = 1;
const listeners = new Set<() => void>();

function publish(next: readonly ExploreTable[]): void {
  tables = next;
  for (const listener of listeners) listener();
}

export function exploreTables(): readonly ExploreTable[] {
  return tables;
}

export function subscribeToExploreTables(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function putExploreTable(table: Omit<ExploreTable, 'version'>): ExploreTable {
  const entry = { ...table, version: nextVersion++ };
  publish(
    [...tables.filter((t) => t.name !== table.name), entry].sort((a, b) => a.name.localeCompare(b.name)),
  );
  return entry;
}

export function removeExploreTable(name: string): void {
  publish(tables.filter((t) => t.name !== name));
}
