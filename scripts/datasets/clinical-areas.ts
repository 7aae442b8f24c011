import type { TechnologyType } from './published';

/**
 * How many technologies of each type and subtype serve each clinical area. The type counts, the two published
 * Diagnostic subtypes, the four largest areas and the Remote monitoring profile are published; the rest is a
 * plausible spread over real NHS specialties that makes 67 distinct areas with the published four on top.
 * Imaging sits mostly in Clinical Radiology, remote monitoring in Respiratory and General Practice, and so on.
 */
export interface SubtypePlan {
  readonly type: TechnologyType;
  readonly subtype: string;
  readonly areas: Readonly<Record<string, number>>;
}

const MULTI = 'Multiple clinical areas';

export const SUBTYPE_PLANS: readonly SubtypePlan[] = [
  {
    type: 'Diagnostic',
    subtype: 'Imaging',
    areas: {
      'Clinical Radiology': 22,
      [MULTI]: 3,
      'Stroke medicine': 2,
      'Breast surgery': 2,
      'Trauma and orthopaedics': 1,
      'Spinal surgery': 1,
      Respiratory: 1,
      'Cardiothoracic surgery': 1,
      Oncology: 1,
      'Nuclear medicine': 1,
      Neurosurgery: 1,
      'Emergency medicine': 1,
      Urology: 1,
      'Fetal medicine': 1,
      Hepatology: 1,
    },
  },
  {
    type: 'Diagnostic',
    subtype: 'Cardiorespiratory and neurology',
    areas: {
      Cardiology: 13,
      Respiratory: 2,
      Neurology: 2,
      'Clinical neurophysiology': 1,
      'Sleep medicine': 1,
      'General Practice': 1,
      'Stroke medicine': 1,
      [MULTI]: 1,
    },
  },
  {
    type: 'Diagnostic',
    subtype: 'Pathology',
    areas: {
      Histopathology: 3,
      Haematology: 1,
      Immunology: 1,
      'Medical microbiology': 1,
      'Chemical pathology': 1,
      Oncology: 1,
    },
  },
  { type: 'Diagnostic', subtype: 'Ophthalmology', areas: { Ophthalmology: 4, Diabetes: 1 } },
  { type: 'Diagnostic', subtype: 'Dermatology', areas: { Dermatology: 3, 'Plastic surgery': 1 } },
  {
    type: 'Diagnostic',
    subtype: 'Endoscopy',
    areas: { Gastroenterology: 1, 'Upper gastrointestinal surgery': 1, 'Colorectal surgery': 1 },
  },
  {
    type: 'Automation/Service efficiency',
    subtype: 'Clinical documentation',
    areas: {
      [MULTI]: 11,
      'Clinical Radiology': 2,
      'General Practice': 1,
      'Community nursing': 1,
      'Mental health': 1,
      Paediatrics: 1,
      Cardiology: 1,
    },
  },
  {
    type: 'Automation/Service efficiency',
    subtype: 'Scheduling and administration',
    areas: {
      [MULTI]: 10,
      'General Practice': 1,
      'Clinical Radiology': 1,
      Audiology: 1,
      Physiotherapy: 1,
      'Perioperative medicine': 1,
      Dentistry: 1,
    },
  },
  {
    type: 'Automation/Service efficiency',
    subtype: 'Triage and patient flow',
    areas: {
      [MULTI]: 6,
      'General Practice': 2,
      'Emergency medicine': 1,
      Otolaryngology: 1,
      'Pre-hospital care': 1,
      'Acute medicine': 1,
      'Intensive care medicine': 1,
      'Liaison psychiatry': 1,
      'Geriatric medicine': 1,
    },
  },
  {
    type: 'Automation/Service efficiency',
    subtype: 'Clinical decision support',
    areas: {
      [MULTI]: 4,
      'Clinical Radiology': 1,
      Pharmacy: 1,
      'Intensive care medicine': 1,
      'Infectious diseases': 1,
      Cardiology: 1,
      Maternity: 1,
      Neonatology: 1,
      'Renal medicine': 1,
      'Palliative care': 1,
    },
  },
  {
    type: 'Automation/Service efficiency',
    subtype: 'Workforce and capacity planning',
    areas: { [MULTI]: 6, 'Emergency medicine': 1, 'Occupational health': 1 },
  },
  {
    type: 'P4 Medicine',
    subtype: 'Risk prediction',
    areas: {
      [MULTI]: 3,
      Cardiology: 3,
      'General Practice': 2,
      Diabetes: 1,
      'Child and adolescent mental health': 1,
      'Renal medicine': 1,
      Oncology: 1,
      'Geriatric medicine': 1,
      'Intensive care medicine': 1,
      Hepatology: 1,
      Maternity: 1,
    },
  },
  {
    type: 'P4 Medicine',
    subtype: 'Genomics and precision medicine',
    areas: {
      'Clinical genetics': 3,
      Oncology: 2,
      [MULTI]: 1,
      Haematology: 1,
      Rheumatology: 1,
      Paediatrics: 1,
      'Clinical pharmacology': 1,
    },
  },
  {
    type: 'P4 Medicine',
    subtype: 'Population health management',
    areas: {
      [MULTI]: 4,
      'Public health': 1,
      'Weight management': 1,
      'General Practice': 1,
      Diabetes: 1,
      Respiratory: 1,
    },
  },
  {
    type: 'P4 Medicine',
    subtype: 'Prevention and early detection',
    areas: {
      [MULTI]: 1,
      'Public health': 1,
      Endocrinology: 1,
      Cardiology: 1,
      'Sexual health': 1,
      'Vascular surgery': 1,
    },
  },
  {
    type: 'Remote monitoring',
    subtype: 'Long-term conditions',
    areas: { Respiratory: 7, 'General Practice': 4, Cardiology: 2, Diabetes: 2, 'Renal medicine': 1 },
  },
  {
    type: 'Remote monitoring',
    subtype: 'Virtual wards',
    areas: { Respiratory: 3, 'General Practice': 3, [MULTI]: 2, 'Geriatric medicine': 1, Cardiology: 1 },
  },
  {
    type: 'Remote monitoring',
    subtype: 'Wearables and home sensors',
    areas: { 'General Practice': 4, Respiratory: 2, Podiatry: 1, Maternity: 1 },
  },
  {
    type: 'Therapeutic',
    subtype: 'Digital therapeutics',
    areas: { 'Mental health': 1, 'Substance misuse': 1, 'Rehabilitation medicine': 1 },
  },
  { type: 'Therapeutic', subtype: 'Radiotherapy planning', areas: { 'Clinical oncology': 2, Oncology: 1 } },
  { type: 'Therapeutic', subtype: 'Surgical robotics', areas: { Urology: 1, 'General surgery': 1 } },
  {
    type: 'Other',
    subtype: 'Research and drug discovery',
    areas: { [MULTI]: 2, 'Clinical pharmacology': 1 },
  },
  { type: 'Other', subtype: 'Education and training', areas: { [MULTI]: 1, Anaesthesia: 1 } },
];

