import type { Connector } from '../../db/connector';
import { quoteIdentifier } from '../../db/sql';
import { tableSchema } from '../catalogue';
import { markTableRestored, uploadedTables } from '../dataset-versions';
import { loadCsvIntoTable } from '../load-csv';
import type { BundledSource } from '../relations';
import { exploreTables, removeExploreTable } from './explore-tables';
import { forgetSaved } from './saved-uploads';

/**
 * "Restore bundled data": every catalogue table that holds an upload gets its bundled rows back (each in one
 * statement, so a chart never reads half a table), exploration tables are dropped, and nothing stays saved.
 */
export async function restoreBundledData(connector: Connector, bundled: BundledSource): Promise<void> {
  for (const table of uploadedTables()) {
    await loadCsvIntoTable(connector, tableSchema(table), await bundled(table));
    markTableRestored(table);
  }
  for (const table of exploreTables()) await removeExploreUpload(connector, table.name);
  await forgetSaved();
}

/** Drops one exploration table and forgets its saved file. */
export async function removeExploreUpload(connector: Connector, name: string): Promise<void> {
  await connector.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
  removeExploreTable(name);
  await forgetSaved(name);
}
