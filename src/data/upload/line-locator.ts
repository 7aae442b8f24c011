/**
 * Finds where records start in a CSV file, in physical lines (the header is line 1), as a text editor or a
 * spreadsheet shows them. A record can span several lines when a quoted value holds a line break, so the line
 * is not simply the record number plus one. Runs only when a file has problems, and stops at the last record
 * it was asked about.
 */
const CHUNK = 4 * 1024 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * Lines of data records, numbered as DuckDB numbers rows of a read with a header: 1 is the first non-blank
 * record after the header. Blank lines are skipped, as DuckDB skips them.
 */
export async function recordLines(file: Blob, records: readonly number[]): Promise<Map<number, number>> {
  const wanted = [...new Set(records)].filter((r) => r >= 1).sort((a, b) => a - b);
  const found = new Map<number, number>();
  if (wanted.length === 0) return found;
  let next = 0;
  let line = 1;
  let record = -1; // The header is record 0.
  let inQuotes = false;
  let recordStartLine = 1;
  let recordEmpty = true;
  const endRecord = () => {
    if (!recordEmpty) {
      record++;
      if (record === wanted[next]) {
        found.set(record, recordStartLine);
        next++;
      }
    }
    recordEmpty = true;
  };
  for (let offset = 0; offset < file.size && next < wanted.length; offset += CHUNK) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    for (let i = 0; i < bytes.length && next < wanted.length; i++) {
      const byte = bytes[i];
      if (byte === QUOTE) inQuotes = !inQuotes;
      if (byte === NEWLINE) {
        if (!inQuotes) {
          endRecord();
          recordStartLine = line + 1;
        }
        line++;
      } else if (byte !== CARRIAGE_RETURN) {
        recordEmpty = false;
      }
    }
  }
  if (next < wanted.length) endRecord();
  return found;
}

/** Lines at byte offsets (DuckDB reports where a row it rejected starts as a byte offset). */
export async function lineAtOffsets(file: Blob, offsets: readonly number[]): Promise<Map<number, number>> {
  const wanted = [...new Set(offsets)].filter((o) => o >= 0).sort((a, b) => a - b);
  const found = new Map<number, number>();
  let next = 0;
  let line = 1;
  for (let offset = 0; offset < file.size && next < wanted.length; offset += CHUNK) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    for (let i = 0; i < bytes.length && next < wanted.length; i++) {
      while (next < wanted.length && wanted[next] === offset + i) found.set(wanted[next++]!, line);
      if (bytes[i] === NEWLINE) line++;
    }
  }
  while (next < wanted.length) found.set(wanted[next++]!, line);
  return found;
}
