import { beforeAll, describe, expect, it } from 'vitest';
import { runWorkbenchQuery, WorkbenchRefused } from '../../src/data/upload/workbench';
import { uploadFile } from '../../src/data/upload/upload-file';
import type { Connector } from '../../src/db/connector';
import { asFile, unknownCsv } from '../fixtures/upload-files';
import { load, openBundledDatabase, readBundledTable } from '../support/bundled-database';

/** The SQL workbench runs read-only queries over every loaded table and refuses anything else before running it. */
let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['icbs', 'capability_assessments']);
});

describe('SQL workbench', () => {
  it('returns the rows of a query, numbers as numbers and dates as text', async () => {
    const result = await runWorkbenchQuery(
      db,
      `-- respondents per region
       SELECT i.region, count(DISTINCT a.response_id) AS respondents, max(a.assessed_on) AS latest
       FROM capability_assessments a JOIN icbs i USING (icb_code) GROUP BY 1 ORDER BY 2 DESC;`,
    );
    const expected = await db.query<{ region: string; respondents: number; latest: string }>(
      `SELECT i.region, count(DISTINCT a.response_id)::INTEGER AS respondents, strftime(max(a.assessed_on), '%Y-%m-%d') AS latest
       FROM capability_assessments a JOIN icbs i USING (icb_code) GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(result.columns.map((c) => [c.name, c.numeric])).toEqual([
      ['region', false],
      ['respondents', true],
      ['latest', false],
    ]);
    expect(result.rows).toEqual(expected);
    expect(result.truncated).toBe(false);
  });

  it('caps the rows it returns and says so', async () => {
    const result = await runWorkbenchQuery(db, 'SELECT * FROM capability_assessments', 100);
    expect(result.rows).toHaveLength(100);
    expect(result.truncated).toBe(true);
  });

  it('runs SUMMARIZE and DESCRIBE, and queries an uploaded table of its own', async () => {
    const upload = await uploadFile({ connector: db, bundled: readBundledTable }, asFile(unknownCsv()), {
      mode: 'replace',
    });
    if (upload.status !== 'loaded') throw new Error('upload failed');
    const described = await runWorkbenchQuery(db, `DESCRIBE "${upload.table}"`);
    expect(described.rows.map((r) => r.column_name)).toEqual([
      'trust',
      'specialty',
      'weeks_waited',
      'patients',
    ]);
    const summary = await runWorkbenchQuery(db, `SUMMARIZE ${upload.table}`);
    expect(summary.rows.find((r) => r.column_name === 'patients')).toMatchObject({ min: '10', max: '49' });
  });

  it.each([
    ['DROP TABLE icbs', /not DROP/],
    ['SELECT 1; DROP TABLE icbs', /one statement at a time/],
    ['WITH gone AS (SELECT 1) DELETE FROM icbs', /contains DELETE/],
    ["COPY icbs TO 'out.csv'", /not COPY/],
    ['ATTACH ":memory:" AS other', /not ATTACH/],
    ["SELECT * FROM icbs WHERE icb_name = 'unterminated", /a string that is never closed/],
    ["SELECT * FROM read_csv('https://example.com/x.csv')", /never opens addresses/],
    ["SELECT * FROM read_text('datasets/icbs.csv')", /not files or SQL text/],
  ])('refuses %s before running it, and the table is untouched', async (text, reason) => {
    await expect(runWorkbenchQuery(db, text)).rejects.toThrow(WorkbenchRefused);
    await expect(runWorkbenchQuery(db, text)).rejects.toThrow(reason);
    const [icbs] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM icbs');
    expect(icbs?.n).toBe(42);
  });

  it('reports an error in the SQL itself as the engine words it', async () => {
    await expect(runWorkbenchQuery(db, 'SELECT no_such_column FROM icbs')).rejects.toThrow(/no_such_column/);
  });
});
