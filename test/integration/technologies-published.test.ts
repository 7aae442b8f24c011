import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { NO_FILTERS } from '../../src/features/technologies/filters';
import {
  clinicalAreas,
  mostAffectedGroups,
  pointsOfCare,
  selectionSummary,
  subtypesInFocus,
  technologiesByType,
  technologiesByRegion,
  timeToDeployment,
  type AreaRow,
  type CareRow,
  type GroupRow,
  type RegionRow,
  type SubtypeRow,
  type SummaryRow,
  type TypeRow,
  type YearsRow,
} from '../../src/features/technologies/queries';
import { careByYears, type CareByYearsRow } from '../../src/features/technologies/queries-matrices';
import { openBundledDatabase, runAnalysis } from '../support/bundled-database';

// With no filter, the tables of #/technologies show every primary figure of published-figures.md section 1,
// computed by the app's own SQL on the bundled CSVs. Shares are whole percentages, rounded half up.
const pct = (share: number) => Math.round(share);

let db: Connector;
beforeAll(async () => {
  db = await openBundledDatabase();
});

describe('#/technologies with no filter (published-figures.md section 1)', () => {
  it('counts 240 technologies', async () => {
    expect(await runAnalysis<SummaryRow>(db, selectionSummary(NO_FILTERS))).toEqual([
      { selected: 240, total: 240 },
    ]);
  });

  it('shows the shares by type, largest first', async () => {
    const rows = await runAnalysis<TypeRow>(db, technologiesByType(NO_FILTERS));
    expect(rows.map((r) => [r.technology_type, r.technologies, pct(r.share)])).toEqual([
      ['Diagnostic', 82, 34],
      ['Automation/Service efficiency', 70, 29],
      ['P4 Medicine', 41, 17],
      ['Remote monitoring', 34, 14],
      ['Therapeutic', 8, 3],
      ['Other', 5, 2],
    ]);
  });

  it('shows the subtypes of Diagnostic, the largest type, as shares of Diagnostic', async () => {
    const rows = await runAnalysis<SubtypeRow>(db, subtypesInFocus(NO_FILTERS));
    expect(new Set(rows.map((r) => r.technology_type))).toEqual(new Set(['Diagnostic']));
    expect(rows.slice(0, 2).map((r) => [r.technology_subtype, r.technologies, pct(r.share_of_type)])).toEqual(
      [
        ['Imaging', 40, 49],
        ['Cardiorespiratory and neurology', 22, 27],
      ],
    );
    expect(rows.reduce((sum, r) => sum + r.technologies, 0)).toBe(82);
  });

  it('shows the four largest clinical areas in order, and all 67 on request', async () => {
    const top = await runAnalysis<AreaRow>(db, clinicalAreas(NO_FILTERS, 10));
    expect(top).toHaveLength(10);
    expect(top.slice(0, 4).map((r) => [r.clinical_area, r.technologies, pct(r.share)])).toEqual([
      ['Multiple clinical areas', 55, 23],
      ['Clinical Radiology', 26, 11],
      ['Cardiology', 22, 9],
      ['General Practice', 19, 8],
    ]);
    expect(top[0]!.categories).toBe(67);
    const all = await runAnalysis<AreaRow>(db, clinicalAreas(NO_FILTERS, null));
    expect(all).toHaveLength(67);
    expect(all.reduce((sum, r) => sum + r.technologies, 0)).toBe(240);
  });

  it('shows the five most affected groups in order, and all 155 on request', async () => {
    const top = await runAnalysis<GroupRow>(db, mostAffectedGroups(NO_FILTERS, 10));
    expect(top.slice(0, 5).map((r) => [r.workforce_group, r.technologies, pct(r.share)])).toEqual([
      ['Medic, Clinical Radiology', 36, 15],
      ['Medic, General Practice', 31, 13],
      ['Non Clinical, Admin', 24, 10],
      ['Diagnostic Radiographer', 20, 8],
      ['Medic, Cardiology', 19, 8],
    ]);
    expect(top[5]!.technologies).toBeLessThan(19);
    expect(top[0]!.categories).toBe(155);
    const all = await runAnalysis<GroupRow>(db, mostAffectedGroups(NO_FILTERS, null));
    expect(all).toHaveLength(155);
    // Shares are of distinct technologies: a technology with several groups counts in each.
    expect(all.reduce((sum, r) => sum + r.share, 0)).toBeGreaterThan(100);
  });

  it('shows the 56 technologies ready within a year and their points of care', async () => {
    const years = await runAnalysis<YearsRow>(db, timeToDeployment(NO_FILTERS));
    expect(years[0]).toMatchObject({
      years_to_deployment: 0,
      time_to_deployment: 'Within a year',
      technologies: 56,
    });
    const care = await runAnalysis<CareByYearsRow>(db, careByYears(NO_FILTERS));
    const within = care.filter((r) => r.years_to_deployment === 0);
    expect(within.map((r) => [r.point_of_care, r.technologies, pct(r.share)])).toEqual([
      ['Secondary care', 43, 77],
      ['Primary care', 13, 23],
      ['Community care', 4, 7],
      ['Individual/self-care', 3, 5],
    ]);
    const all = await runAnalysis<CareRow>(db, pointsOfCare(NO_FILTERS));
    expect(all.map((r) => r.point_of_care).sort()).toEqual([
      'Community care',
      'Individual/self-care',
      'Primary care',
      'Secondary care',
    ]);
  });

  it('gives the Remote monitoring profile the dashboard published, within one technology', async () => {
    const only = { ...NO_FILTERS, type: ['Remote monitoring'] };
    const groups = await runAnalysis<GroupRow>(db, mostAffectedGroups(only, 5));
    const areas = await runAnalysis<AreaRow>(db, clinicalAreas(only, 5));
    const care = await runAnalysis<CareRow>(db, pointsOfCare(only));
    const years = await runAnalysis<YearsRow>(db, timeToDeployment(only));
    const regions = await runAnalysis<RegionRow>(db, technologiesByRegion(only));
    const within1 = (count: number | undefined, published: number) =>
      expect(Math.abs((count ?? -99) - (published * 34) / 100)).toBeLessThanOrEqual(1);
    within1(groups.find((g) => g.workforce_group === 'Medic, General Practice')?.technologies, 28);
    within1(areas.find((a) => a.clinical_area === 'Respiratory')?.technologies, 34);
    within1(areas.find((a) => a.clinical_area === 'General Practice')?.technologies, 31);
    within1(care.find((c) => c.point_of_care === 'Individual/self-care')?.technologies, 72);
    within1(years.find((y) => y.years_to_deployment === 3)?.technologies, 53);
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r.technologies <= 34)).toBe(true);
  });
});
