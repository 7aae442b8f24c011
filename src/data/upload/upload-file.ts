import { EngineLostError, type Connector } from '../../db/connector';
import { CATALOGUE, tableSchema, type TableName } from '../catalogue';
import { markTableReplaced, tableProvenance, type UploadedFrom } from '../dataset-versions';
import type { LoadMode } from '../load-csv';
import { ensureRelations, type BundledSource } from '../relations';
import { NotUtf8, structuralProblems } from './diagnose';
import { exploreReadCall, exploreTableName, loadExploreTable } from './explore-table';
import { putExploreTable } from './explore-tables';
import { manualMatch, recogniseTable, type HeaderMatch } from './header-match';
import { loadCatalogueFile, type UploadStep } from './load-table';
import { prepareAs, prepareFile, type PreparedFile } from './prepare-file';
import { fileProblems, UploadCancelled, UploadError } from './problems';
import { saveUpload, type SaveOutcome } from './saved-uploads';
import { danglingSql, withArticle } from './validation-sql';

/**
 * One uploaded file, end to end: sniff it, recognise its table (or take the analyst's choice), load and check it
 * in one transaction, record the new provenance, and keep it for next time. A file that fails changes nothing.
 */
export interface UploadTarget {
  readonly table: TableName;
  /** For each catalogue column, the 0-based file column that holds it. */
  readonly mapping: readonly (number | null)[];
}

export interface UploadOptions {
  readonly mode: LoadMode;
  /** A catalogue table and column mapping chosen by the analyst, or 'explore'; by default the header decides. */
  readonly target?: UploadTarget | 'explore';
  readonly signal?: AbortSignal;
  readonly onStep?: (step: UploadStep) => void;
  /** Largest file accepted, in bytes. */
  readonly limit?: number;
}

export interface UploadDeps {
  readonly connector: Connector;
  readonly bundled: BundledSource;
}

export type UploadResult =
  | {
      readonly status: 'loaded';
      readonly kind: 'catalogue' | 'explore';
      readonly table: string;
      /** Rows in the table now, and rows this file added. */
      readonly rows: number;
      readonly added: number;
      readonly notices: readonly string[];
      readonly header: readonly string[];
      /** Settles when the upload has been kept for next time (or could not be). */
      readonly saved: Promise<SaveOutcome>;
    }
  | {
      readonly status: 'rejected';
      readonly error: UploadError;
      /** The file's header and the table it seemed to be, when known, so the analyst can map columns. */
      readonly header?: readonly string[];
      readonly match?: HeaderMatch | null;
    }
  | { readonly status: 'cancelled' };

/**
 * Rows of other loaded tables whose ids the new table no longer has (an upload of icbs without some ICBs): not a
 * reason to refuse it, but the analyst should know those rows now match nothing.
 */
async function danglingReferences(connector: Connector, table: TableName): Promise<string[]> {
  const notices: string[] = [];
  // Only tables already loaded in this engine are looked at.
  const loaded = new Set(
    (await connector.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables()')).map(
      (t) => t.name,
    ),
  );
  for (const other of CATALOGUE.values())
    for (const r of other.references.filter((ref) => ref.table === table && loaded.has(other.name))) {
      const check = danglingSql(other.name, r);
      const n = (await connector.query<{ n: number }>(check.sql, check.params))[0]?.n ?? 0;
      if (n > 0)
        notices.push(
          `${n.toLocaleString('en-GB')} rows of ${other.name} name ${withArticle(r.column)} that is not in the new ${table}; ` +
            'they match nothing in it now.',
        );
    }
  return notices;
}

let registrations = 0;
const registeredName = () => `upload-${++registrations}.csv`;

function uploadedFrom(table: TableName, fileName: string, rows: number, mode: LoadMode): UploadedFrom {
  const before = tableProvenance(table);
  const earlier = before.upload?.fileName ?? 'bundled data';
  return {
    fileName: mode === 'append' ? `${earlier} + ${fileName}` : fileName,
    loadedAt: new Date().toISOString(),
    rows,
  };
}

