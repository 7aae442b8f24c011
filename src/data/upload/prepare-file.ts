import { fileProblems } from './problems';
import { DELIMITER_NAMES, HEAD_BYTES, type Sniff } from './sniff';
import { sniffOffThread } from './sniff-off-thread';

/**
 * A file ready for DuckDB: its head sniffed, and its bytes in UTF-8. A UTF-8 file (with or without a byte-order
 * mark) is read in place from the user's File; only a file in another encoding is converted, in memory.
 */
export interface PreparedFile {
  /** The name the analyst knows the file by. */
  readonly name: string;
  readonly sniff: Sniff;
  /** What DuckDB reads: the user's File itself, or a UTF-8 copy of it. */
  readonly source: Blob;
  /** Things done to read the file that the analyst should know about. */
  readonly notices: readonly string[];
}

/** Larger files fail late and take the tab with them; 600 MB leaves room for the 500 MB the design promises. */
export const MAX_UPLOAD_BYTES = 600 * 1024 * 1024;

const ENCODING_NAMES = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Excel\u2019s plain "CSV" format)',
} as const;

export async function prepareFile(file: File, limit = MAX_UPLOAD_BYTES): Promise<PreparedFile> {
  if (file.size > limit) throw fileProblems.tooLarge(file.size, limit);
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return withSniff(file, await sniffOffThread(head, file.size));
}

/** Re-reads a file in a given encoding (when a non-UTF-8 byte turns up past the sniffed head). */
export async function prepareAs(file: File, encoding: Sniff['encoding']): Promise<PreparedFile> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return withSniff(file, { ...(await sniffOffThread(head, file.size)), encoding });
}

async function withSniff(file: File, sniff: Sniff): Promise<PreparedFile> {
  const notices: string[] = [];
  let source: Blob = file;
  if (sniff.encoding !== 'utf-8') {
    const text = new TextDecoder(sniff.encoding).decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
    source = new Blob([new TextEncoder().encode(text)], { type: 'text/csv' });
    notices.push(
      `The file was not UTF-8: it was read as ${ENCODING_NAMES[sniff.encoding]}. Check that accented letters look right; ` +
        'saving as "CSV UTF-8" avoids this.',
    );
  }
  if (sniff.delimiter !== ',')
    notices.push(
      `Values are separated by ${DELIMITER_NAMES[sniff.delimiter] ?? sniff.delimiter}, not commas: read that way.`,
    );
  return { name: file.name, sniff, source, notices };
}
