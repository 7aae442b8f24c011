import type { Table } from 'apache-arrow';
import type { Row } from './connector';

/**
 * Turns an Arrow result into plain objects. Queries cast to the types charts need, but a BIGINT that slips
 * through (COUNT(*) in an ad hoc query) becomes a number when it fits, so no chart ever receives a bigint.
 */
export function arrowToRows<T extends Row>(table: Table): T[] {
  const rows: T[] = [];
  for (const record of table.toArray() as { toJSON(): Row }[]) {
    const plain = record.toJSON();
    for (const key of Object.keys(plain)) {
      const value = plain[key];
      if (typeof value === 'bigint') {
        plain[key] =
          value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
      }
    }
    rows.push(plain as T);
  }
  return rows;
}
