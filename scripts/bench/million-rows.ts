import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A valid capability_assessments file of exactly 1,000,000 rows (about 72 MB) for the upload benchmark: real ICB
 * codes, allowed archetypes, levels 0-4, unique (response_id, domain_id) keys in order, from a fixed seed.
 */
const HEADER = 'response_id,assessed_on,icb_code,organisation_type,staff_group,archetype,domain_id,level';
const ORGANISATIONS = [
  'Acute trust',
  'Mental health trust',
  'Community trust',
  'Primary care',
  'Ambulance trust',
];
const STAFF = [
  'Nursing and midwifery',
  'Medical and dental',
  'Allied health professionals',
  'Administrative and clerical',
];
const ARCHETYPES = ['Shapers', 'Drivers', 'Creators', 'Embedders', 'Users'];
const ROUNDS = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];

export const MILLION = 1_000_000;

export function writeMillionRowFile(root = path.resolve(import.meta.dirname, '../..')): string {
  const icbs = readFileSync(path.join(root, 'datasets/icbs.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!);
  let seed = 20220131;
  const random = () => {
    // mulberry32, as the dataset generator uses.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines: string[] = [HEADER];
  for (let row = 0; row < MILLION; row++) {
    const respondent = Math.floor(row / 6);
    const domain = (row % 6) + 1;
    const id = `R${String(respondent + 1).padStart(7, '0')}`;
    lines.push(
      `${id},${ROUNDS[respondent % ROUNDS.length]},${icbs[respondent % icbs.length]},${ORGANISATIONS[respondent % 5]},` +
        `${STAFF[respondent % 4]},${ARCHETYPES[respondent % 5]},${domain},${Math.floor(random() * 5)}`,
    );
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-upload-')), 'assessments-1m.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
