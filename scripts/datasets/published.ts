/**
 * The published figures (shared/reference/published-figures.md), transcribed once. The generator builds its
 * records to these counts and published-checks.ts recomputes every one of them from the CSV text.
 */

/** AI Roadmap, HEE DART-Ed / Unity Insights, January 2022 (Box 1, "AI Roadmap - main findings"). */
export const TECHNOLOGY_COUNT = 240;

/** Counts of technologies by type; the shares 34%, 29%, 17%, 14% are published, the counts follow from them. */
export const TYPE_COUNTS = {
  Diagnostic: 82,
  'Automation/Service efficiency': 70,
  'P4 Medicine': 41,
  'Remote monitoring': 34,
  Therapeutic: 8,
  Other: 5,
} as const;
export type TechnologyType = keyof typeof TYPE_COUNTS;
export const TECHNOLOGY_TYPES = Object.keys(TYPE_COUNTS) as TechnologyType[];

export const PUBLISHED_TYPE_SHARES: Readonly<Record<string, number>> = {
  Diagnostic: 34,
  'Automation/Service efficiency': 29,
  'P4 Medicine': 17,
  'Remote monitoring': 14,
};

/** Shares of the Diagnostic technologies. */
export const DIAGNOSTIC_SUBTYPES = [
  { subtype: 'Imaging', count: 40, share: 49 },
  { subtype: 'Cardiorespiratory and neurology', count: 22, share: 27 },
] as const;

export const MULTIPLE_CLINICAL_AREAS = 'Multiple clinical areas';
export const CLINICAL_AREA_COUNT = 67;
/** The four largest clinical areas, in order, with their share of the 240. */
export const TOP_CLINICAL_AREAS = [
  { name: MULTIPLE_CLINICAL_AREAS, count: 55, share: 23 },
  { name: 'Clinical Radiology', count: 26, share: 11 },
  { name: 'Cardiology', count: 22, share: 9 },
  { name: 'General Practice', count: 19, share: 8 },
] as const;

export const WORKFORCE_GROUP_COUNT = 155;
/** The five workforce groups with most technologies (as direct users), in order, with their share of 240. */
export const TOP_WORKFORCE_GROUPS = [
  { name: 'Medic, Clinical Radiology', count: 36, share: 15 },
  { name: 'Medic, General Practice', count: 31, share: 13 },
  { name: 'Non Clinical, Admin', count: 24, share: 10 },
  { name: 'Diagnostic Radiographer', count: 20, share: 8 },
  { name: 'Medic, Cardiology', count: 19, share: 8 },
] as const;

export const POINTS_OF_CARE = [
  'Secondary care',
  'Primary care',
  'Community care',
  'Individual/self-care',
] as const;
export type PointOfCare = (typeof POINTS_OF_CARE)[number];

/** Press coverage, Feb 2022: technologies ready for large-scale deployment within a year, and where. */
export const READY_WITHIN_A_YEAR = 56;
export const READY_POINTS_OF_CARE = [
  { pointOfCare: 'Secondary care', count: 43, share: 77 },
  { pointOfCare: 'Primary care', count: 13, share: 23 },
  { pointOfCare: 'Community care', count: 4, share: 7 },
] as const;
/** Not published; kept small so the three published shares stay the story. */
export const READY_SELF_CARE = 3;

/**
 * Remote monitoring use-case profile (secondary source, its base differed slightly from 240): the counts of
 * the 34 remote-monitoring technologies closest to the published shares. Checked within one technology.
 */
export const REMOTE_MONITORING_PROFILE = {
  gpGroup: { name: 'Medic, General Practice', count: 10, share: 28 },
  districtNursing: { name: 'Nurse, District Nursing', count: 6, share: 19 },
  respiratory: { name: 'Respiratory', count: 12, share: 34 },
  generalPractice: { name: 'General Practice', count: 11, share: 31 },
  selfCare: { name: 'Individual/self-care', count: 24, share: 72 },
  threeYears: { years: 3, count: 18, share: 53 },
} as const;

