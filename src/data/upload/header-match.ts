import { CATALOGUE, type TableName, type TableSchema } from '../catalogue';

/**
 * Matching a file's header to a catalogue table: case, spacing and punctuation do not matter, and each column's
 * documented aliases count (DESIGN.md section 3). The result says, for every catalogue column, which column of
 * the file holds it.
 */
export function normaliseName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface HeaderMatch {
  readonly table: TableName;
  /** For each catalogue column in catalogue order, the index of the file column that holds it, or null. */
  readonly mapping: readonly (number | null)[];
  /** Catalogue columns the header does not name. */
  readonly missing: readonly string[];
  /** Catalogue columns the header names more than once, with the 1-based positions. */
  readonly duplicates: readonly { column: string; positions: readonly number[] }[];
  /** Header cells that are no catalogue column (ignored when loading). */
  readonly extras: readonly string[];
  /** Share of the table's columns found, 0 to 1. */
  readonly score: number;
}

export function matchTable(schema: TableSchema, header: readonly string[]): HeaderMatch {
  const names = header.map(normaliseName);
  const used = new Set<number>();
  const duplicates: { column: string; positions: number[] }[] = [];
  const mapping = schema.columns.map((column) => {
    const accepted = new Set([column.name, ...(column.aliases ?? [])].map(normaliseName));
    const positions = names.flatMap((name, index) => (accepted.has(name) ? [index] : []));
    positions.forEach((p) => used.add(p));
    if (positions.length > 1)
      duplicates.push({ column: column.name, positions: positions.map((p) => p + 1) });
    return positions[0] ?? null;
  });
  const missing = schema.columns.filter((_, i) => mapping[i] === null).map((c) => c.name);
  return {
    table: schema.name,
    mapping,
    missing,
    duplicates,
    extras: header.filter((_, index) => !used.has(index)),
    score: (schema.columns.length - missing.length) / schema.columns.length,
  };
}

/** A file whose header names at least this share of a table's columns is taken to be that table. */
export const RECOGNISED_SHARE = 0.5;

/**
 * The catalogue table the header fits best, or null when it fits none well enough (the file then loads as a
 * table of its own). Ties go to the table that leaves fewer header cells unexplained.
 */
export function recogniseTable(header: readonly string[]): HeaderMatch | null {
  const matches = [...CATALOGUE.values()].map((schema) => matchTable(schema, header));
  matches.sort((a, b) => b.score - a.score || a.extras.length - b.extras.length);
  const best = matches[0];
  return best && best.score >= RECOGNISED_SHARE ? best : null;
}

/** Builds the match for a mapping the analyst chose by hand (column by column). */
export function manualMatch(
  schema: TableSchema,
  header: readonly string[],
  mapping: readonly (number | null)[],
): HeaderMatch {
  const missing = schema.columns.filter((_, i) => (mapping[i] ?? null) === null).map((c) => c.name);
  const seen = new Map<number, string[]>();
  mapping.forEach((position, i) => {
    if (position === null || position === undefined) return;
    seen.set(position, [...(seen.get(position) ?? []), schema.columns[i]?.name ?? '']);
  });
  return {
    table: schema.name,
    mapping: schema.columns.map((_, i) => mapping[i] ?? null),
    missing,
    // One file column chosen for two catalogue columns is fine (the value is copied); nothing is duplicated.
    duplicates: [],
    extras: header.filter((_, index) => !seen.has(index)),
    score: (schema.columns.length - missing.length) / schema.columns.length,
  };
}
