import { beforeAll, describe, expect, it } from 'vitest';
import { exploreTables } from '../../src/data/upload/explore-tables';
import { uploadFile } from '../../src/data/upload/upload-file';
import type { Connector } from '../../src/db/connector';
import { columnHistogram, columnProfile } from '../../src/features/data/queries';
import { asFile, unknownCsv } from '../fixtures/upload-files';
import { openBundledDatabase, readBundledTable } from '../support/bundled-database';

/** The profile and histogram of an exploration table, checked against the file's values counted in the test. */
let db: Connector;
const lines = new TextDecoder()
  .decode(unknownCsv().bytes)
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));

beforeAll(async () => {
  db = await openBundledDatabase();
  const result = await uploadFile({ connector: db, bundled: readBundledTable }, asFile(unknownCsv()), {
    mode: 'replace',
  });
  expect(result).toMatchObject({ status: 'loaded', table: 'local_waiting_list_2024' });
});

const table = () => exploreTables().find((t) => t.name === 'local_waiting_list_2024')!;

describe('exploration table profile', () => {
  it('gives each column its type, filled and empty cells, distinct values and range', async () => {
    const profile = columnProfile(table().name, table().columns);
    const rows = await db.query(profile.sql, profile.params);
    const column = (i: number) => lines.map((l) => l[i]!);
    const numbers = (i: number) => column(i).map(Number);
    expect(rows).toEqual([
      {
        column_name: 'trust',
        column_type: 'VARCHAR',
        filled: 40,
        empty: 0,
        distinct_values: 4,
        min_value: 'Trust 0',
        max_value: 'Trust 3',
      },
      {
        column_name: 'specialty',
        column_type: 'VARCHAR',
        filled: 40,
        empty: 0,
        distinct_values: new Set(column(1)).size,
        min_value: 'Cardiology',
        max_value: 'Radiology',
      },
      {
        column_name: 'weeks_waited',
        column_type: 'BIGINT',
        filled: 40,
        empty: 0,
        distinct_values: new Set(column(2)).size,
        min_value: String(Math.min(...numbers(2))),
        max_value: String(Math.max(...numbers(2))),
      },
      {
        column_name: 'patients',
        column_type: 'BIGINT',
        filled: 40,
        empty: 0,
        distinct_values: 40,
        min_value: '10',
        max_value: '49',
      },
    ]);
  });

  it('bins a numeric column into ten equal ranges, empty ones included', async () => {
    const patients = table().columns.find((c) => c.name === 'patients')!;
    const histogram = columnHistogram(table().name, patients);
    const rows = await db.query<{ bin: number; label: string; row_count: number }>(
      histogram.sql,
      histogram.params,
    );
    // 10 to 49 in ten bins of width 3.9: a value's bin is floor((v - 10) / 3.9), the largest in the last bin.
    const counts = Array.from({ length: 10 }, () => 0);
    for (const v of lines.map((l) => Number(l[3]))) counts[Math.min(9, Math.floor(((v - 10) / 39) * 10))]!++;
    expect(rows.map((r) => r.row_count)).toEqual(counts);
    expect(rows[0]?.label).toBe('10 to 13.9');
    expect(rows[9]?.label).toBe('45.1 to 49');
  });

  it('lists the most common values of a text column', async () => {
    const specialty = table().columns.find((c) => c.name === 'specialty')!;
    const histogram = columnHistogram(table().name, specialty);
    const rows = await db.query<{ label: string; row_count: number }>(histogram.sql, histogram.params);
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(l[1]!, (counts.get(l[1]!) ?? 0) + 1);
    expect(rows.map((r) => [r.label, r.row_count])).toEqual(
      [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
  });

  it('puts a column with one value in one bin', async () => {
    await db.exec(`CREATE OR REPLACE TABLE one_value AS SELECT 7 AS x FROM range(5)`);
    const histogram = columnHistogram('one_value', { name: 'x', type: 'INTEGER' });
    expect(await db.query(histogram.sql, histogram.params)).toEqual([{ bin: 0, label: '7', row_count: 5 }]);
  });
});
