/**
 * CSV export of exactly what a table shows. Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) are prefixed with a single quote, so an exported file is safe to open.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative number is data, not a formula.
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "AI technologies by type" -> "ai-technologies-by-type". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
