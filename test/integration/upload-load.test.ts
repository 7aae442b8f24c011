import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tableProvenance } from '../../src/data/dataset-versions';
import { uploadFile, type UploadResult } from '../../src/data/upload/upload-file';
import type { Connector } from '../../src/db/connector';
import {
  ASSESSMENT_HEADER,
  asFile,
  assessmentRows,
  awkwardFiles,
  type BadFile,
} from '../fixtures/upload-files';
import { load, openBundledDatabase, readBundledTable } from '../support/bundled-database';

/** Files that are awkward but legitimate load exactly, and appending keeps keys unique across the table. */
let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_assessments', 'icbs', 'ai_roadmap_technologies']);
});

const upload = (file: BadFile, mode: 'replace' | 'append' = 'replace') =>
  uploadFile({ connector: db, bundled: readBundledTable }, asFile(file), { mode });

function loaded(result: UploadResult) {
  if (result.status !== 'loaded')
    throw new Error(
      `expected a load, got ${result.status}: ${result.status === 'rejected' ? result.error.message : ''}`,
    );
  return result;
}

const assessmentsAsText = () =>
  db.query<{ line: string }>(
    `SELECT concat_ws(',', response_id, strftime(assessed_on, '%Y-%m-%d'), icb_code, organisation_type, staff_group,
                      archetype, domain_id, level) AS line
     FROM capability_assessments ORDER BY response_id, domain_id`,
  );

