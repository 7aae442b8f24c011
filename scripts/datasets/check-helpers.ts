import { parseCsv, type CsvRecord } from './csv';

/** Collects what is wrong instead of stopping at the first problem, so one run reports every failure. */
export class Failures {
  readonly messages: string[] = [];

  add(message: string): void {
    this.messages.push(message);
  }

  equal(label: string, actual: unknown, expected: unknown): void {
    if (actual !== expected) this.add(`${label}: expected ${String(expected)}, got ${String(actual)}`);
  }

  within(label: string, actual: number, expected: number, tolerance: number): void {
    if (Math.abs(actual - expected) > tolerance) {
      this.add(`${label}: expected ${expected} (within ${tolerance}), got ${actual}`);
    }
  }

  that(condition: boolean, message: string): void {
    if (!condition) this.add(message);
  }
}

export class DatasetCheckError extends Error {
  constructor(
    readonly kind: string,
    readonly failures: readonly string[],
  ) {
    super(`${kind}: ${failures.length} check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    this.name = 'DatasetCheckError';
  }
}

export function throwIfAny(kind: string, failures: Failures): void {
  if (failures.messages.length > 0) throw new DatasetCheckError(kind, failures.messages);
}

/** Reads one dataset file from the map, failing clearly when it is missing. */
export function table(files: Readonly<Record<string, string>>, name: string): CsvRecord[] {
  const text = files[name];
  if (text === undefined)
    throw new DatasetCheckError('Missing file', [`${name} is not among the files checked`]);
  return parseCsv(text);
}

/** The value of a column, failing clearly when the column is missing. */
export function field(record: CsvRecord, column: string): string {
  const value = record[column];
  if (value === undefined) throw new DatasetCheckError('Missing column', [`column ${column} is missing`]);
  return value;
}

/** Published shares are whole percentages of a base. */
export const share = (count: number, base: number): number => Math.round((100 * count) / base);

/** How many distinct technologies each value of `column` has, over link rows or technology rows. */
export function distinctTechnologiesBy(records: readonly CsvRecord[], column: string): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const record of records) {
    const key = field(record, column);
    const set = sets.get(key) ?? new Set<string>();
    set.add(field(record, 'technology_id'));
    sets.set(key, set);
  }
  return new Map([...sets].map(([key, set]) => [key, set.size]));
}

/** Checks that `expected` are the largest values of `counts`, in order, each strictly above the next. */
export function checkTopRanking(
  failures: Failures,
  label: string,
  counts: ReadonlyMap<string, number>,
  expected: readonly { name: string; count: number; share: number }[],
  base: number,
): void {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  expected.forEach((item, index) => {
    const actual = counts.get(item.name) ?? 0;
    failures.equal(`${label} "${item.name}" technologies`, actual, item.count);
    failures.equal(`${label} "${item.name}" share of ${base}`, share(actual, base), item.share);
    const at = ranked[index];
    failures.that(
      at?.[0] === item.name,
      `${label}: rank ${index + 1} should be "${item.name}", is "${at?.[0]}"`,
    );
  });
  const lowest = Math.min(...expected.map((e) => counts.get(e.name) ?? 0));
  const others = ranked.filter(([name]) => !expected.some((e) => e.name === name));
  const highestOther = others[0];
  if (highestOther) {
    failures.that(
      highestOther[1] < lowest,
      `${label}: "${highestOther[0]}" has ${highestOther[1]} technologies, not fewer than the published top ones (${lowest})`,
    );
  }
  for (let i = 1; i < expected.length; i++) {
    const above = counts.get(expected[i - 1]?.name ?? '') ?? 0;
    const below = counts.get(expected[i]?.name ?? '') ?? 0;
    failures.that(
      above > below,
      `${label}: ${expected[i - 1]?.name} (${above}) should exceed ${expected[i]?.name} (${below})`,
    );
  }
}
