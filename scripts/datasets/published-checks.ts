import {
  checkTopRanking,
  distinctTechnologiesBy,
  Failures,
  field,
  share,
  table,
  throwIfAny,
} from './check-helpers';
import type { CsvRecord } from './csv';
import { checkReferentialIntegrity } from './integrity-checks';
import {
  CLINICAL_AREA_COUNT,
  DIAGNOSTIC_SUBTYPES,
  FRAMEWORK,
  ICBS,
  icbFullName,
  MULTIPLE_CLINICAL_AREAS,
  PROJECTION,
  PUBLISHED_TYPE_SHARES,
  READY_POINTS_OF_CARE,
  READY_WITHIN_A_YEAR,
  REGIONS,
  REMOTE_MONITORING_PROFILE,
  TECHNOLOGY_COUNT,
  TOP_CLINICAL_AREAS,
  TOP_WORKFORCE_GROUPS,
  TYPE_COUNTS,
  WORKFORCE_GROUP_COUNT,
} from './published';

type Files = Readonly<Record<string, string>>;

/**
 * Recomputes every published figure (shared/reference/published-figures.md) from the CSV text and throws a
 * DatasetCheckError listing each one that does not come out exactly (secondary-source figures: within one
 * technology). Counts are of distinct technologies; shares are Math.round(100 * count / base).
 */
export function checkPublishedFigures(files: Files): void {
  const failures = new Failures();
  checkRoadmap(files, failures);
  checkProjection(table(files, 'digital_workforce_projection.csv'), failures);
  checkFramework(table(files, 'capability_framework.csv'), failures);
  checkIcbs(table(files, 'icbs.csv'), failures);
  throwIfAny('Published figures', failures);
}

/** Both the published figures and referential integrity; the CLI and the tests call this one. */
export function checkDatasets(files: Files): void {
  checkPublishedFigures(files);
  checkReferentialIntegrity(files);
}

function checkRoadmap(files: Files, failures: Failures): void {
  const technologies = table(files, 'ai_roadmap_technologies.csv');
  const groups = table(files, 'ai_roadmap_workforce_groups.csv');
  const care = table(files, 'ai_roadmap_points_of_care.csv');
  const ids = technologies.map((t) => field(t, 'technology_id'));
  failures.equal('technologies', new Set(ids).size, TECHNOLOGY_COUNT);
  failures.equal('technology rows', technologies.length, TECHNOLOGY_COUNT);

  const byType = distinctTechnologiesBy(technologies, 'technology_type');
  failures.that(
    [...byType.keys()].every((type) => type in TYPE_COUNTS),
    `technology types: unexpected ${[...byType.keys()].filter((t) => !(t in TYPE_COUNTS)).join(', ')}`,
  );
  for (const [type, count] of Object.entries(TYPE_COUNTS)) {
    failures.equal(`type ${type}`, byType.get(type) ?? 0, count);
    const published = PUBLISHED_TYPE_SHARES[type];
    if (published !== undefined)
      failures.equal(`type ${type} share`, share(byType.get(type) ?? 0, TECHNOLOGY_COUNT), published);
  }

  const diagnostic = technologies.filter((t) => field(t, 'technology_type') === 'Diagnostic');
  const bySubtype = distinctTechnologiesBy(diagnostic, 'technology_subtype');
  for (const { subtype, count, share: published } of DIAGNOSTIC_SUBTYPES) {
    failures.equal(`Diagnostic subtype ${subtype}`, bySubtype.get(subtype) ?? 0, count);
    failures.equal(
      `Diagnostic subtype ${subtype} share`,
      share(bySubtype.get(subtype) ?? 0, diagnostic.length),
      published,
    );
  }

  const byArea = distinctTechnologiesBy(technologies, 'clinical_area');
  failures.equal('distinct clinical areas', byArea.size, CLINICAL_AREA_COUNT);
  failures.that(
    byArea.has(MULTIPLE_CLINICAL_AREAS),
    `clinical areas should include "${MULTIPLE_CLINICAL_AREAS}"`,
  );
  failures.that(byArea.has('Respiratory'), 'clinical areas should include "Respiratory"');
  checkTopRanking(failures, 'clinical area', byArea, TOP_CLINICAL_AREAS, TECHNOLOGY_COUNT);

  const byGroup = distinctTechnologiesBy(groups, 'workforce_group');
  failures.equal('distinct workforce groups', byGroup.size, WORKFORCE_GROUP_COUNT);
  const pairs = new Set(groups.map((g) => `${field(g, 'technology_id')}|${field(g, 'workforce_group')}`));
  failures.equal('duplicate (technology_id, workforce_group) pairs', groups.length - pairs.size, 0);
  checkTopRanking(failures, 'workforce group', byGroup, TOP_WORKFORCE_GROUPS, TECHNOLOGY_COUNT);

  const ready = new Set(
    technologies.filter((t) => field(t, 'years_to_deployment') === '0').map((t) => field(t, 'technology_id')),
  );
  failures.equal(
    'technologies ready within a year (years_to_deployment = 0)',
    ready.size,
    READY_WITHIN_A_YEAR,
  );
  const readyCare = distinctTechnologiesBy(
    care.filter((c) => ready.has(field(c, 'technology_id'))),
    'point_of_care',
  );
  for (const { pointOfCare, count, share: published } of READY_POINTS_OF_CARE) {
    failures.equal(`ready within a year, ${pointOfCare}`, readyCare.get(pointOfCare) ?? 0, count);
    failures.equal(
      `ready within a year, ${pointOfCare} share of ${ready.size}`,
      share(readyCare.get(pointOfCare) ?? 0, ready.size),
      published,
    );
  }
  const withCare = new Set(care.map((c) => field(c, 'technology_id')));
  const withoutCare = ids.filter((id) => !withCare.has(id));
  failures.that(
    withoutCare.length === 0,
    `technologies without a point of care: ${withoutCare.slice(0, 5).join(', ')}`,
  );

  checkRemoteMonitoring(technologies, groups, care, failures);
}

