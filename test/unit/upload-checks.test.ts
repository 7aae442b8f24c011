import { describe, expect, it } from 'vitest';
import { tableSchema } from '../../src/data/catalogue';
import { matchTable, normaliseName, recogniseTable } from '../../src/data/upload/header-match';
import { recordLines, lineAtOffsets } from '../../src/data/upload/line-locator';
import { checkReadOnly } from '../../src/data/upload/read-only-sql';
import { exploreTableName } from '../../src/data/upload/explore-table';
import { binaryKind, detectEncoding, sniffHead } from '../../src/data/upload/sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('read-only check for the SQL workbench', () => {
  it.each([
    ['SELECT * FROM icbs', 'SELECT * FROM icbs'],
    ['  with x as (select 1) select * from x ;  -- done', '  with x as (select 1) select * from x '],
    ["SELECT 'DROP TABLE x; --' AS text", "SELECT 'DROP TABLE x; --' AS text"],
    ['SELECT "delete" FROM t /* drop; */', 'SELECT "delete" FROM t'],
    ['SUMMARIZE icbs', 'SUMMARIZE icbs'],
    ['describe icbs;', 'describe icbs'],
    ['SELECT $$a;b$$', 'SELECT $$a;b$$'],
    // GLOB the operator, and a column named like a reading function, are not calls.
    ["SELECT name GLOB 'N*' AS g, query FROM t", "SELECT name GLOB 'N*' AS g, query FROM t"],
    ["SELECT 'see nhs.uk' AS note", "SELECT 'see nhs.uk' AS note"],
  ])('accepts %j', (text, statement) => {
    expect(checkReadOnly(text)).toEqual({ ok: true, statement });
  });

  it.each([
    ['', /Type a query/],
    ['-- only a comment', /Type a query/],
    ['INSERT INTO icbs VALUES (1)', /not INSERT/],
    ['select 1; select 2', /one statement at a time/],
    ['select 1;;', /one statement at a time/],
    ['SELECT * FROM t; -- x\n DROP TABLE t', /one statement at a time/],
    ['WITH x AS (SELECT 1) UPDATE t SET a = 1', /contains UPDATE/],
    ['SELECT * FROM t /* never closed', /comment/],
    ['SELECT "unclosed FROM t', /quoted name/],
    ['PRAGMA version', /not PRAGMA/],
    ['SELECT load FROM t', /contains LOAD\. If that is a column or table name, put it in double quotes/],
    ["SELECT * FROM read_csv('https://example.com/x.csv')", /never opens addresses/],
    ["SELECT * FROM 'HTTPS://example.com/x.parquet'", /never opens addresses/],
    ['SELECT * FROM "s3://bucket/x.csv"', /never opens addresses/],
    ['SELECT * FROM read_text($$opfs://uploads/x.csv$$)', /never opens addresses/],
    ["SELECT * FROM query('SELECT * FROM read_csv(''https://e.com/x'')')", /never opens addresses/],
    ["SELECT * FROM read_csv('https:' || '//example.com/x.csv')", /not files or SQL text \(read_csv\)/],
    ['SELECT * FROM "READ_PARQUET" (\'x\')', /not files or SQL text \(read_parquet\)/],
    ["SELECT * FROM query(concat('SELECT ', '1'))", /not files or SQL text \(query\)/],
    ['SELECT * FROM glob(  $x$*$x$ )', /not files or SQL text \(glob\)/],
  ])('refuses %j', (text, reason) => {
    const result = checkReadOnly(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('header matching', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(normaliseName('\uFEFF  Domain ID ')).toBe('domain_id');
    expect(normaliseName('Organisation-Type')).toBe('organisation_type');
  });

  it('recognises a table from its header, with aliases and extra columns', () => {
    const match = recogniseTable([
      'Respondent ID',
      'assessed_on',
      'ICB_CODE',
      'org_type',
      'staff group',
      'archetype',
      'domain id',
      'level',
      'notes',
    ]);
    expect(match).toMatchObject({
      table: 'capability_assessments',
      missing: [],
      extras: ['notes'],
      score: 1,
    });
    expect(match?.mapping).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('tells two tables with a shared column apart', () => {
    expect(recogniseTable(['technology_id', 'point_of_care'])?.table).toBe('ai_roadmap_points_of_care');
    expect(recogniseTable(['technology_id', 'workforce_group'])?.table).toBe('ai_roadmap_workforce_groups');
    expect(recogniseTable(['archetype', 'domain_id', 'target_level'])?.table).toBe('capability_targets');
  });

  it('names missing and repeated columns, and leaves unrelated files alone', () => {
    const partial = matchTable(tableSchema('capability_assessments'), [
      'response_id',
      'assessed_on',
      'icb_code',
      'archetype',
      'domain_id',
      'Level',
      'level',
    ]);
    expect(partial.missing).toEqual(['organisation_type', 'staff_group']);
    expect(partial.duplicates).toEqual([{ column: 'level', positions: [6, 7] }]);
    expect(recogniseTable(['trust', 'specialty', 'weeks_waited'])).toBeNull();
  });
});

describe('sniffing the head of a file', () => {
  it('recognises binary files by their signature or their bytes', () => {
    expect(binaryKind(Uint8Array.from([0x50, 0x4b, 3, 4, 0]), 'utf-8')).toMatch(/Excel workbook/);
    expect(binaryKind(Uint8Array.from([0x25, 0x50, 0x44, 0x46]), 'utf-8')).toMatch(/PDF/);
    expect(binaryKind(Uint8Array.from([0x61, 0, 0x62]), 'utf-8')).toMatch(/binary/);
    expect(binaryKind(bytes('a,b\n1,2\n'), 'utf-8')).toBeNull();
  });

  it('tells UTF-8, byte-order marks and Windows-1252 apart', () => {
    expect(detectEncoding(bytes('\uFEFFa,b'))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toEqual({
      encoding: 'utf-16le',
      bom: true,
    });
    expect(detectEncoding(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      encoding: 'windows-1252',
      bom: false,
    });
    // A character cut in half at the end of the head is still UTF-8.
    expect(detectEncoding(bytes('Café').slice(0, 4), false)).toEqual({ encoding: 'utf-8', bom: false });
  });

  it('finds the delimiter and the header, and knows a header-only file', () => {
    const sniff = sniffHead(bytes('a;b;"c;d"\n1;2;3\n'), 17);
    expect(sniff).toMatchObject({ delimiter: ';', header: ['a', 'b', 'c;d'], headerOnly: false });
    expect(sniffHead(bytes('a,b\n'), 4).headerOnly).toBe(true);
    expect(() => sniffHead(bytes('\n\na,b\n'), 6)).toThrow(/first line of the file is empty/);
    expect(() => sniffHead(bytes('  \n'), 3)).toThrow(/empty/);
  });
});

describe('line numbers', () => {
  const file = new Blob(['h1,h2\n', 'a,1\n', '\n', '"b\nstill b",2\n', 'c,3\r\n', 'd,4']);

  it('numbers records by the line they start on, across quoted line breaks and blank lines', async () => {
    const lines = await recordLines(file, [1, 2, 3, 4]);
    expect([...lines]).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
      [4, 7],
    ]);
  });

  it('turns byte offsets into lines', async () => {
    expect([...(await lineAtOffsets(file, [0, 6, 11]))]).toEqual([
      [0, 1],
      [6, 2],
      [11, 4],
    ]);
  });
});

describe('names of exploration tables', () => {
  it.each([
    ['Local waiting list (2024).csv', 'local_waiting_list_2024'],
    ['2024 extract.csv', 't_2024_extract'],
    ['icbs.csv', 'upload_icbs'],
    ['capability_gaps.CSV', 'upload_capability_gaps'],
    ['"; DROP TABLE x; --.csv', 'drop_table_x'],
    ['.csv', 'upload'],
  ])('%j becomes %j', (file, name) => {
    expect(exploreTableName(file)).toBe(name);
  });
});
