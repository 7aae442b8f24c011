import type { Table } from 'apache-arrow';
import type { Row } from './connector';

/** A BIGINT that slips through (COUNT(*) in an ad hoc query) becomes a number when it fits, else text. */
function plainValue(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

/**
 * Turns an Arrow result into plain objects, so no chart ever receives a bigint. Keys are defined rather than
 * assigned: a column an upload names `__proto__` would otherwise set the row's prototype and vanish (found by
 * the property tests of quoteIdentifier).
 */
export function arrowToRows<T extends Row>(table: Table): T[] {
  const rows: T[] = [];
  const names = table.schema.fields.map((f) => f.name);
  for (const record of table.toArray() as Record<string, unknown>[]) {
    const plain: Row = {};
    for (const name of names)
      Object.defineProperty(plain, name, {
        value: plainValue(record[name]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    rows.push(plain as T);
  }
  return rows;
}
