/**
 * The dataset catalogue: one schema per table (DESIGN.md section 3). It is the single description that loads
 * the bundled CSVs with explicit column types (codes such as "QE1" or "2.1" are never type-sniffed) and that
 * upload validation checks files against.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';

export interface ColumnSchema {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  readonly required: boolean;
  /** Allowed values, spelled exactly. */
  readonly values?: readonly string[];
  /** Inclusive numeric range. */
  readonly range?: readonly [number, number];
  /** Other header names accepted for this column (matched case-insensitively). */
  readonly aliases?: readonly string[];
}

export interface Reference {
  readonly column: string;
  readonly table: TableName;
  readonly targetColumn: string;
}

export interface TableSchema {
  readonly name: TableName;
  readonly title: string;
  readonly columns: readonly ColumnSchema[];
  /** Columns whose values together identify a row. */
  readonly key: readonly string[];
  readonly references: readonly Reference[];
}

export const TECHNOLOGY_TYPES = [
  'Diagnostic',
  'Automation/Service efficiency',
  'P4 Medicine',
  'Remote monitoring',
  'Therapeutic',
  'Other',
] as const;
export const POINTS_OF_CARE = [
  'Secondary care',
  'Primary care',
  'Community care',
  'Individual/self-care',
] as const;
export const IMPACT_LEVELS = ['Low', 'Medium', 'High'] as const;
export const ARCHETYPES = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'] as const;
export const REGIONS = [
  'North East and Yorkshire',
  'North West',
  'Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;
export const SCENARIOS = ['Digital transformation', 'Data desert'] as const;

export const TABLE_NAMES = [
  'icbs',
  'ai_roadmap_technologies',
  'ai_roadmap_workforce_groups',
  'ai_roadmap_points_of_care',
  'ai_roadmap_deployments',
  'capability_framework',
  'capability_targets',
  'capability_assessments',
  'digital_workforce_projection',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const text = (name: string, description: string, extra: Partial<ColumnSchema> = {}): ColumnSchema => ({
  name,
  type: 'VARCHAR',
  description,
  required: true,
  ...extra,
});
const integer = (
  name: string,
  description: string,
  range: [number, number],
  extra: Partial<ColumnSchema> = {},
) => ({ name, type: 'INTEGER', description, required: true, range, ...extra }) satisfies ColumnSchema;

const technologyRef: Reference = {
  column: 'technology_id',
  table: 'ai_roadmap_technologies',
  targetColumn: 'technology_id',
};
const icbRef: Reference = { column: 'icb_code', table: 'icbs', targetColumn: 'icb_code' };

const schemas: readonly TableSchema[] = [
  {
    name: 'icbs',
    title: 'Integrated Care Boards',
    columns: [
      text('icb_code', "The ICB's ODS code, such as QE1", { aliases: ['ods_code', 'icb'] }),
      text('icb_name', 'The ICB name'),
      text('region', 'NHS England region', { values: REGIONS }),
    ],
    key: ['icb_code'],
    references: [],
  },
  {
    name: 'ai_roadmap_technologies',
    title: 'AI Roadmap technologies',
    columns: [
      text('technology_id', 'Identifier of the technology', { aliases: ['id'] }),
      text('technology_name', 'Name of the technology', { aliases: ['name'] }),
      text('technology_type', 'Type of technology', { values: TECHNOLOGY_TYPES, aliases: ['type'] }),
      text('technology_subtype', 'Subtype within the type', { aliases: ['subtype'] }),
      text('clinical_area', 'The clinical area it serves ("Multiple clinical areas" is a value)'),
      integer('years_to_deployment', 'Likely years to deployment at scale; 0 means within a year', [0, 20]),
      text('impact_workforce', 'Impact on the primary workforce group', { values: IMPACT_LEVELS }),
      text('impact_pathway', 'Impact on the pathway', { values: IMPACT_LEVELS }),
      text('impact_system', 'Impact on the system', { values: IMPACT_LEVELS }),
    ],
    key: ['technology_id'],
    references: [],
  },
  {
    name: 'ai_roadmap_workforce_groups',
    title: 'Workforce groups using each technology',
    columns: [
      text('technology_id', 'The technology'),
      text('workforce_group', 'A workforce group of direct users, "Profession, Specialty"'),
    ],
    key: ['technology_id', 'workforce_group'],
    references: [technologyRef],
  },
  {
    name: 'ai_roadmap_points_of_care',
    title: 'Points of care of each technology',
    columns: [
      text('technology_id', 'The technology'),
      text('point_of_care', 'Where care is given', { values: POINTS_OF_CARE }),
    ],
    key: ['technology_id', 'point_of_care'],
    references: [technologyRef],
  },
  {
    name: 'ai_roadmap_deployments',
    title: 'Where each technology is in use',
    columns: [
      text('technology_id', 'The technology'),
      text('icb_code', 'The ICB where it is in use'),
      integer('sites', 'Number of sites using it in the ICB', [1, 10_000]),
    ],
    key: ['technology_id', 'icb_code'],
    references: [technologyRef, icbRef],
  },
  {
    name: 'capability_framework',
    title: 'Capability framework domains and sub-domains',
    columns: [
      integer('domain_id', 'Domain number', [1, 6]),
      text('domain_name', 'Domain name'),
      text('subdomain_id', 'Sub-domain number such as 2.1; empty for a domain without sub-domains', {
        required: false,
      }),
      text('subdomain_name', 'Sub-domain name', { required: false }),
    ],
    key: ['domain_id', 'subdomain_id'],
    references: [],
  },
  {
    name: 'capability_targets',
    title: 'Target capability level by archetype and domain',
    columns: [
      text('archetype', 'Archetype', { values: ARCHETYPES }),
      integer('domain_id', 'Domain number', [1, 6]),
      integer('target_level', 'Level the archetype needs in the domain', [1, 4]),
    ],
    key: ['archetype', 'domain_id'],
    references: [],
  },
  {
    name: 'capability_assessments',
    title: 'Capability self-assessment results',
    columns: [
      text('response_id', 'Identifier of the respondent', { aliases: ['respondent_id'] }),
      {
        name: 'assessed_on',
        type: 'DATE',
        description: 'Date of the assessment round (YYYY-MM-DD)',
        required: true,
      },
      text('icb_code', "The respondent's ICB"),
      text('organisation_type', 'Type of organisation', { aliases: ['org_type'] }),
      text('staff_group', 'Staff group'),
      text('archetype', 'Archetype', { values: ARCHETYPES }),
      integer('domain_id', 'Domain number', [1, 6]),
      integer('level', 'Self-assessed level; 0 means not yet at level 1', [0, 4]),
    ],
    key: ['response_id', 'domain_id'],
    references: [icbRef],
  },
  {
    name: 'digital_workforce_projection',
    title: 'Digital workforce projection',
    columns: [
      integer('year', 'Year', [2000, 2100]),
      text('scenario', 'Scenario'),
      text('staff_group', 'Staff group'),
      {
        name: 'wte',
        type: 'DOUBLE',
        description: 'Whole-time equivalents',
        required: true,
        range: [0, 10_000_000],
      },
    ],
    key: ['year', 'scenario', 'staff_group'],
    references: [],
  },
];

export const CATALOGUE: ReadonlyMap<TableName, TableSchema> = new Map(schemas.map((s) => [s.name, s]));

export function tableSchema(name: TableName): TableSchema {
  const schema = CATALOGUE.get(name);
  if (!schema) throw new Error(`Unknown table: ${name}`);
  return schema;
}

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}
