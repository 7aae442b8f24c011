import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHETYPES, tableSchema } from '../../src/data/catalogue';
import { uploadFile } from '../../src/data/upload/upload-file';
import { expectedValue } from '../../src/data/upload/validation-sql';
import type { Connector } from '../../src/db/connector';
import { asFile, ASSESSMENT_HEADER } from '../fixtures/upload-files';
import { load, openBundledDatabase, readBundledTable } from '../support/bundled-database';

/**
 * Upload validation against the catalogue, on real DuckDB through the app's own pipeline: any file of rows
 * within the schema loads exactly as written, and any one bad cell in such a file is reported on its line, in
 * its column, with its value, and nothing is loaded. The example tests (upload-validation.test.ts) pin the
 * wording; these find the rows nobody thought to write down.
 */
const RUNS = { numRuns: 25 };
const schema = tableSchema('capability_assessments');
const COLUMNS = schema.columns.map((c) => c.name);

let db: Connector;
let icbCodes: string[] = [];

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'icbs']);
  icbCodes = (await db.query<{ c: string }>('SELECT icb_code AS c FROM icbs ORDER BY 1')).map((r) => r.c);
});

/** Free text as analysts' exports hold it: commas, quotes, semicolons and accents, but never blank. */
const freeText = fc
  .string({
    unit: fc.constantFrom('a', 'Z', '7', ' ', ',', '"', "'", ';', '&', '/', 'é', '—', '🏥'),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** One assessment row, in catalogue column order, every value within the schema (ICBs from the icbs table). */
const row = () =>
  fc.tuple(
    freeText,
    isoDate,
    fc.constantFrom(...icbCodes),
    freeText,
    freeText,
    fc.constantFrom(...ARCHETYPES),
    fc.integer({ min: 1, max: 6 }).map(String),
    fc.integer({ min: 0, max: 4 }).map(String),
  );

/** 1-8 rows whose keys (response_id, domain_id) differ. A function: the ICB list is known once DuckDB has it. */
const validRows = () =>
  fc.uniqueArray(row(), { minLength: 1, maxLength: 8, selector: (r) => `${r[0]}\u0000${r[6]}` });

/** CSV as a spreadsheet writes it: a cell is quoted only when it has to be. */
const cell = (value: string) =>
  /[",;\n\r]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
const csv = (rows: readonly (readonly string[])[]) =>
  [ASSESSMENT_HEADER, ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';

const upload = (text: string) =>
  uploadFile(
    { connector: db, bundled: readBundledTable },
    asFile({ name: 'property.csv', bytes: new TextEncoder().encode(text) }),
    { mode: 'replace' },
  );

const fingerprint = async () =>
  (
    await db.query<{ n: number; h: string }>(
      `SELECT count(*)::BIGINT AS n, sum(hash(response_id, assessed_on, icb_code, level))::VARCHAR AS h FROM capability_assessments`,
    )
  )[0];

describe('uploads of capability assessments', () => {
  it('load any file of rows within the schema, exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(validRows(), async (rows) => {
        const result = await upload(csv(rows));
        if (result.status !== 'loaded') throw new Error(JSON.stringify(result));
        expect(result.rows).toBe(rows.length);
        const stored = await db.query<Record<string, string>>(
          `SELECT ${COLUMNS.map((c) => `${c}::VARCHAR AS ${c}`).join(', ')} FROM capability_assessments`,
        );
        const asText = (r: Record<string, string>) => COLUMNS.map((c) => r[c]);
        expect(stored.map(asText).sort()).toEqual(rows.map((r) => [...r]).sort());
      }),
      RUNS,
    );
  });

  /** A bad value for column `c`, and the words the report must use for what was expected. */
  const corruptions: Record<string, fc.Arbitrary<string>> = {
    // Blank in any required column.
    blank: fc.constantFrom('', '   '),
    // Text where a whole number or a date belongs.
    notANumber: fc.constantFrom('high', 'one', 'n/a', '3 levels', '-'),
    notADate: fc.constantFrom('31/03/2023', '2023-02-30', 'March 2023', '20230331'),
    // Whole numbers outside the column's range, the values just past each end most often.
    domainOutOfRange: fc
      .oneof(
        { weight: 3, arbitrary: fc.constantFrom(0, 7) },
        fc.integer({ min: -50, max: 0 }),
        fc.integer({ min: 7, max: 10_000 }),
      )
      .map(String),
    levelOutOfRange: fc
      .oneof(
        { weight: 3, arbitrary: fc.constantFrom(-1, 5) },
        fc.integer({ min: -50, max: -1 }),
        fc.integer({ min: 5, max: 10_000 }),
      )
      .map(String),
    // Not one of the allowed archetypes, however close.
    archetype: fc.oneof(
      fc.constantFrom('Wizards', 'users', 'USERS', 'Shaper', 'Embedders.'),
      freeText.filter((s) => !(ARCHETYPES as readonly string[]).includes(s)),
    ),
    // An ICB code the icbs table does not hold.
    icb: fc.constantFrom('QXX', 'ZZZ', 'qe1', 'Q E1'),
  };

  const applicable: Record<string, readonly (keyof typeof corruptions)[]> = {
    response_id: ['blank'],
    assessed_on: ['blank', 'notADate'],
    icb_code: ['blank', 'icb'],
    organisation_type: ['blank'],
    staff_group: ['blank'],
    archetype: ['blank', 'archetype'],
    domain_id: ['blank', 'notANumber', 'domainOutOfRange'],
    level: ['blank', 'notANumber', 'levelOutOfRange'],
  };

  // The kind of fault first, then a column it fits, so every kind is tried about as often.
  const kinds = Object.keys(corruptions) as (keyof typeof corruptions)[];
  const corrupted = () =>
    validRows().chain((rows) =>
      fc.constantFrom(...kinds).chain((kind) =>
        fc.record({
          rows: fc.constant(rows),
          rowIndex: fc.nat({ max: rows.length - 1 }),
          column: fc.constantFrom(
            ...COLUMNS.flatMap((name, c) => (applicable[name]!.includes(kind) ? [c] : [])),
          ),
          kind: fc.constant(kind),
          value: corruptions[kind]!,
        }),
      ),
    );

  function expectedWords(column: number, kind: string): RegExp {
    const name = COLUMNS[column]!;
    if (kind === 'blank') return new RegExp(`${name} is required`);
    if (kind === 'icb') return /^an icb_code listed in the icbs table$/;
    return new RegExp(`^${expectedValue(schema.columns[column]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }

  it('report any one bad cell on its line and in its column, and load nothing', async () => {
    await fc.assert(
      fc.asyncProperty(corrupted(), async ({ rows, rowIndex, column, kind, value }) => {
        const bad = rows.map((r, i) => (i === rowIndex ? r.map((v, c) => (c === column ? value : v)) : r));
        const before = await fingerprint();
        const result = await upload(csv(bad));
        if (result.status !== 'rejected') throw new Error(`expected a rejection, got ${result.status}`);
        const { error } = result;
        expect(error.total).toBe(1);
        expect(error.problems).toHaveLength(1);
        const [problem] = error.problems;
        // The header is line 1; no generated value spans lines.
        expect(problem?.line).toBe(rowIndex + 2);
        expect(problem?.column).toBe(COLUMNS[column]);
        expect(problem?.value).toBe(value === '' ? null : value);
        expect(problem?.expected).toMatch(expectedWords(column, kind));
        expect(await fingerprint()).toEqual(before);
      }),
      // More runs than the load property: seven kinds of fault, each needing a few tries at its edge values.
      { numRuns: 40 },
    );
  });
});
