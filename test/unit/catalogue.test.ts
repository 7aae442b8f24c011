import { describe, expect, it } from 'vitest';
import { CATALOGUE, TABLE_NAMES, tableSchema } from '../../src/data/catalogue';
import { readCsvSql } from '../../src/data/load-csv';

describe('the dataset catalogue', () => {
  it('describes every table of the design, once', () => {
    expect([...CATALOGUE.keys()].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it.each(TABLE_NAMES)('%s: keys and references name real columns', (name) => {
    const schema = tableSchema(name);
    const columns = new Set(schema.columns.map((c) => c.name));
    expect(columns.size).toBe(schema.columns.length);
    for (const key of schema.key) expect(columns).toContain(key);
    for (const reference of schema.references) {
      expect(columns).toContain(reference.column);
      expect(tableSchema(reference.table).columns.map((c) => c.name)).toContain(reference.targetColumn);
    }
  });
});

describe('readCsvSql', () => {
  it('gives every column its catalogue type and turns type sniffing off', () => {
    const statement = readCsvSql(tableSchema('icbs'), 'icbs.csv');
    expect(statement).toContain(
      "columns = {'icb_code': 'VARCHAR', 'icb_name': 'VARCHAR', 'region': 'VARCHAR'}",
    );
    expect(statement).toContain('auto_detect = false');
    expect(statement).toContain("read_csv('icbs.csv'");
  });

  it('quotes a file name that contains a quote', () => {
    expect(readCsvSql(tableSchema('icbs'), "it's.csv")).toContain("read_csv('it''s.csv'");
  });
});
