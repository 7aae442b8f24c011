import fc from 'fast-check';
import { VIEWS } from '../../src/data/views';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { inList, join, quoteIdentifier, quoteLiteral, sql, where } from '../../src/db/sql';
import { capabilityWhere, capabilityFiltersFromUrl } from '../../src/features/capabilities/filters';
import { selectedCte, technologyFiltersFromUrl } from '../../src/features/technologies/filters';
import { load, openBundledDatabase } from '../support/bundled-database';

/**
 * Values from outside (URL parameters, uploaded names) must reach DuckDB as data, never as code (DESIGN.md
 * section 2). These properties run the app's SQL builders with hostile and arbitrary strings on real DuckDB and
 * check that each value comes back exactly as it went in, and that nothing else was executed.
 */
const RUNS = { numRuns: 40 };

const HOSTILE = [
  "'; DROP TABLE icbs; --",
  "' OR '1'='1",
  '"; DROP TABLE icbs; --',
  '?',
  '$1',
  '\\',
  '%_',
  'a;b',
  "O'Brien",
  '  padded  ',
  'Ünïcödé — “quotes” 🏥',
  '',
];

/** Any NUL-free, well-formed text (a lone surrogate cannot be encoded as UTF-8, so it is no string a user sends). */
const text = fc
  .oneof(
    fc.constantFrom(...HOSTILE),
    // Weighted: mostly the characters that end a literal or identifier, separate statements or start comments.
    {
      weight: 3,
      arbitrary: fc.string({
        unit: fc.constantFrom("'", '"', ';', '-', ' ', '?', '\\', '\n', 'a', 'é', '🏥'),
        maxLength: 12,
      }),
    },
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  )
  .filter((s) => !s.includes('\0') && !/\p{Surrogate}/u.test(s));

let db: Connector;
const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0]?.n;
let icbs: number | undefined;

beforeAll(async () => {
  db = await openBundledDatabase();
  await load(db, [
    'icbs',
    'ai_roadmap_technologies',
    'ai_roadmap_workforce_groups',
    'ai_roadmap_points_of_care',
    'technology_deployments',
    'technology_facets',
    'capability_gaps',
  ]);
  icbs = await count('icbs');
});

// Any statement smuggled in through a value would most likely have touched the table the hostile strings name.
afterAll(async () => expect(await count('icbs')).toBe(icbs));

describe('sql and join bind values as parameters', () => {
  it('round-trips any string through SELECT ?', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (a, b) => {
        const query = join([sql('SELECT ? AS a,', [a]), sql('? AS b', [b])], ' ');
        expect(await db.query(query.sql, query.params)).toEqual([{ a, b }]);
      }),
      RUNS,
    );
  });

  it('keeps exactly the chosen values with inList and where, whatever they contain', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(text, { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(text, { maxLength: 6 }),
        async (stored, extra) => {
          const chosen = [...stored.slice(0, Math.ceil(stored.length / 2)), ...extra];
          await db.exec('CREATE OR REPLACE TEMP TABLE prop_values (v VARCHAR)');
          for (const v of stored) await db.query('INSERT INTO prop_values VALUES (?)', [v]);
          const query = join(['SELECT v FROM prop_values', where(inList('v', chosen)), 'ORDER BY v']);
          const found = (await db.query<{ v: string }>(query.sql, query.params)).map((r) => r.v);
          expect(found.sort()).toEqual(stored.filter((v) => chosen.includes(v)).sort());
        },
      ),
      RUNS,
    );
  });
});

