import type { Connector } from '../../../src/db/connector';

const int = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const pct = (numerator: number, denominator: number) => `${Math.round((100 * numerator) / denominator)}%`;

/** The archetype figure's table ("meeting their target, by archetype"), computed independently over `table`. */
export async function expectedArchetypes(db: Connector, table: string): Promise<string[][]> {
  const rows = await db.query<{
    archetype: string;
    respondents: number;
    met: number;
    pairs: number;
    gap: number;
  }>(
    `SELECT a.archetype, count(DISTINCT a.response_id)::INTEGER AS respondents,
            sum(CASE WHEN a.level >= t.target_level THEN 1 ELSE 0 END)::INTEGER AS met, count(*)::INTEGER AS pairs,
            avg(CASE WHEN t.target_level > a.level THEN t.target_level - a.level ELSE 0 END)::DOUBLE AS gap
     FROM ${table} a JOIN capability_targets t ON a.archetype = t.archetype AND a.domain_id = t.domain_id
     WHERE a.assessed_on = (SELECT max(assessed_on) FROM ${table})
     GROUP BY a.archetype`,
  );
  return ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'].map((name) => {
    const e = rows.find((x) => x.archetype === name)!;
    return [name, int(e.respondents), pct(e.met, e.pairs), e.gap.toFixed(2), ''];
  });
}

/** Loads an assessments CSV into DuckDB in Node as table `table`, with the catalogue's column types. */
export async function loadAssessmentsFile(db: Connector, table: string, bytes: Uint8Array): Promise<void> {
  await db.registerFile(`${table}.csv`, bytes);
  await db.exec(
    `CREATE TABLE ${table} AS SELECT * FROM read_csv('${table}.csv', header = true, columns = {
       'response_id': 'VARCHAR', 'assessed_on': 'DATE', 'icb_code': 'VARCHAR', 'organisation_type': 'VARCHAR',
       'staff_group': 'VARCHAR', 'archetype': 'VARCHAR', 'domain_id': 'INTEGER', 'level': 'INTEGER'})`,
  );
}