/** The secondary-source remote-monitoring profile: each count within one technology of its target. */
function checkRemoteMonitoring(
  technologies: readonly CsvRecord[],
  groups: readonly CsvRecord[],
  care: readonly CsvRecord[],
  failures: Failures,
): void {
  const remote = technologies.filter((t) => field(t, 'technology_type') === 'Remote monitoring');
  const remoteIds = new Set(remote.map((t) => field(t, 'technology_id')));
  const inRemote = (records: readonly CsvRecord[]) =>
    records.filter((r) => remoteIds.has(field(r, 'technology_id')));
  const byGroup = distinctTechnologiesBy(inRemote(groups), 'workforce_group');
  const byArea = distinctTechnologiesBy(remote, 'clinical_area');
  const byCare = distinctTechnologiesBy(inRemote(care), 'point_of_care');
  const byYears = distinctTechnologiesBy(remote, 'years_to_deployment');
  const p = REMOTE_MONITORING_PROFILE;
  const label = 'remote monitoring';
  failures.within(`${label}, ${p.gpGroup.name}`, byGroup.get(p.gpGroup.name) ?? 0, p.gpGroup.count, 1);
  failures.within(
    `${label}, ${p.districtNursing.name}`,
    byGroup.get(p.districtNursing.name) ?? 0,
    p.districtNursing.count,
    1,
  );
  failures.within(
    `${label}, ${p.respiratory.name}`,
    byArea.get(p.respiratory.name) ?? 0,
    p.respiratory.count,
    1,
  );
  failures.within(
    `${label}, ${p.generalPractice.name}`,
    byArea.get(p.generalPractice.name) ?? 0,
    p.generalPractice.count,
    1,
  );
  failures.within(`${label}, ${p.selfCare.name}`, byCare.get(p.selfCare.name) ?? 0, p.selfCare.count, 1);
  failures.within(
    `${label}, 3 years to deployment`,
    byYears.get(String(p.threeYears.years)) ?? 0,
    p.threeYears.count,
    1,
  );
}