/** HEE "Data driven healthcare in 2030" (March 2021). */
export const PROJECTION = {
  baselineYear: 2020,
  targetYear: 2030,
  baselineTotal: 46_009,
  transformationTotal2030: 77_923,
  increase: 31_914,
  largestGroup: 'Clinical informatics',
  largestIncrease: 11_953,
  scenarios: ['Digital transformation', 'Data desert'] as const,
} as const;

/** AI and Digital Healthcare Technologies Capability Framework (HEE / University of Manchester, Feb 2023). */
export const ARCHETYPES = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const FRAMEWORK: readonly { id: number; name: string; subdomains: readonly [string, string][] }[] = [
  { id: 1, name: 'Digital implementation', subdomains: [] },
  {
    id: 2,
    name: 'Digital health for patients and the public',
    subdomains: [
      ['2.1', 'Providing direct care with digital technologies'],
      ['2.2', 'Remote consultation and monitoring'],
    ],
  },
  {
    id: 3,
    name: 'Ethical, legal and regulatory considerations',
    subdomains: [
      ['3.1', 'Ethics'],
      ['3.2', 'Legislation and regulation'],
    ],
  },
  { id: 4, name: 'Human factors', subdomains: [['4.1', 'Management, leadership and planning']] },
  {
    id: 5,
    name: 'Health data management',
    subdomains: [
      ['5.1', 'Data management and processing'],
      ['5.2', 'Data/cyber security'],
    ],
  },
  {
    id: 6,
    name: 'Artificial intelligence',
    subdomains: [
      ['6.1', 'Machine learning and natural language processing'],
      ['6.2', 'Using and implementing AI systems'],
      ['6.3', 'Evaluating AI systems'],
      ['6.4', 'Robotics'],
    ],
  },
];

/** Integrated Care Boards, July 2022 configuration: ODS code, name, NHS England region. */
export const REGIONS = [
  'North East and Yorkshire',
  'North West',
  'Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;
export type Region = (typeof REGIONS)[number];

export const ICBS: readonly { code: string; name: string; region: Region }[] = [
  [
    'North East and Yorkshire',
    'QHM North East and North Cumbria; QOQ Humber and North Yorkshire; QF7 South Yorkshire; QWO West Yorkshire',
  ],
  ['North West', 'QYG Cheshire and Merseyside; QOP Greater Manchester; QE1 Lancashire and South Cumbria'],
  [
    'Midlands',
    'QHL Birmingham and Solihull; QUA Black Country; QWU Coventry and Warwickshire; QJ2 Derby and Derbyshire; ' +
      'QGH Herefordshire and Worcestershire; QK1 Leicester, Leicestershire and Rutland; QJM Lincolnshire; ' +
      'QPM Northamptonshire; QT1 Nottingham and Nottinghamshire; QOC Shropshire, Telford and Wrekin; ' +
      'QNC Staffordshire and Stoke-on-Trent',
  ],
  [
    'East of England',
    'QHG Bedfordshire, Luton and Milton Keynes; QUE Cambridgeshire and Peterborough; QM7 Hertfordshire and West Essex; ' +
      'QH8 Mid and South Essex; QMM Norfolk and Waveney; QJG Suffolk and North East Essex',
  ],
  [
    'London',
    'QMJ North Central London; QMF North East London; QRV North West London; QKK South East London; QWE South West London',
  ],
  [
    'South East',
    'QU9 Buckinghamshire, Oxfordshire and Berkshire West; QNQ Frimley; QRL Hampshire and Isle of Wight; ' +
      'QKS Kent and Medway; QXU Surrey Heartlands; QNX Sussex',
  ],
  [
    'South West',
    'QOX Bath and North East Somerset, Swindon and Wiltshire; QUY Bristol, North Somerset and South Gloucestershire; ' +
      'QT6 Cornwall and the Isles of Scilly; QJK Devon; QVV Dorset; QR1 Gloucestershire; QSL Somerset',
  ],
].flatMap(([region, list]) =>
  (list as string).split('; ').map((entry) => ({
    code: entry.slice(0, 3),
    name: entry.slice(4),
    region: region as Region,
  })),
);

export const icbFullName = (name: string): string => `NHS ${name} Integrated Care Board`;