async function intoCatalogue(
  deps: UploadDeps,
  file: File,
  prepared: PreparedFile,
  match: HeaderMatch,
  options: UploadOptions,
) {
  const schema = tableSchema(match.table);
  // The table (for appending) and the tables its ids must exist in are loaded before the transaction starts.
  await ensureRelations(
    deps.connector,
    [schema.name, ...schema.references.map((r) => r.table)],
    deps.bundled,
  );
  const attempt = async (current: PreparedFile) => {
    const registered = registeredName();
    await deps.connector.registerFileHandle(registered, current.source);
    try {
      return await loadCatalogueFile(deps.connector, {
        schema,
        match,
        sniff: current.sniff,
        registered,
        source: current.source,
        mode: options.mode,
        signal: options.signal,
        onStep: options.onStep,
      });
    } finally {
      await deps.connector.dropFile(registered);
    }
  };
  let used = prepared;
  let counts;
  try {
    counts = await attempt(used);
  } catch (error) {
    // A byte that is not UTF-8 past the sniffed head: the file is in Excel's Windows encoding after all.
    if (!(error instanceof NotUtf8) || used.sniff.encoding !== 'utf-8') throw error;
    used = await prepareAs(file, 'windows-1252');
    counts = await attempt(used);
  }
  const upload = uploadedFrom(schema.name, file.name, counts.rows, options.mode);
  markTableReplaced(schema.name, upload);
  const notices = [...used.notices, ...(await danglingReferences(deps.connector, schema.name))];
  if (match.extras.length > 0)
    notices.push(
      `Columns not in ${schema.name} were ignored: ${match.extras.map((e) => `"${e}"`).join(', ')}.`,
    );
  options.onStep?.('saving');
  const saved = saveUpload({
    table: schema.name,
    kind: 'catalogue',
    mode: options.mode,
    file: used.source,
    segment: { plan: counts.plan },
    upload,
  });
  return {
    kind: 'catalogue' as const,
    table: schema.name,
    rows: counts.rows,
    added: counts.added,
    notices,
    saved,
  };
}

async function intoExploreTable(
  deps: UploadDeps,
  file: File,
  prepared: PreparedFile,
  options: UploadOptions,
) {
  const name = exploreTableName(file.name);
  const { delimiter, header } = prepared.sniff;
  const registered = registeredName();
  await deps.connector.registerFileHandle(registered, prepared.source);
  try {
    options.onStep?.('loading');
    const loaded = await loadExploreTable(deps.connector, name, registered, delimiter, options.signal).catch(
      async (error: unknown) => {
        if (!(error instanceof Error) || error.name !== 'QueryError') throw error;
        const structural = await deps.connector.withSession((session) =>
          structuralProblems(session, {
            readCall: (extra) => exploreReadCall(registered, { delimiter, allText: true }, extra),
            source: prepared.source,
            delimiter,
            fileColumns: header.length,
          }),
        );
        throw (
          structural ??
          fileProblems.unreadable(error.message.replace(/^Query failed: /, '').split('\n')[0] ?? '')
        );
      },
    );
    const upload = { fileName: file.name, loadedAt: new Date().toISOString(), rows: loaded.rows };
    putExploreTable({ name, ...upload, columns: loaded.columns });
    const notices = [...prepared.notices];
    if (loaded.recipe.allText)
      notices.push(
        'Some values did not fit the column types DuckDB detected, so every column was read as text.',
      );
    options.onStep?.('saving');
    const saved = saveUpload({
      table: name,
      kind: 'explore',
      mode: 'replace',
      file: prepared.source,
      segment: { recipe: loaded.recipe },
      upload,
    });
    return { kind: 'explore' as const, table: name, rows: loaded.rows, added: loaded.rows, notices, saved };
  } finally {
    await deps.connector.dropFile(registered);
  }
}

/** Performance marks for the benchmark (upload-reading, upload-loading, upload-checking, upload-saving). */
function marked(options: UploadOptions): UploadOptions {
  return {
    ...options,
    onStep: (step) => {
      performance.mark(`upload-${step}`);
      options.onStep?.(step);
    },
  };
}

export async function uploadFile(deps: UploadDeps, file: File, given: UploadOptions): Promise<UploadResult> {
  const options = marked(given);
  let prepared: PreparedFile | undefined;
  let match: HeaderMatch | null = null;
  try {
    options.onStep?.('reading');
    prepared = await prepareFile(file, options.limit);
    const { header } = prepared.sniff;
    const target = options.target;
    match =
      target === 'explore'
        ? null
        : target
          ? manualMatch(tableSchema(target.table), header, target.mapping)
          : recogniseTable(header);
    if (prepared.sniff.headerOnly) throw fileProblems.headerOnly();
    if (options.signal?.aborted) throw new UploadCancelled();
    const loaded = match
      ? await intoCatalogue(deps, file, prepared, match, options)
      : await intoExploreTable(deps, file, prepared, options);
    return { status: 'loaded', header, ...loaded };
  } catch (error) {
    if (error instanceof UploadCancelled || options.signal?.aborted) return { status: 'cancelled' };
    const reported =
      error instanceof UploadError
        ? error
        : error instanceof EngineLostError
          ? fileProblems.engineLost()
          : fileProblems.unreadable(
              error instanceof Error ? error.message.replace(/^Query failed: /, '') : String(error),
            );
    return { status: 'rejected', error: reported, header: prepared?.sniff.header, match };
  }
}
