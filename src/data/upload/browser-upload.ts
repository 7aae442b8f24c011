import { queryOptions } from '@tanstack/react-query';
import type { Row } from '../../db/connector';
import { getConnector, withEngine } from '../../db/engine';
import type { SqlFragment } from '../../db/sql';
import { fetchBundledTable } from '../bundled-files';
import { TABLE_NAMES } from '../catalogue';
import { ensureRelations } from '../relations';
import { VIEWS, type ViewName } from '../views';
import { removeExploreUpload, restoreBundledData } from './restore-bundled';
import { restoreExploreTables } from './saved-uploads';
import { uploadFile, type UploadOptions, type UploadResult } from './upload-file';
import { runWorkbenchQuery, type WorkbenchResult } from './workbench';

/**
 * The upload functions bound to the browser's engine and bundled files: what the data view calls. Components
 * never reach the engine themselves.
 */
export async function uploadInBrowser(file: File, options: UploadOptions): Promise<UploadResult> {
  return uploadFile({ connector: await getConnector(), bundled: fetchBundledTable }, file, options);
}

export async function restoreBundledInBrowser(): Promise<void> {
  await restoreBundledData(await getConnector(), fetchBundledTable);
}

export async function removeExploreInBrowser(name: string): Promise<void> {
  await removeExploreUpload(await getConnector(), name);
}

/** Every catalogue table, shared view and exploration table is loaded before the analyst's query runs. */
export function runWorkbenchInBrowser(text: string, limit?: number): Promise<WorkbenchResult> {
  return withEngine(async (connector) => {
    await ensureRelations(
      connector,
      [...TABLE_NAMES, ...(Object.keys(VIEWS) as ViewName[])],
      fetchBundledTable,
    );
    await restoreExploreTables(connector);
    return runWorkbenchQuery(connector, text, limit);
  });
}

/** Query options for SQL over one exploration table; its version is in the key, so a replaced table re-runs. */
export function exploreQueryOptions<T extends Row>(
  name: string,
  table: string,
  version: number,
  query: SqlFragment,
) {
  return queryOptions({
    queryKey: ['explore', name, table, version, query.sql, query.params] as const,
    queryFn: () =>
      withEngine(async (connector) => {
        await restoreExploreTables(connector);
        return connector.query<T>(query.sql, query.params);
      }),
    staleTime: Infinity,
  });
}

/** Restores saved exploration tables as soon as the data view asks (they are listed once restored). */
export async function restoreExploreInBrowser(): Promise<void> {
  await restoreExploreTables(await getConnector());
}
