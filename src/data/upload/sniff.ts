import Papa from 'papaparse';
import { fileProblems } from './problems';

/**
 * What the first bytes of a file say about it: whether it is text at all, its encoding, its delimiter and its
 * header. DuckDB reads the rows; this only looks at the head, so it costs the same for 1 kB or 500 MB.
 */
export const HEAD_BYTES = 64 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Sniff {
  readonly encoding: TextEncoding;
  /** Whether the file starts with a byte-order mark (DuckDB skips a UTF-8 one itself). */
  readonly bom: boolean;
  readonly delimiter: string;
  /** The header cells as written in the file. */
  readonly header: readonly string[];
  /** A few rows after the header, for a preview. */
  readonly preview: readonly (readonly string[])[];
  /** The whole file was seen and has no data row. */
  readonly headerOnly: boolean;
}

const SIGNATURES: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'an Excel workbook (.xlsx) or another zipped file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old-style Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x41, 0x52, 0x31], kind: 'a Parquet file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip-compressed file' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], kind: 'a SQLite database' },
];

const startsWith = (head: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);

/** The kind of binary file this is, or null for text. */
export function binaryKind(head: Uint8Array, encoding: TextEncoding): string | null {
  const signature = SIGNATURES.find((s) => startsWith(head, s.bytes));
  if (signature) return signature.kind;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  // Text has no NUL bytes and few control characters other than tab, line feed, form feed and carriage return.
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'a binary file (not text)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control > head.length / 20 ? 'a binary file (not text)' : null;
}

/** `complete`: the head is the whole file (so a cut-off character at its end is an error, not a boundary). */
export function detectEncoding(head: Uint8Array, complete = true): { encoding: TextEncoding; bom: boolean } {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: true };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  try {
    // stream: a character cut in half at the end of a partial head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: Excel's plain "CSV" format on Windows writes Windows-1252.
    return { encoding: 'windows-1252', bom: false };
  }
}

export function sniffHead(head: Uint8Array, fileSize: number): Sniff {
  if (fileSize === 0) throw fileProblems.empty();
  const complete = fileSize <= head.length;
  const { encoding, bom } = detectEncoding(head, complete);
  const kind = binaryKind(head, encoding);
  if (kind) throw fileProblems.binary(kind);
  const text = new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw fileProblems.empty();
  // DuckDB takes the first line as the header, even a blank one.
  if ((text.split(/\r?\n/, 1)[0] ?? '').trim() === '') throw fileProblems.noColumns();

  const parsed = Papa.parse<string[]>(text, {
    preview: 21,
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const rows = parsed.data;
  // The head may end in the middle of a row.
  if (!complete && rows.length > 1) rows.pop();
  const header = rows[0] ?? [];
  if (header.every((cell) => cell.trim() === '')) throw fileProblems.noColumns();
  const delimiter = [',', ';', '\t', '|'].includes(parsed.meta.delimiter) ? parsed.meta.delimiter : ',';
  return {
    encoding,
    bom,
    delimiter,
    header,
    preview: rows.slice(1),
    headerOnly: complete && rows.length === 1,
  };
}

export const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars (|)',
};
