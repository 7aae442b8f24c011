/**
 * The SQL workbench runs what the analyst types, so before anything reaches the engine it must be exactly one
 * statement that only reads: SELECT, WITH, SUMMARIZE or DESCRIBE, with no keyword that writes, loads or changes
 * settings anywhere outside strings, quoted names and comments. (It is then also run inside a transaction that
 * is always rolled back, on a session of its own.)
 */
export type ReadOnlyCheck =
  { readonly ok: true; readonly statement: string } | { readonly ok: false; readonly reason: string };

const STARTS = new Set(['SELECT', 'WITH', 'SUMMARIZE', 'DESCRIBE']);
const FORBIDDEN = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'TRUNCATE',
  'DROP',
  'CREATE',
  'ALTER',
  'COPY',
  'EXPORT',
  'IMPORT',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'PRAGMA',
  'SET',
  'RESET',
  'CALL',
  'CHECKPOINT',
  'VACUUM',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'GRANT',
  'REVOKE',
  'USE',
]);

/**
 * Functions that read files or web addresses, or run SQL given as a string. The workbench reads only the tables
 * loaded here: without this, `SELECT * FROM read_csv('https://…')` would send a request from DuckDB's worker
 * (a read, so the keyword check above lets it through), and data must never leave the device.
 */
const READS_OUTSIDE = new Set([
  'READ_CSV',
  'READ_CSV_AUTO',
  'SNIFF_CSV',
  'READ_PARQUET',
  'PARQUET_SCAN',
  'PARQUET_METADATA',
  'PARQUET_FILE_METADATA',
  'PARQUET_KV_METADATA',
  'PARQUET_SCHEMA',
  'READ_JSON',
  'READ_JSON_AUTO',
  'READ_JSON_OBJECTS',
  'READ_JSON_OBJECTS_AUTO',
  'READ_NDJSON',
  'READ_NDJSON_AUTO',
  'READ_NDJSON_OBJECTS',
  'READ_TEXT',
  'READ_BLOB',
  'GLOB',
  'QUERY',
  'QUERY_TABLE',
  'ICEBERG_SCAN',
  'DELTA_SCAN',
]);

/** A web address or any other scheme DuckDB can open (https://, s3://, opfs://…) in a string or quoted name. */
const ADDRESS = /[a-z][a-z0-9+.-]*:\/\//i;

interface Scan {
  /** Upper-cased bare words outside strings, quoted names and comments, in order. */
  readonly words: string[];
  /** Upper-cased names (bare or quoted) followed by an opening parenthesis: the functions called. */
  readonly calls: string[];
  /** The text inside every string and quoted name. */
  readonly quoted: string[];
  /** Offsets of semicolons outside strings, quoted names and comments. */
  readonly semicolons: number[];
  /** Offset just after the last character that is not whitespace or a comment. */
  readonly end: number;
  readonly unterminated: string | null;
}

function scan(text: string): Scan {
  const words: string[] = [];
  const calls: string[] = [];
  const quoted: string[] = [];
  const isCall = (from: number) => /^\s*\(/.test(text.slice(from, from + 64));
  const semicolons: number[] = [];
  let end = 0;
  let i = 0;
  const closeQuoted = (quote: string): boolean => {
    for (i++; i < text.length; i++) {
      if (text[i] === quote) {
        if (text[i + 1] === quote) i++;
        else return true;
      }
    }
    return false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      // Block comments nest in DuckDB's grammar.
      let depth = 1;
      for (i += 2; i < text.length && depth > 0; i++) {
        const pair = text.slice(i, i + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          i++;
        }
      }
      if (depth > 0)
        return { words, calls, quoted, semicolons, end, unterminated: 'a comment (/* without */)' };
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    end = i + 1;
    if (ch === "'" || ch === '"') {
      const start = i;
      if (!closeQuoted(ch))
        return {
          words,
          calls,
          quoted,
          semicolons,
          end,
          unterminated: ch === "'" ? 'a string' : 'a quoted name',
        };
      const inside = text.slice(start + 1, i).replaceAll(ch + ch, ch);
      quoted.push(inside);
      end = ++i;
      if (ch === '"' && isCall(i)) calls.push(inside.toUpperCase());
      continue;
    }
    if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
      if (tag) {
        const close = text.indexOf(tag, i + tag.length);
        if (close < 0) return { words, calls, quoted, semicolons, end, unterminated: 'a $-quoted string' };
        quoted.push(text.slice(i + tag.length, close));
        i = end = close + tag.length;
        continue;
      }
    }
    if (ch === ';') semicolons.push(i);
    const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i, i + 64))?.[0];
    if (word) {
      words.push(word.toUpperCase());
      i += word.length;
      end = i;
      if (isCall(i)) calls.push(word.toUpperCase());
      continue;
    }
    i++;
  }
  return { words, calls, quoted, semicolons, end, unterminated: null };
}

export function checkReadOnly(text: string): ReadOnlyCheck {
  const { words, calls, quoted, semicolons, end, unterminated } = scan(text);
  if (unterminated) return { ok: false, reason: `The query has ${unterminated} that is never closed.` };
  const first = words[0];
  if (!first) return { ok: false, reason: 'Type a query first, such as: SELECT * FROM icbs' };
  if (!STARTS.has(first))
    return {
      ok: false,
      reason: `Only queries that read data can run here: start with SELECT, WITH, SUMMARIZE or DESCRIBE (not ${first}).`,
    };
  // A trailing semicolon is harmless; one anywhere else would start a second statement.
  if (semicolons.some((at) => at !== end - 1))
    return { ok: false, reason: 'Run one statement at a time: remove the semicolon between statements.' };
  const forbidden = words.find((w) => FORBIDDEN.has(w));
  if (forbidden)
    return {
      ok: false,
      reason: `Only queries that read data can run here, and this one contains ${forbidden}. If that is a column or table name, put it in double quotes.`,
    };
  const address = quoted.find((q) => ADDRESS.test(q));
  if (address !== undefined)
    return {
      ok: false,
      reason: `The workbench reads only the tables loaded here and never opens addresses such as "${address}": nothing leaves this device.`,
    };
  const reader = calls.find((c) => READS_OUTSIDE.has(c));
  if (reader)
    return {
      ok: false,
      reason: `The workbench reads only the tables loaded here, not files or SQL text (${reader.toLowerCase()}): upload a file above, then query its table.`,
    };
  const statement = text.slice(0, semicolons.length > 0 ? semicolons.at(-1) : end);
  return { ok: true, statement };
}
