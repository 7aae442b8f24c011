import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import {
  boardHeadlines,
  readyWithinYearByCare,
  type CareRow,
  type HeadlineRow,
} from '../../src/features/board/queries';
import { technologyFiltersFromUrl } from '../../src/features/technologies/filters';
import {
  mostAffectedGroups,
  technologiesByType,
  type GroupRow,
  type TypeRow,
} from '../../src/features/technologies/queries';
import { projectionTotals, type ProjectionTotalsRow } from '../../src/features/projection/queries';
import { load, openBundledDatabase, runAnalysis } from '../support/bundled-database';

// The app's own SQL, run on real DuckDB over the bundled CSVs, must give every published figure exactly
// (shared/reference/published-figures.md). Shares are whole percentages, rounded half up.
const pct = (share: number) => Math.round(share);
const noFilters = technologyFiltersFromUrl(new URLSearchParams());

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
});

describe('AI Roadmap (published-figures.md section 1)', () => {
  it('has 240 technologies, 56 of them ready within a year', async () => {
    const [headline] = await runAnalysis<HeadlineRow>(db, boardHeadlines());
    expect(headline?.technologies).toBe(240);
    expect(headline?.ready_within_year).toBe(56);
  });

  it('reproduces the shares by type', async () => {
    const rows = await runAnalysis<TypeRow>(db, technologiesByType(noFilters));
    const share = new Map(rows.map((r) => [r.technology_type, pct(r.share)]));
    expect(share.get('Diagnostic')).toBe(34);
    expect(share.get('Automation/Service efficiency')).toBe(29);
    expect(share.get('P4 Medicine')).toBe(17);
    expect(share.get('Remote monitoring')).toBe(14);
    expect([...share.keys()].slice(0, 4)).toEqual([
      'Diagnostic',
      'Automation/Service efficiency',
      'P4 Medicine',
      'Remote monitoring',
    ]);
    expect(rows.reduce((sum, r) => sum + r.technologies, 0)).toBe(240);
    expect(new Set(share.keys())).toEqual(
      new Set([
        'Diagnostic',
        'Automation/Service efficiency',
        'P4 Medicine',
        'Remote monitoring',
        'Therapeutic',
        'Other',
      ]),
    );
  });

  it('reproduces the five most affected workforce groups, in order', async () => {
    const rows = await runAnalysis<GroupRow>(db, mostAffectedGroups(noFilters, 5));
    expect(rows.map((r) => [r.workforce_group, pct(r.share)])).toEqual([
      ['Medic, Clinical Radiology', 15],
      ['Medic, General Practice', 13],
      ['Non Clinical, Admin', 10],
      ['Diagnostic Radiographer', 8],
      ['Medic, Cardiology', 8],
    ]);
  });

  it('reproduces the points of care of the 56 technologies ready within a year', async () => {
    const rows = await runAnalysis<CareRow>(db, readyWithinYearByCare());
    const share = new Map(rows.map((r) => [r.point_of_care, pct(r.share)]));
    expect(share.get('Secondary care')).toBe(77);
    expect(share.get('Primary care')).toBe(23);
    expect(share.get('Community care')).toBe(7);
  });

  it('has 67 clinical areas led by the four published ones, 155 workforce groups and the Diagnostic subtypes', async () => {
    await load(db, ['ai_roadmap_technologies', 'ai_roadmap_workforce_groups']);
    const areas = await db.query<{ clinical_area: string; n: number }>(
      `SELECT clinical_area, count(*)::INTEGER AS n FROM ai_roadmap_technologies
       GROUP BY 1 ORDER BY n DESC, clinical_area`,
    );
    expect(areas).toHaveLength(67);
    expect(areas.slice(0, 4).map((a) => [a.clinical_area, Math.round((100 * a.n) / 240)])).toEqual([
      ['Multiple clinical areas', 23],
      ['Clinical Radiology', 11],
      ['Cardiology', 9],
      ['General Practice', 8],
    ]);
    expect(areas[4]!.n).toBeLessThan(areas[3]!.n);
    const [groups] = await db.query<{ n: number }>(
      'SELECT count(DISTINCT workforce_group)::INTEGER AS n FROM ai_roadmap_workforce_groups',
    );
    expect(groups?.n).toBe(155);
    const subtypes = await db.query<{ technology_subtype: string; share: number }>(
      `SELECT technology_subtype, (100.0 * count(*) / sum(count(*)) OVER ())::DOUBLE AS share
       FROM ai_roadmap_technologies WHERE technology_type = 'Diagnostic' GROUP BY 1 ORDER BY share DESC`,
    );
    expect(subtypes.slice(0, 2).map((s) => [s.technology_subtype, pct(s.share)])).toEqual([
      ['Imaging', 49],
      ['Cardiorespiratory and neurology', 27],
    ]);
  });
});

describe('Digital workforce projection (section 2)', () => {
  it('runs from 46,009 WTE in 2020 to 77,923 WTE in 2030 in the main scenario', async () => {
    const rows = await runAnalysis<ProjectionTotalsRow>(db, projectionTotals([]));
    expect(rows.map((r) => r.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(rows[0]).toMatchObject({ year: 2020, digital_transformation: 46009, data_desert: 46009 });
    expect(rows.at(-1)).toMatchObject({ year: 2030, digital_transformation: 77923 });
    expect(rows.at(-1)!.data_desert).toBeLessThan(77923);
  });

  it('has clinical informatics as the largest increase, +11,953 WTE', async () => {
    const growth = await db.query<{ staff_group: string; growth: number }>(
      `SELECT staff_group,
              (sum(wte) FILTER (WHERE year = 2030) - sum(wte) FILTER (WHERE year = 2020))::DOUBLE AS growth
       FROM digital_workforce_projection WHERE scenario = 'Digital transformation'
       GROUP BY 1 ORDER BY growth DESC`,
    );
    expect(growth[0]).toEqual({ staff_group: 'Clinical informatics', growth: 11953 });
    expect(growth[1]!.growth).toBeLessThan(11953);
  });
});

describe('Capability framework and ICBs (sections 3 and 5)', () => {
  it('has 6 domains and 11 sub-domains', async () => {
    await load(db, ['capability_framework']);
    const [counts] = await db.query<{ domains: number; subdomains: number }>(
      `SELECT count(DISTINCT domain_id)::INTEGER AS domains, count(DISTINCT subdomain_id)::INTEGER AS subdomains
       FROM capability_framework`,
    );
    expect(counts).toEqual({ domains: 6, subdomains: 11 });
  });

  it('has the 42 ICBs in 7 regions, with Lancashire and South Cumbria as QE1 in the North West', async () => {
    await load(db, ['icbs']);
    const [counts] = await db.query<{ icbs: number; regions: number }>(
      'SELECT count(*)::INTEGER AS icbs, count(DISTINCT region)::INTEGER AS regions FROM icbs',
    );
    expect(counts).toEqual({ icbs: 42, regions: 7 });
    const [qe1] = await db.query('SELECT icb_name, region FROM icbs WHERE icb_code = ?', ['QE1']);
    expect(qe1).toEqual({
      icb_name: 'NHS Lancashire and South Cumbria Integrated Care Board',
      region: 'North West',
    });
  });
});
