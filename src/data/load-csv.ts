import type { Connector, StatementRunner } from '../db/connector';
import { quoteIdentifier, quoteLiteral } from '../db/sql';
import type { TableSchema } from './catalogue';

/**
 * SQL that reads a registered CSV file with the catalogue's column types. Types are given, not sniffed, so
 * that codes keep their spelling and a malformed value fails loudly instead of changing a column's type.
 */
export function readCsvSql(schema: TableSchema, fileName: string): string {
  const columns = schema.columns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`).join(', ');
  return (
    `SELECT * FROM read_csv(${quoteLiteral(fileName)}, header = true, delim = ',', quote = '"', ` +
    `escape = '"', auto_detect = false, dateformat = '%Y-%m-%d', columns = {${columns}})`
  );
}

/** Replaces the table with the file's rows in one statement, so a failure leaves the old table as it was. */
export async function loadCsvIntoTable(
  connector: Connector,
  schema: TableSchema,
  bytes: Uint8Array,
): Promise<void> {
  const fileName = `${schema.name}.csv`;
  await connector.registerFile(fileName, bytes);
  try {
    await connector.exec(
      `CREATE OR REPLACE TABLE ${quoteIdentifier(schema.name)} AS ${readCsvSql(schema, fileName)}`,
    );
  } finally {
    await connector.dropFile(fileName);
  }
}

/** Replacing a table's rows, or adding to them. */
export type LoadMode = 'replace' | 'append';

/** The statement that puts `select`'s rows into `table`: replacing the table, or appending to it. */
export function loadRowsSql(schema: TableSchema, select: string, mode: LoadMode): string {
  const table = quoteIdentifier(schema.name);
  if (mode === 'replace') return `CREATE OR REPLACE TABLE ${table} AS ${select}`;
  return `INSERT INTO ${table} (${schema.columns.map((c) => quoteIdentifier(c.name)).join(', ')}) ${select}`;
}

/**
 * Runs `work` between BEGIN and COMMIT on a session of its own; if anything in it fails (or it throws to reject
 * what it loaded), ROLLBACK puts every table back as it was and the error is passed on.
 */
export async function inTransaction<T>(session: StatementRunner, work: () => Promise<T>): Promise<T> {
  await session.exec('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await session.exec('COMMIT');
  return result;
}