describe('quoting, where a value cannot be a parameter', () => {
  it('quoteIdentifier round-trips any non-empty name as a column and a table name', async () => {
    const name = text.filter((s) => s.length > 0);
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const [row] = await db.query(`SELECT 1 AS ${quoteIdentifier(n)}`);
        expect(Object.keys(row!)).toEqual([n]);
        await db.exec(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(n)} (${quoteIdentifier(n)} INTEGER)`);
        const columns = await db.query<{ t: string; c: string }>(
          `SELECT table_name AS t, column_name AS c FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = ?`,
          [n],
        );
        expect(columns).toEqual([{ t: n, c: n }]);
        await db.exec(`DROP TABLE ${quoteIdentifier(n)}`);
      }),
      // Always tried: a name that ends the quoting, and names plain objects treat specially.
      { ...RUNS, examples: [['"; DROP TABLE icbs; --'], ['__proto__'], ['constructor']] },
    );
  });

  it('quoteLiteral round-trips any string', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        expect(await db.query(`SELECT ${quoteLiteral(s)} AS s`)).toEqual([{ s }]);
      }),
      RUNS,
    );
  });
});

describe('the views’ filter builders, fed from a URL as a shared link delivers them', () => {
  const fromUrl = (param: string, value: string) => new URLSearchParams([[param, value]]);

  it('technology filters find a technology by any subtype, clinical area or workforce group, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        await db.query(
          `INSERT INTO ai_roadmap_technologies VALUES ('PROP-1', 'Property test', 'Other', ?, ?, 0, 'Low', 'Low', 'Low')`,
          [value, value],
        );
        await db.query(`INSERT INTO ai_roadmap_workforce_groups VALUES ('PROP-1', ?)`, [value]);
        // The filters read the shared technology_facets table, built once per data version; this test writes
        // to its tables directly, so it rebuilds it from its own definition.
        const rebuildFacets = () =>
          db.exec(`CREATE OR REPLACE TABLE technology_facets AS ${VIEWS.technology_facets.sql}`);
        await rebuildFacets();
        try {
          for (const param of ['subtype', 'area', 'group']) {
            const query = join([
              selectedCte(technologyFiltersFromUrl(fromUrl(param, value))),
              `SELECT technology_id, technology_subtype, clinical_area FROM selected`,
            ]);
            const rows = await db.query<{
              technology_id: string;
              technology_subtype: string;
              clinical_area: string;
            }>(query.sql, query.params);
            expect(rows.map((r) => r.technology_id)).toContain('PROP-1');
            if (param === 'subtype') expect(rows.every((r) => r.technology_subtype === value)).toBe(true);
            if (param === 'area') expect(rows.every((r) => r.clinical_area === value)).toBe(true);
            if (param === 'group') {
              const users = await db.query<{ n: number }>(
                'SELECT count(DISTINCT technology_id)::INTEGER AS n FROM ai_roadmap_workforce_groups WHERE workforce_group = ?',
                [value],
              );
              expect(rows).toHaveLength(users[0]!.n);
            }
          }
        } finally {
          await db.exec(`DELETE FROM ai_roadmap_workforce_groups WHERE technology_id = 'PROP-1'`);
          await db.exec(`DELETE FROM ai_roadmap_technologies WHERE technology_id = 'PROP-1'`);
          await rebuildFacets();
        }
      }),
      RUNS,
    );
  });

  it('capability filters find an assessment by any organisation type or staff group, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        await db.query(
          `INSERT INTO capability_assessments VALUES ('PROP-1', DATE '2001-01-01', 'QE1', ?, ?, 'Users', 1, 1)`,
          [value, value],
        );
        try {
          for (const [param, column] of [
            ['org', 'organisation_type'],
            ['staff', 'staff_group'],
          ] as const) {
            const query = join([
              // The shared relation's own definition: the capability_gaps table is built once per data
              // version, and this test writes to the assessments directly.
              `SELECT response_id, organisation_type, staff_group FROM (${VIEWS.capability_gaps.sql}) g`,
              capabilityWhere(capabilityFiltersFromUrl(fromUrl(param, value))),
            ]);
            const rows = await db.query<{
              response_id: string;
              organisation_type: string;
              staff_group: string;
            }>(query.sql, query.params);
            expect(rows.map((r) => r.response_id)).toContain('PROP-1');
            expect(rows.every((r) => r[column] === value)).toBe(true);
          }
        } finally {
          await db.exec(`DELETE FROM capability_assessments WHERE response_id = 'PROP-1'`);
        }
      }),
      RUNS,
    );
  });
});