/**
 * Years to deployment by type: how many technologies of the type are 0 (within a year) to 5 years away.
 * 56 are within a year (published); 18 of the 34 remote-monitoring technologies need three years (published
 * as about 53%); the rest is illustrative, skewed towards the near term.
 */
export const YEARS_BY_TYPE: Readonly<Record<TechnologyType, readonly number[]>> = {
  Diagnostic: [26, 20, 16, 10, 6, 4],
  'Automation/Service efficiency': [22, 18, 14, 9, 4, 3],
  'P4 Medicine': [3, 6, 9, 10, 7, 6],
  'Remote monitoring': [3, 4, 5, 18, 2, 2],
  Therapeutic: [1, 1, 2, 2, 1, 1],
  Other: [1, 1, 1, 1, 1, 0],
};

/** How mature each subtype tends to be: higher means nearer deployment (used only to order within a type). */
export const SUBTYPE_READINESS: Readonly<Record<string, number>> = {
  Imaging: 1.5,
  'Cardiorespiratory and neurology': 0.8,
  Pathology: 0.6,
  Ophthalmology: 0.9,
  Dermatology: 0.5,
  Endoscopy: 0.3,
  'Clinical documentation': 1,
  'Scheduling and administration': 1.3,
  'Triage and patient flow': 0.6,
  'Clinical decision support': 0.4,
  'Workforce and capacity planning': 0.7,
  'Virtual wards': 0.6,
  'Radiotherapy planning': 1,
};
