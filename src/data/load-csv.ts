import type { Connector } from '../db/connector';
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