describe('awkward files that must load', () => {
  it.each([
    ['a UTF-8 byte-order mark', awkwardFiles.bom, []],
    ['semicolons between values', awkwardFiles.semicolons, [/separated by semicolons, not commas/]],
    ['Windows line endings', awkwardFiles.windowsLineEndings, []],
    [
      'headers in other case and spacing, an alias and an extra column',
      awkwardFiles.aliasedHeader,
      [/were ignored: "Notes"/],
    ],
  ] as const)('loads a file with %s, row for row', async (_, make, notices) => {
    const result = loaded(await upload(make()));
    expect(result.table).toBe('capability_assessments');
    expect(result.rows).toBe(30);
    expect(result.notices).toHaveLength(notices.length);
    notices.forEach((notice, i) => expect(result.notices[i]).toMatch(notice));
    expect((await assessmentsAsText()).map((r) => r.line)).toEqual(assessmentRows(30));
    expect(tableProvenance('capability_assessments')).toMatchObject({
      source: 'uploaded',
      upload: { rows: 30 },
    });
  });

  it('reads Windows-1252 text as such and says so', async () => {
    const result = loaded(await upload(awkwardFiles.windows1252()));
    expect(result.notices[0]).toMatch(/read as Windows-1252/);
    const [first] = await db.query<{ icb_name: string }>(`SELECT icb_name FROM icbs WHERE icb_code = 'QE1'`);
    expect(first?.icb_name).toBe('NHS Café Lancashire and South Cumbria Integrated Care Board');
    expect(result.rows).toBe(42);
  });

  it('loads an ICB list without some ICBs, and says how many rows elsewhere now match nothing', async () => {
    const [used] = await db.query<{ icb_code: string; n: number }>(
      `SELECT icb_code, count(*)::INTEGER AS n FROM capability_assessments GROUP BY 1 ORDER BY 1 LIMIT 1`,
    );
    const lines = new TextDecoder()
      .decode(await readBundledTable('icbs'))
      .trimEnd()
      .split('\n');
    const kept = lines.filter((line) => !line.startsWith(`${used!.icb_code},`));
    expect(kept).toHaveLength(lines.length - 1);
    try {
      const result = loaded(
        await upload({ name: 'fewer-icbs.csv', bytes: new TextEncoder().encode(kept.join('\n') + '\n') }),
      );
      expect(result.notices).toContain(
        `${used!.n.toLocaleString('en-GB')} rows of capability_assessments name an icb_code that is not in the new icbs; they match nothing in it now.`,
      );
    } finally {
      loaded(await upload({ name: 'icbs.csv', bytes: new Uint8Array(await readBundledTable('icbs')) }));
    }
  });

  it('finds a Windows-1252 byte far past the start of the file and reloads it in that encoding', async () => {
    const rows = assessmentRows(1200);
    rows[1100] = rows[1100]!
      .replace('Nursing and midwifery', 'Caf\u00e9 staff')
      .replace('Allied health professionals', 'Caf\u00e9 staff');
    const text = [ASSESSMENT_HEADER, ...rows].join('\n') + '\n';
    const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const result = loaded(await upload({ name: 'late-1252.csv', bytes }));
    expect(result.notices[0]).toMatch(/Windows-1252/);
    const [cafe] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM capability_assessments WHERE staff_group = 'Café staff'`,
    );
    expect(cafe?.n).toBe(1);
  });

  it('keeps a quoted line break inside its value, and counts lines after it as a text editor does', async () => {
    loaded(await upload(awkwardFiles.quotedNewline()));
    const [t002] = await db.query<{ technology_name: string }>(
      `SELECT technology_name FROM ai_roadmap_technologies WHERE technology_id = 'T002'`,
    );
    expect(t002?.technology_name).toBe('Diabetes population management\nsecond line');

    // A fault on the row after the two-line record is on physical line 5 (header, T001, T002 twice, T003).
    const text = new TextDecoder()
      .decode(awkwardFiles.quotedNewline().bytes)
      .replace(/^(T003,.*,)\d+(,\w+,\w+,\w+)$/m, '$1soon$2');
    const result = await upload({ name: 'multiline-bad.csv', bytes: new TextEncoder().encode(text) });
    if (result.status !== 'rejected') throw new Error('expected a rejection');
    expect(result.error.problems[0]).toMatchObject({ line: 5, column: 'years_to_deployment', value: 'soon' });
  });
});

describe('replace and append', () => {
  beforeEach(async () => {
    const first = [ASSESSMENT_HEADER, ...assessmentRows(30)].join('\n') + '\n';
    loaded(await upload({ name: 'first.csv', bytes: new TextEncoder().encode(first) }));
  });

  const next = () => ({
    name: 'next.csv',
    bytes: new TextEncoder().encode([ASSESSMENT_HEADER, ...assessmentRows(45).slice(30)].join('\n') + '\n'),
  });

  it('appends rows to the table', async () => {
    const result = loaded(await upload(next(), 'append'));
    expect(result).toMatchObject({ rows: 45, added: 15 });
    expect((await assessmentsAsText()).map((r) => r.line)).toEqual(assessmentRows(45));
    expect(tableProvenance('capability_assessments').upload?.fileName).toBe('first.csv + next.csv');
  });

  it('refuses to append rows whose keys the table already has, and keeps it as it was', async () => {
    loaded(await upload(next(), 'append'));
    const again = await upload(next(), 'append');
    if (again.status !== 'rejected') throw new Error('expected a rejection');
    expect(again.error.total).toBe(15);
    expect(again.error.problems[0]).toMatchObject({ line: 2, column: 'response_id and domain_id' });
    expect(again.error.problems[0]?.expected).toMatch(/not already in capability_assessments/);
    expect((await assessmentsAsText()).map((r) => r.line)).toEqual(assessmentRows(45));
  });
});

describe('what the quick checks must not reject, and cancelling', () => {
  it('loads a valid file whose keys are out of order, and values that only start with a space', async () => {
    const rows = assessmentRows(40).reverse();
    // The staff group (fifth value) of one row starts with a space: unusual, but not blank.
    rows[3] = rows[3]!.replace(/^([^,]+,[^,]+,[^,]+,[^,]+,)/, '$1 ');
    const result = loaded(
      await upload({
        name: 'reversed.csv',
        bytes: new TextEncoder().encode([ASSESSMENT_HEADER, ...rows].join('\n') + '\n'),
      }),
    );
    expect(result.rows).toBe(40);
    const [spaced] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM capability_assessments WHERE staff_group LIKE ' %'`,
    );
    expect(spaced?.n).toBe(1);
  });

  it('rolls back a load cancelled while its rows are checked, leaving the table as it was', async () => {
    const before = await assessmentsAsText();
    const controller = new AbortController();
    const result = await uploadFile(
      { connector: db, bundled: readBundledTable },
      asFile({
        name: 'cancelled.csv',
        bytes: new TextEncoder().encode([ASSESSMENT_HEADER, ...assessmentRows(60)].join('\n') + '\n'),
      }),
      {
        mode: 'replace',
        signal: controller.signal,
        onStep: (step) => step === 'checking' && controller.abort(),
      },
    );
    expect(result.status).toBe('cancelled');
    expect(await assessmentsAsText()).toEqual(before);
  });
});
