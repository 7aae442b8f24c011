import type { Connector, Session } from '../../db/connector';
import { quoteIdentifier } from '../../db/sql';
import type { TableSchema } from '../catalogue';
import { inTransaction, loadRowsSql, type LoadMode } from '../load-csv';
import { diagnose } from './diagnose';
import type { HeaderMatch } from './header-match';
import { fileProblems, UploadCancelled, UploadError } from './problems';
import { planFor, typedSelectSql, type CsvReadPlan } from './read-plan';
import type { Sniff } from './sniff';
import { checkPlan } from './validation-sql';

/**
 * Loads a file into a catalogue table in one transaction on a session of its own: read with the catalogue's
 * types, count what breaks a rule, and COMMIT only when nothing does. Otherwise ROLLBACK (the table is exactly
 * as it was) and find out, row by row, what to tell the analyst.
 */
export type UploadStep = 'reading' | 'loading' | 'checking' | 'saving';

export interface CatalogueLoad {
  readonly schema: TableSchema;
  readonly match: HeaderMatch;
  readonly sniff: Sniff;
  /** The name the file is registered under in DuckDB. */
  readonly registered: string;
  /** The bytes DuckDB reads (for counting lines when reporting problems). */
  readonly source: Blob;
  readonly mode: LoadMode;
  readonly signal?: AbortSignal;
  readonly onStep?: (step: UploadStep) => void;
}

export interface LoadCounts {
  /** Rows in the table after the load. */
  readonly rows: number;
  /** Rows the file added. */
  readonly added: number;
}

/** The load broke a rule: roll back and say which. */
class Rejected extends Error {}

const isOutOfMemory = (error: unknown) =>
  error instanceof Error && /out of memory|memory allocation|Aborted\(OOM\)/i.test(error.message);

export function checkHeader(match: HeaderMatch, header: readonly string[]): void {
  if (match.duplicates.length > 0)
    throw fileProblems.duplicateColumns(
      match.duplicates.map((d) => `${d.column} (columns ${d.positions.join(' and ')})`),
    );
  if (match.missing.length > 0) throw fileProblems.missingColumns(match.table, match.missing, header);
}

/** Whether any row of the table as loaded breaks a rule (see checkPlan). */
async function breaksARule(session: Session, schema: TableSchema): Promise<boolean> {
  const plan = checkPlan(schema);
  const [stats] = await session.query<Record<string, unknown>>(plan.stats.sql, plan.stats.params);
  for (const [i, exact] of plan.confirm.entries()) {
    if (stats?.[`check_${i}`] !== true) continue;
    if (!exact) return true;
    const [confirmed] = await session.query<{ problem: boolean }>(exact.sql, exact.params);
    if (confirmed?.problem) return true;
  }
  for (const reference of plan.references) {
    const [found] = await session.query<{ problem: boolean }>(reference.sql, reference.params);
    if (found?.problem) return true;
  }
  return false;
}

async function loadAndCount(session: Session, load: CatalogueLoad, plan: CsvReadPlan): Promise<LoadCounts> {
  const { schema, signal } = load;
  const table = quoteIdentifier(schema.name);
  const countRows = async () =>
    (await session.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM ${table}`))[0]?.n ?? 0;
  const before = load.mode === 'append' ? await countRows() : 0;
  load.onStep?.('loading');
  await session.exec(loadRowsSql(schema, typedSelectSql(schema, plan, load.registered), load.mode));
  if (signal?.aborted) throw new UploadCancelled();
  load.onStep?.('checking');
  if (await breaksARule(session, schema)) throw new Rejected();
  const rows = await countRows();
  if (rows - before === 0) throw fileProblems.headerOnly();
  if (signal?.aborted) throw new UploadCancelled();
  return { rows, added: rows - before };
}

/** Returns the table's row count after the load; throws UploadError (nothing changed) or UploadCancelled. */
export async function loadCatalogueFile(
  connector: Connector,
  load: CatalogueLoad,
): Promise<LoadCounts & { plan: CsvReadPlan }> {
  checkHeader(load.match, load.sniff.header);
  const plan = planFor(load.match, load.sniff.header.length, load.sniff.delimiter);
  return connector.withSession(async (session) => {
    const onAbort = () => void session.cancel();
    load.signal?.addEventListener('abort', onAbort);
    try {
      const counts = await inTransaction(session, () => loadAndCount(session, load, plan));
      return { ...counts, plan };
    } catch (error) {
      if (load.signal?.aborted || error instanceof UploadCancelled) throw new UploadCancelled();
      if (error instanceof UploadError) throw error;
      if (isOutOfMemory(error)) throw fileProblems.outOfMemory();
      load.onStep?.('checking');
      return await diagnose(
        session,
        {
          schema: load.schema,
          plan,
          registered: load.registered,
          source: load.source,
          header: load.sniff.header,
          append: load.mode === 'append',
        },
        error,
      );
    } finally {
      load.signal?.removeEventListener('abort', onAbort);
    }
  });
}