function checkProjection(rows: readonly CsvRecord[], failures: Failures): void {
  const { baselineYear, targetYear, scenarios } = PROJECTION;
  const value = (year: number, scenario: string) =>
    new Map(
      rows
        .filter((r) => field(r, 'year') === String(year) && field(r, 'scenario') === scenario)
        .map((r) => [field(r, 'staff_group'), Number(field(r, 'wte'))]),
    );
  const total = (m: Map<string, number>) => [...m.values()].reduce((sum, v) => sum + v, 0);
  const [transformation, desert] = scenarios;
  const base = value(baselineYear, transformation);
  const baseDesert = value(baselineYear, desert);
  const end = value(targetYear, transformation);

  failures.equal(
    `projection ${baselineYear} total, ${transformation}`,
    total(base),
    PROJECTION.baselineTotal,
  );
  failures.equal(`projection ${baselineYear} total, ${desert}`, total(baseDesert), PROJECTION.baselineTotal);
  failures.that(
    base.size > 0 &&
      [...base].every(([group, wte]) => baseDesert.get(group) === wte) &&
      base.size === baseDesert.size,
    `projection: the ${baselineYear} rows of the two scenarios should be identical`,
  );
  failures.equal(
    `projection ${targetYear} total, ${transformation}`,
    total(end),
    PROJECTION.transformationTotal2030,
  );
  failures.equal(
    `projection increase ${baselineYear}-${targetYear}`,
    total(end) - total(base),
    PROJECTION.increase,
  );
  for (const m of [base, baseDesert, end]) {
    failures.that(
      [...m.values()].every(Number.isInteger),
      'projection: 2020 and 2030 values should be whole WTE',
    );
  }
  const increases = [...base].map(([group, wte]) => [group, (end.get(group) ?? 0) - wte] as const);
  increases.sort((a, b) => b[1] - a[1]);
  const largest = increases.find(([group]) => group === PROJECTION.largestGroup);
  failures.equal(`projection increase, ${PROJECTION.largestGroup}`, largest?.[1], PROJECTION.largestIncrease);
  failures.that(
    increases[0]?.[0] === PROJECTION.largestGroup && (increases[1]?.[1] ?? 0) < (largest?.[1] ?? 0),
    `projection: ${PROJECTION.largestGroup} should have strictly the largest increase, ${increases[0]?.[0]} has`,
  );
  for (let year = baselineYear; year <= targetYear; year++) {
    for (const scenario of scenarios) {
      failures.equal(`projection rows for ${year}, ${scenario}`, value(year, scenario).size, base.size);
    }
  }
}

function checkFramework(rows: readonly CsvRecord[], failures: Failures): void {
  const expected = FRAMEWORK.flatMap((d) =>
    d.subdomains.length === 0
      ? [`${d.id}|${d.name}||`]
      : d.subdomains.map(([id, name]) => `${d.id}|${d.name}|${id}|${name}`),
  );
  const actual = rows.map((r) =>
    ['domain_id', 'domain_name', 'subdomain_id', 'subdomain_name'].map((c) => field(r, c)).join('|'),
  );
  failures.equal('framework domains', new Set(rows.map((r) => field(r, 'domain_id'))).size, 6);
  failures.equal('framework sub-domains', rows.filter((r) => field(r, 'subdomain_id') !== '').length, 11);
  failures.equal('framework rows', actual.join('\n'), expected.join('\n'));
}

function checkIcbs(rows: readonly CsvRecord[], failures: Failures): void {
  failures.equal('ICBs', rows.length, ICBS.length);
  failures.equal('regions', new Set(rows.map((r) => field(r, 'region'))).size, REGIONS.length);
  const byCode = new Map(rows.map((r) => [field(r, 'icb_code'), r]));
  for (const icb of ICBS) {
    const row = byCode.get(icb.code);
    if (!row) {
      failures.add(`ICB ${icb.code} (${icb.name}) is missing`);
      continue;
    }
    failures.equal(`ICB ${icb.code} name`, field(row, 'icb_name'), icbFullName(icb.name));
    failures.equal(`ICB ${icb.code} region`, field(row, 'region'), icb.region);
  }
}
