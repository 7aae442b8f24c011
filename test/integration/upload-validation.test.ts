import { beforeAll, describe, expect, it } from 'vitest';
import { uploadFile, type UploadResult } from '../../src/data/upload/upload-file';
import type { Connector } from '../../src/db/connector';
import { asFile, badFiles, type BadFile } from '../fixtures/upload-files';
import { load, openBundledDatabase, readBundledTable } from '../support/bundled-database';

/**
 * Every kind of bad input DESIGN.md section 5 lists, uploaded through the app's own pipeline into real DuckDB:
 * each gets a message that says what to do (and, for row faults, the line, column, value and expectation), and
 * the table it was meant for is exactly as before.
 */
let db: Connector;
const fingerprint = async () =>
  (
    await db.query<{ n: number; h: string }>(
      `SELECT count(*)::BIGINT AS n, sum(hash(response_id, assessed_on, icb_code, level))::VARCHAR AS h FROM capability_assessments`,
    )
  )[0];

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'icbs']);
});

const upload = (file: BadFile, options: { limit?: number; mode?: 'replace' | 'append' } = {}) =>
  uploadFile({ connector: db, bundled: readBundledTable }, asFile(file), {
    mode: options.mode ?? 'replace',
    limit: options.limit,
  });

function rejected(result: UploadResult) {
  if (result.status !== 'rejected') throw new Error(`expected a rejection, got ${result.status}`);
  return result.error;
}

const fileLevel: [string, () => BadFile, RegExp][] = [
  ['an empty file', badFiles.empty, /file is empty/],
  ['a header-only file', badFiles.headerOnly, /header row but no rows/],
  ['a binary file renamed .csv', badFiles.binary, /not a CSV file: it looks like an Excel workbook/],
  [
    'a header naming a column twice',
    badFiles.duplicateColumns,
    /same column more than once: level \(columns 8 and 9\)/,
  ],
  [
    'a header without a required column',
    badFiles.missingColumn,
    /looks like capability_assessments, but the header has no column "level"/,
  ],
];

describe('file-level problems', () => {
  it.each(fileLevel)(
    'rejects %s with an actionable message and changes nothing',
    async (_, make, message) => {
      const before = await fingerprint();
      const error = rejected(await upload(make()));
      expect(error.message).toMatch(message);
      expect(error.problems).toEqual([]);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('rejects a file over the size limit before reading it', async () => {
    const error = rejected(await upload(badFiles.textInNumber(), { limit: 100 }));
    expect(error.message).toMatch(
      /The file is 1[\d.]* kB, more than this browser can load \(100 bytes\)\. Split it/,
    );
  });
});

const rowLevel: [
  string,
  () => BadFile,
  { line: number; column: string; value: string | null; expected: RegExp },
][] = [
  [
    'a ragged row',
    badFiles.ragged,
    {
      line: 5,
      column: '(whole row)',
      value: expect.stringContaining(',extra') as unknown as string,
      expected: /^8 values separated by commas, as in the header; this row has 9/,
    },
  ],
  [
    'text in a numeric column',
    badFiles.textInNumber,
    { line: 4, column: 'level', value: 'high', expected: /^a whole number from 0 to 4$/ },
  ],
  [
    'an out-of-range value',
    badFiles.outOfRange,
    { line: 6, column: 'level', value: '7', expected: /^a whole number from 0 to 4$/ },
  ],
  [
    'a value not in the allowed list',
    badFiles.notAllowed,
    {
      line: 3,
      column: 'archetype',
      value: 'Wizards',
      expected: /^one of: Shapers; Drivers; Creators; Embedders; Users$/,
    },
  ],
  [
    'a date in the wrong format',
    badFiles.badDate,
    { line: 2, column: 'assessed_on', value: '31/03/2023', expected: /YYYY-MM-DD/ },
  ],
  [
    'a missing required value',
    badFiles.missingValue,
    { line: 7, column: 'response_id', value: null, expected: /response_id is required/ },
  ],
  [
    'a blank required value',
    badFiles.blankValue,
    { line: 8, column: 'response_id', value: '   ', expected: /response_id is required/ },
  ],
  [
    'a duplicate key',
    badFiles.duplicateKey,
    {
      line: 12,
      column: 'response_id and domain_id',
      value: 'R000001, 1',
      expected: /not already used in the file \(line 2 has it already\)/,
    },
  ],
  [
    'an unknown id',
    badFiles.unknownId,
    { line: 9, column: 'icb_code', value: 'ZZZ', expected: /^an icb_code listed in the icbs table$/ },
  ],
];

describe('row-level problems', () => {
  it.each(rowLevel)(
    'reports %s with its line, column, value and expectation, and changes nothing',
    async (_, make, problem) => {
      const before = await fingerprint();
      const error = rejected(await upload(make()));
      expect(error.total).toBe(1);
      expect(error.problems).toHaveLength(1);
      const [found] = error.problems;
      expect(found?.line).toBe(problem.line);
      expect(found?.column).toBe(problem.column);
      expect(found?.value).toEqual(problem.value);
      expect(found?.expected).toMatch(problem.expected);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('counts every problem and lists them in file order', async () => {
    const text = new TextDecoder()
      .decode(badFiles.textInNumber().bytes)
      .replace(/,Users,3,\d+\n/g, ',Users,3,9\n');
    const error = rejected(await upload({ name: 'many.csv', bytes: new TextEncoder().encode(text) }));
    const independent = text
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((line) => /,(high|9)$/.test(line)).length;
    expect(error.total).toBe(independent);
    const lines = error.problems.map((p) => p.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
