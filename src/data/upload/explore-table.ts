import type { Connector } from '../../db/connector';
import { quoteIdentifier, quoteLiteral } from '../../db/sql';
import { isTableName } from '../catalogue';
import { inTransaction } from '../load-csv';
import { isViewName } from '../views';
import type { ExploreColumn } from './explore-tables';
import { fileProblems, UploadCancelled } from './problems';

/**
 * Loading a CSV that matches no catalogue table as a table of its own, for exploration. Its column types are
 * detected by DuckDB's sniffer (there is no schema to check against); when a later row contradicts the sample,
 * every column is read as text instead, and the analyst is told.
 */
export interface ExploreRecipe {
  readonly delimiter: string;
  /** Every column read as text (the sniffed types did not hold for the whole file). */
  readonly allText: boolean;
}

/** A safe, readable table name from a file name: "ICB extract (2024).csv" -> "icb_extract_2024". */
export function exploreTableName(fileName: string): string {
  const base =
    fileName
      .replace(/\.[^.]*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 48) || 'upload';
  const name = /^[a-z]/.test(base) ? base : `t_${base}`;
  // Never shadow a catalogue table or a shared view.
  return isTableName(name) || isViewName(name) || name.startsWith('upload_') ? `upload_${name}` : name;
}

/** read_csv of an exploration file; `extra` adds options (such as those that collect rejected rows). */
export function exploreReadCall(registered: string, recipe: ExploreRecipe, extra = ''): string {
  return (
    `read_csv(${quoteLiteral(registered)}, header = true, delim = ${quoteLiteral(recipe.delimiter)}, ` +
    `quote = '"', escape = '"'${recipe.allText ? ', all_varchar = true' : ''}${extra ? `, ${extra}` : ''})`
  );
}

export function exploreReadSql(registered: string, recipe: ExploreRecipe): string {
  return `SELECT * FROM ${exploreReadCall(registered, recipe)}`;
}

export interface ExploreLoad {
  readonly rows: number;
  readonly columns: readonly ExploreColumn[];
  readonly recipe: ExploreRecipe;
}

/** Creates (or replaces) the table from the registered file, in one transaction on its own session. */
export async function loadExploreTable(
  connector: Connector,
  name: string,
  registered: string,
  delimiter: string,
  signal?: AbortSignal,
): Promise<ExploreLoad> {
  return connector.withSession(async (session) => {
    const onAbort = () => void session.cancel();
    signal?.addEventListener('abort', onAbort);
    const attempt = (recipe: ExploreRecipe) =>
      inTransaction(session, async () => {
        await session.exec(
          `CREATE OR REPLACE TABLE ${quoteIdentifier(name)} AS ${exploreReadSql(registered, recipe)}`,
        );
        if (signal?.aborted) throw new UploadCancelled();
        const [count] = await session.query<{ n: number }>(
          `SELECT count(*)::BIGINT AS n FROM ${quoteIdentifier(name)}`,
        );
        if (!count?.n) throw fileProblems.headerOnly();
        const columns = await session.query<{ column_name: string; column_type: string }>(
          `SELECT column_name, column_type FROM (DESCRIBE ${quoteIdentifier(name)})`,
        );
        return {
          rows: count.n,
          columns: columns.map((c) => ({ name: c.column_name, type: c.column_type })),
          recipe,
        };
      });
    try {
      try {
        return await attempt({ delimiter, allText: false });
      } catch (error) {
        if (signal?.aborted) throw new UploadCancelled();
        if (error instanceof Error && error.name !== 'QueryError') throw error;
        return await attempt({ delimiter, allText: true });
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  });
}
