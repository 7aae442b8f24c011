import type { StatementRunner } from '../../db/connector';
import type { TableSchema } from '../catalogue';
import { lineAtOffsets, recordLines } from './line-locator';
import { UploadError, fileProblems, type RowProblem } from './problems';
import { readCsvCall, textSelectSql, type CsvReadPlan } from './read-plan';
import { DELIMITER_NAMES } from './sniff';
import { problemListSql, type ListedProblem } from './validation-sql';

/**
 * Says exactly what is wrong with a file that failed to load: first the rows that cannot be split into the
 * right number of columns (nothing else can be trusted until they are fixed), otherwise every rule broken, with
 * its line, column, value and what was expected. Runs only after the load was rolled back.
 */
export const LISTED_PROBLEMS = 10_000;

/** DuckDB found bytes that are not UTF-8 after the part of the file that was sniffed. */
export class NotUtf8 extends Error {}

interface Reject extends Record<string, unknown> {
  line_byte_position: number;
  column_name: string | null;
  error_type: string;
  csv_line: string | null;
  error_message: string;
  total: number;
}

export interface DiagnoseInput {
  readonly schema: TableSchema;
  readonly plan: CsvReadPlan;
  /** The name the file is registered under in DuckDB. */
  readonly registered: string;
  /** The bytes DuckDB read, to count lines in. */
  readonly source: Blob;
  /** The file's own header cells, to name columns as the analyst wrote them. */
  readonly header: readonly string[];
  readonly append: boolean;
}

function structuralExpectation(reject: Reject, delimiter: string, columns: number): string {
  const separated = `separated by ${DELIMITER_NAMES[delimiter] ?? delimiter}`;
  const found = /Found: (\d+)/.exec(reject.error_message)?.[1];
  switch (reject.error_type) {
    case 'TOO MANY COLUMNS':
    case 'MISSING COLUMNS':
      return (
        `${columns} values ${separated}, as in the header${found ? `; this row has ${found}` : ''}. ` +
        'A value that contains the separator must be in double quotes.'
      );
    case 'UNQUOTED VALUE':
      return 'a quoted value to end with a closing double quote before the next separator';
    case 'INVALID ENCODING':
      return 'UTF-8 text';
    case 'LINE SIZE OVER MAXIMUM':
      return 'a row shorter than 2 MB: a double quote is probably never closed';
    default:
      return reject.error_message.split('\n')[0] ?? reject.error_type;
  }
}

/** What it takes to re-read a file looking for rows that cannot be split into columns. */
export interface StructuralInput {
  /** read_csv(...) of the file, all columns as text, without closing parenthesis options added here. */
  readonly readCall: (extraOptions: string) => string;
  readonly source: Blob;
  readonly delimiter: string;
  readonly fileColumns: number;
}

const REJECT_OPTIONS =
  "store_rejects = true, rejects_table = 'upload_rejects', rejects_scan = 'upload_reject_scans'";

/** Rows DuckDB cannot split into the header's columns, as an UploadError; null when every row splits. */
export async function structuralProblems(
  session: StatementRunner,
  input: StructuralInput,
): Promise<UploadError | null> {
  try {
    // Every column must be read (a bare count(*) lets the reader skip decoding the values).
    await session.query(`SELECT max(length(COLUMNS(*))) FROM ${input.readCall(REJECT_OPTIONS)}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not utf-8|invalid unicode/i.test(message)) throw new NotUtf8(message);
    const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
    const reason =
      message
        .replace(/^Query failed: /, '')
        .split('\n')
        .find((l) => l.trim() && !l.startsWith('CSV Error')) ?? message;
    return fileProblems.unreadable(line ? `around row ${line}: ${reason}` : reason);
  }
  const rejects = await session.query<Reject>(
    `SELECT line_byte_position::BIGINT AS line_byte_position, column_name, error_type, csv_line, error_message,
            (count(*) OVER ())::BIGINT AS total
     FROM upload_rejects ORDER BY line_byte_position LIMIT ${LISTED_PROBLEMS}`,
  );
  await session.exec('DROP TABLE IF EXISTS upload_rejects; DROP TABLE IF EXISTS upload_reject_scans');
  if (rejects.length === 0) return null;
  if (rejects.some((r) => r.error_type === 'INVALID ENCODING')) throw new NotUtf8('invalid encoding');
  const lines = await lineAtOffsets(
    input.source,
    rejects.map((r) => r.line_byte_position),
  );
  const problems: RowProblem[] = rejects.map((r) => ({
    line: lines.get(r.line_byte_position) ?? null,
    column: '(whole row)',
    value: r.csv_line,
    expected: structuralExpectation(r, input.delimiter, input.fileColumns),
  }));
  const total = rejects[0]?.total ?? problems.length;
  return new UploadError(
    `${total === 1 ? 'One row' : `${total.toLocaleString('en-GB')} rows`} could not be split into the file's ` +
      `${input.fileColumns} columns. Fix ${total === 1 ? 'it' : 'them'} first; the values are checked once every row can be read.`,
    problems,
    total,
  );
}

/** The error to report for a file that did not load; never returns normally. */
export async function diagnose(
  session: StatementRunner,
  input: DiagnoseInput,
  fallback: unknown,
): Promise<never> {
  const { schema, plan } = input;
  const structural = await structuralProblems(session, {
    readCall: (extra) => readCsvCall(schema, plan, input.registered, { typed: false, extra }),
    source: input.source,
    delimiter: plan.delimiter,
    fileColumns: plan.fileColumns,
  });
  if (structural) throw structural;
  const list = problemListSql(schema, textSelectSql(schema, plan, input.registered), {
    append: input.append,
    limit: LISTED_PROBLEMS,
  });
  const listed = await session.query<ListedProblem>(list.sql, list.params);
  if (listed.length === 0) {
    // The load failed for a reason none of the checks names: pass DuckDB's own words on.
    const message = fallback instanceof Error ? fallback.message : String(fallback);
    throw fileProblems.unreadable(
      message
        .replace(/^Query failed: /, '')
        .split('\n')
        .slice(0, 3)
        .join(' '),
    );
  }
  const lines = await recordLines(
    input.source,
    listed.flatMap((p) => (p.first_record === null ? [p.record] : [p.record, p.first_record])),
  );
  const headerName = (column: string) => {
    const index = schema.columns.findIndex((c) => c.name === column);
    return index >= 0 ? (input.header[plan.mapping[index] ?? -1] ?? column) : column;
  };
  const problems = listed.map((p) => ({
    line: lines.get(p.record) ?? null,
    column: headerName(p.column_name),
    value: p.value,
    expected:
      p.first_record === null
        ? p.expected
        : `${p.expected} (line ${lines.get(p.first_record) ?? '?'} has it already)`,
  }));
  const total = listed[0]?.total ?? problems.length;
  throw new UploadError(
    `${total === 1 ? 'One problem' : `${total.toLocaleString('en-GB')} problems`} found. The file was not loaded and nothing was changed.`,
    problems,
    total,
  );
}
