/**
 * What can be wrong with an uploaded file, in words an analyst can act on (DESIGN.md section 5). A file-level
 * problem stops the file before any row is read; row problems say the line, column, value and what was expected.
 */
export interface RowProblem {
  /** Line of the file where the record starts (the header is line 1); null when not known. */
  readonly line: number | null;
  readonly column: string;
  /** The value as it is in the file; null when the cell is empty or the row could not be split. */
  readonly value: string | null;
  readonly expected: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    /** Row problems, the first ones (up to the report limit). */
    readonly problems: readonly RowProblem[] = [],
    /** How many problems there are in all (at least problems.length). */
    readonly total: number = problems.length,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export class UploadCancelled extends Error {
  constructor() {
    super('Cancelled: nothing was changed.');
    this.name = 'UploadCancelled';
  }
}

const MB = 1024 * 1024;
/** A size as people read it: "512 bytes", "48.2 kB", "61 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-GB')} bytes`;
  if (bytes < MB) return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB`;
  return `${(bytes / MB).toLocaleString('en-GB', { maximumFractionDigits: bytes < 10 * MB ? 1 : 0 })} MB`;
}

export const fileProblems = {
  empty: () =>
    new UploadError('The file is empty. Export the table again, with its header row and its rows.'),
  headerOnly: () =>
    new UploadError(
      'The file has a header row but no rows of data. Check that the export included the data, not just the column names.',
    ),
  tooLarge: (size: number, limit: number) =>
    new UploadError(
      `The file is ${formatSize(size)}, more than this browser can load (${formatSize(limit)}). ` +
        'Split it into smaller files (for example one per year or region) and upload them one after another with "Append".',
    ),
  outOfMemory: () =>
    new UploadError(
      'The browser ran out of memory while loading this file. Nothing was changed. Close other tabs, or split ' +
        'the file into smaller files and upload them with "Append".',
    ),
  engineLost: () =>
    new UploadError(
      'The database stopped while loading this file, so it was not loaded and nothing was changed. It is ' +
        'restarting with your saved data; upload the file again once the charts are back.',
    ),
  binary: (kind: string) =>
    new UploadError(
      `This is not a CSV file: it looks like ${kind} that was renamed .csv. ` +
        'Open it in the program that made it and save or export it as "CSV UTF-8 (comma delimited)".',
    ),
  noColumns: () =>
    new UploadError(
      'The first line of the file is empty, so it has no column names. The first line must be the header row.',
    ),
  duplicateColumns: (names: readonly string[]) =>
    new UploadError(
      `The header names the same column more than once: ${names.join('; ')}. Rename or remove the repeated columns.`,
    ),
  missingColumns: (table: string, missing: readonly string[], found: readonly string[]) =>
    new UploadError(
      `This looks like ${table}, but the header has no column ${missing.map((m) => `"${m}"`).join(', ')} ` +
        `(the header has: ${found.map((f) => `"${f}"`).join(', ')}). ` +
        'Rename the column in the file, or choose below which column holds it.',
    ),
  unreadable: (detail: string) =>
    new UploadError(`The file could not be read as CSV: ${detail}. Nothing was changed.`),
};
