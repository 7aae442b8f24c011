import type { Connector } from '../db/connector';
import { quoteIdentifier } from '../db/sql';
import { tableSchema, type TableName } from './catalogue';
import { loadCsvIntoTable } from './load-csv';
import { tableProvenance, tableVersions } from './dataset-versions';
import { isViewName, tablesRead, VIEWS, type RelationName, type ViewDefinition } from './views';

/** Where a table's bundled bytes come from: fetched in the browser, read from disk in Node. */
export type BundledSource = (table: TableName) => Promise<Uint8Array>;

// Per engine, what has been loaded or is loading, so each table is read once however many charts ask for it.
const loaded = new WeakMap<Connector, Map<string, Promise<void>>>();

function once(connector: Connector, name: string, load: () => Promise<void>): Promise<void> {
  let started = loaded.get(connector);
  if (!started) loaded.set(connector, (started = new Map()));
  let pending = started.get(name);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      started.delete(name);
      throw error;
    });
    started.set(name, pending);
  }
  return pending;
}

/**
 * Restores a table from an upload saved by an earlier visit. Only such a table needs the restoring code, so it is
 * loaded on demand and stays out of the JavaScript the first chart waits for.
 */
async function restoreSaved(connector: Connector, table: TableName, source: BundledSource): Promise<boolean> {
  if (tableProvenance(table).source !== 'uploaded') return false;
  const { restoreSavedTable } = await import('./upload/saved-uploads');
  return restoreSavedTable(connector, table, source);
}

/** Makes sure the given tables and shared relations exist and are current, loading bundled tables on first use. */
export async function ensureRelations(
  connector: Connector,
  names: readonly RelationName[],
  source: BundledSource,
): Promise<void> {
  const tables = tablesRead(names);
  await Promise.all(
    tables.map((table) =>
      once(connector, table, async () => {
        // An upload kept from an earlier visit takes the bundled table's place before anything reads it.
        if (await restoreSaved(connector, table, source)) return;
        await loadCsvIntoTable(connector, tableSchema(table), await source(table));
      }),
    ),
  );
  await Promise.all(
    names.filter(isViewName).map((view) => {
      // Built once per version of the tables it reads, so an upload or a restore rebuilds it on next use.
      const key = `${view}@${tableVersions(VIEWS[view].tables).join(',')}`;
      return once(connector, key, async () => {
        const definition: ViewDefinition = VIEWS[view];
        await ensureRelations(connector, (definition.builtFrom ?? []).filter(isViewName), source);
        await connector.exec(`CREATE OR REPLACE TABLE ${quoteIdentifier(view)} AS ${definition.sql}`);
      });
    }),
  );
}
