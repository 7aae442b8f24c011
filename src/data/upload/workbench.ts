import type { Connector, Row } from '../../db/connector';
import { quoteIdentifier } from '../../db/sql';
import { inTransaction } from '../load-csv';
import { checkReadOnly } from './read-only-sql';

/**
 * Runs an analyst's query from the SQL workbench. Three guards: it must pass checkReadOnly (one statement that only
 * reads) before it reaches the engine; it is wrapped as a subquery (so a second statement cannot hide in it);
 * and it runs on a session of its own inside a transaction that is always rolled back.
 */
export interface WorkbenchColumn {
  readonly name: string;
  readonly type: string;
  readonly numeric: boolean;
}

export interface WorkbenchResult {
  readonly columns: readonly WorkbenchColumn[];
  readonly rows: readonly Row[];
  /** More rows than the limit came back; only the first `limit` are kept. */
  readonly truncated: boolean;
}

export class WorkbenchRefused extends Error {}

/** Marker: always rolled back. */
class RollBack extends Error {
  constructor(readonly result: WorkbenchResult) {
    super('rolled back');
  }
}

const WHOLE_NUMBERS = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER)$/;
const OTHER_NUMBERS = /^(HUGEINT|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/** Each result column as the table can show it: numbers as numbers, text and truth values as they are, the rest as text. */
export function displaySelect(
  statement: string,
  columns: readonly { name: string; type: string }[],
  limit: number,
): string {
  const list = columns
    .map(({ name, type }) => {
      const c = quoteIdentifier(name);
      if (WHOLE_NUMBERS.test(type) || type === 'VARCHAR' || type === 'BOOLEAN') return c;
      return OTHER_NUMBERS.test(type) ? `${c}::DOUBLE AS ${c}` : `${c}::VARCHAR AS ${c}`;
    })
    .join(', ');
  return `SELECT ${list} FROM (${statement}\n) AS result LIMIT ${Math.floor(limit) + 1}`;
}

export async function runWorkbenchQuery(
  connector: Connector,
  text: string,
  limit = 1000,
): Promise<WorkbenchResult> {
  const check = checkReadOnly(text);
  if (!check.ok) throw new WorkbenchRefused(check.reason);
  try {
    await connector.withSession((session) =>
      inTransaction(session, async () => {
        const described = await session.query<{ column_name: string; column_type: string }>(
          `DESCRIBE SELECT * FROM (${check.statement}\n) AS result`,
        );
        const columns = described.map((c) => ({ name: c.column_name, type: c.column_type }));
        const rows = await session.query(displaySelect(check.statement, columns, limit));
        throw new RollBack({
          columns: columns.map((c) => ({
            ...c,
            numeric: WHOLE_NUMBERS.test(c.type) || OTHER_NUMBERS.test(c.type),
          })),
          rows: rows.slice(0, limit),
          truncated: rows.length > limit,
        });
      }),
    );
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  }
  throw new Error('unreachable');
}
