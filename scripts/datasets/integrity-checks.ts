import { Failures, field, table, throwIfAny } from './check-helpers';
import type { CsvRecord } from './csv';
import { ARCHETYPES, POINTS_OF_CARE, PROJECTION, TECHNOLOGY_TYPES } from './published';

type Files = Readonly<Record<string, string>>;

const IMPACTS = ['Low', 'Medium', 'High'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Keys, references and allowed values across the nine files: every technology_id, icb_code, domain_id and
 * (archetype, domain) pair that a row refers to exists, and values are within their documented ranges.
 * Throws a DatasetCheckError listing every problem found (at most a few examples of each).
 */
export function checkReferentialIntegrity(files: Files): void {
  const failures = new Failures();
  const technologies = table(files, 'ai_roadmap_technologies.csv');
  const technologyIds = new Set(technologies.map((t) => field(t, 'technology_id')));
  const icbCodes = new Set(table(files, 'icbs.csv').map((r) => field(r, 'icb_code')));
  const framework = table(files, 'capability_framework.csv');
  const domainIds = new Set(framework.map((r) => field(r, 'domain_id')));
  const targets = table(files, 'capability_targets.csv');
  const targetKeys = new Set(targets.map((r) => `${field(r, 'archetype')}|${field(r, 'domain_id')}`));

  const invalid = (label: string, records: readonly CsvRecord[], bad: (r: CsvRecord) => boolean) => {
    const found = records.filter(bad);
    if (found.length > 0) {
      const examples = found.slice(0, 3).map((r) => JSON.stringify(r));
      failures.add(`${label}: ${found.length} row(s), e.g. ${examples.join('; ')}`);
    }
  };
  const unique = (label: string, records: readonly CsvRecord[], key: (r: CsvRecord) => string) => {
    const keys = records.map(key);
    failures.equal(`${label}: duplicate keys`, keys.length - new Set(keys).size, 0);
  };

  unique('ai_roadmap_technologies', technologies, (t) => field(t, 'technology_id'));
  unique('technology names', technologies, (t) => field(t, 'technology_name'));
  invalid('technology_id not like T001', technologies, (t) => !/^T\d{3}$/.test(field(t, 'technology_id')));
  invalid(
    'unknown technology_type',
    technologies,
    (t) => !(TECHNOLOGY_TYPES as string[]).includes(field(t, 'technology_type')),
  );
  invalid(
    'years_to_deployment not 0-5',
    technologies,
    (t) => !/^[0-5]$/.test(field(t, 'years_to_deployment')),
  );
  invalid('impact not Low, Medium or High', technologies, (t) =>
    ['impact_workforce', 'impact_pathway', 'impact_system'].some((c) => !IMPACTS.includes(field(t, c))),
  );
  invalid('empty technology field', technologies, (t) => Object.values(t).some((v) => v === ''));

  const groups = table(files, 'ai_roadmap_workforce_groups.csv');
  invalid(
    'workforce group of an unknown technology',
    groups,
    (r) => !technologyIds.has(field(r, 'technology_id')),
  );
  invalid('empty workforce group', groups, (r) => field(r, 'workforce_group') === '');
  const perTechnology = new Map<string, number>();
  for (const g of groups)
    perTechnology.set(field(g, 'technology_id'), (perTechnology.get(field(g, 'technology_id')) ?? 0) + 1);
  invalid('technology with no workforce group or more than 5', technologies, (t) => {
    const n = perTechnology.get(field(t, 'technology_id')) ?? 0;
    return n < 1 || n > 5;
  });

  const care = table(files, 'ai_roadmap_points_of_care.csv');
  unique(
    'ai_roadmap_points_of_care',
    care,
    (r) => `${field(r, 'technology_id')}|${field(r, 'point_of_care')}`,
  );
  invalid(
    'point of care of an unknown technology',
    care,
    (r) => !technologyIds.has(field(r, 'technology_id')),
  );
  invalid(
    'unknown point_of_care',
    care,
    (r) => !(POINTS_OF_CARE as readonly string[]).includes(field(r, 'point_of_care')),
  );

  const deployments = table(files, 'ai_roadmap_deployments.csv');
  unique(
    'ai_roadmap_deployments',
    deployments,
    (r) => `${field(r, 'technology_id')}|${field(r, 'icb_code')}`,
  );
  invalid(
    'deployment of an unknown technology',
    deployments,
    (r) => !technologyIds.has(field(r, 'technology_id')),
  );
  invalid('deployment in an unknown ICB', deployments, (r) => !icbCodes.has(field(r, 'icb_code')));
  invalid('sites not a positive integer', deployments, (r) => !/^[1-9]\d*$/.test(field(r, 'sites')));

  invalid(
    'target for an unknown archetype',
    targets,
    (r) => !(ARCHETYPES as readonly string[]).includes(field(r, 'archetype')),
  );
  invalid('target in an unknown domain', targets, (r) => !domainIds.has(field(r, 'domain_id')));
  invalid('target_level not 1-4', targets, (r) => !/^[1-4]$/.test(field(r, 'target_level')));
  failures.equal(
    'capability_targets rows (archetypes x domains)',
    targetKeys.size,
    ARCHETYPES.length * domainIds.size,
  );

  checkAssessments(
    table(files, 'capability_assessments.csv'),
    { icbCodes, domainIds, targetKeys },
    failures,
    invalid,
  );

  const projection = table(files, 'digital_workforce_projection.csv');
  unique('digital_workforce_projection', projection, (r) =>
    ['year', 'scenario', 'staff_group'].map((c) => field(r, c)).join('|'),
  );
  invalid(
    'unknown scenario',
    projection,
    (r) => !(PROJECTION.scenarios as readonly string[]).includes(field(r, 'scenario')),
  );
  invalid(
    'wte not a number with at most one decimal',
    projection,
    (r) => !/^\d+(\.\d)?$/.test(field(r, 'wte')),
  );
  throwIfAny('Referential integrity', failures);
}

function checkAssessments(
  rows: readonly CsvRecord[],
  refs: { icbCodes: Set<string>; domainIds: Set<string>; targetKeys: Set<string> },
  failures: Failures,
  invalid: (label: string, records: readonly CsvRecord[], bad: (r: CsvRecord) => boolean) => void,
): void {
  invalid('assessment in an unknown ICB', rows, (r) => !refs.icbCodes.has(field(r, 'icb_code')));
  invalid('assessment in an unknown domain', rows, (r) => !refs.domainIds.has(field(r, 'domain_id')));
  invalid(
    'assessment whose archetype and domain have no target',
    rows,
    (r) => !refs.targetKeys.has(`${field(r, 'archetype')}|${field(r, 'domain_id')}`),
  );
  invalid('level not 0-4', rows, (r) => !/^[0-4]$/.test(field(r, 'level')));
  invalid('assessed_on not an ISO date', rows, (r) => !ISO_DATE.test(field(r, 'assessed_on')));

  // One respondent: one round, ICB, organisation, staff group and archetype, and one row per domain.
  const respondents = new Map<string, { profile: string; domains: Set<string>; rows: number }>();
  const inconsistent = new Set<string>();
  for (const r of rows) {
    const id = field(r, 'response_id');
    const profile = ['assessed_on', 'icb_code', 'organisation_type', 'staff_group', 'archetype']
      .map((c) => field(r, c))
      .join('|');
    const entry = respondents.get(id) ?? { profile, domains: new Set<string>(), rows: 0 };
    if (entry.profile !== profile) inconsistent.add(id);
    entry.domains.add(field(r, 'domain_id'));
    entry.rows += 1;
    respondents.set(id, entry);
  }
  failures.that(
    inconsistent.size === 0,
    `respondents with more than one round, ICB, organisation, staff group or archetype: ${[...inconsistent].slice(0, 5).join(', ')}`,
  );
  const incomplete = [...respondents].filter(
    ([, e]) => e.rows !== refs.domainIds.size || e.domains.size !== refs.domainIds.size,
  );
  failures.that(
    incomplete.length === 0,
    `respondents without exactly one row per domain: ${incomplete
      .slice(0, 5)
      .map(([id]) => id)
      .join(', ')}`,
  );
}
