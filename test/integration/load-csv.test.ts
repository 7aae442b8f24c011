import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { tableSchema } from '../../src/data/catalogue';
import { loadCsvIntoTable } from '../../src/data/load-csv';
import { load, openBundledDatabase } from '../support/bundled-database';

const encode = (text: string) => new TextEncoder().encode(text);
const schema = tableSchema('capability_targets');

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, ['capability_targets', 'icbs']);
});

const targetCount = async () =>
  (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM capability_targets'))[0]!.n;

describe('loading a CSV with the catalogue types', () => {
  it('keeps codes as text: ODS codes and sub-domain numbers are never type-sniffed', async () => {
    const [row] = await db.query<{ t: string }>(
      "SELECT typeof(icb_code) AS t FROM icbs WHERE icb_code = 'QE1'",
    );
    expect(row?.t).toBe('VARCHAR');
  });

  it.each([
    ['text in a numeric column', 'archetype,domain_id,target_level\nUsers,1,two\n'],
    ['a missing column', 'archetype,domain_id\nUsers,1\n'],
    ['a ragged row', 'archetype,domain_id,target_level\nUsers,1,2,9\n'],
  ])('rejects %s and leaves the loaded table as it was', async (_kind, csv) => {
    const before = await targetCount();
    await expect(loadCsvIntoTable(db, schema, encode(csv))).rejects.toThrow(/Query failed/);
    expect(await targetCount()).toBe(before);
  });

  it('replaces the table with a valid file, quoted commas and newlines included', async () => {
    await loadCsvIntoTable(
      db,
      schema,
      encode('archetype,domain_id,target_level\n"Users, all",1,2\n"Line\nbreak",2,3\n'),
    );
    const rows = await db.query(
      'SELECT archetype, domain_id, target_level FROM capability_targets ORDER BY domain_id',
    );
    expect(rows).toEqual([
      { archetype: 'Users, all', domain_id: 1, target_level: 2 },
      { archetype: 'Line\nbreak', domain_id: 2, target_level: 3 },
    ]);
  });
});
