/**
 * CSV as the bundled datasets are written: UTF-8, comma-separated, `\n` line endings, a final newline,
 * a header row, and a field quoted (RFC 4180, inner quotes doubled) only when it holds a comma, a quote or a
 * line break. The parser reads that format back for the published checks.
 */
export type Cell = string | number;

export function formatCell(value: Cell): string {
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain numbers: no thousands separators, no exponent, at most one decimal. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to a CSV`);
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(formatCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`Row has ${row.length} fields, header has ${header.length}: ${row.join(',')}`);
    }
    lines.push(row.map(formatCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export type CsvRecord = Readonly<Record<string, string>>;

/** Parses CSV text into records keyed by the header's column names. */
export function parseCsv(text: string): CsvRecord[] {
  const rows = parseRows(text);
  const header = rows.shift();
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`Line ${index + 2} has ${fields.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i] as string]));
  });
}

function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Code-point order, the same on every machine and locale (unlike localeCompare). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
