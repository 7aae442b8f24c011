import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_FILES, DEFAULT_SEED, generateDatasets } from '../../scripts/datasets/generate';
import { checkReferentialIntegrity } from '../../scripts/datasets/integrity-checks';
import { checkDatasets, checkPublishedFigures } from '../../scripts/datasets/published-checks';

const DATASETS_DIR = path.resolve(import.meta.dirname, '../../datasets');

let generated: Record<string, string>;

beforeAll(() => {
  generated = generateDatasets(DEFAULT_SEED);
});

/** A copy of the generated files with one file's text changed by `edit`, which must change something. */
function withEdit(file: string, edit: (text: string) => string): Record<string, string> {
  const text = generated[file] as string;
  const edited = edit(text);
  expect(edited, `the edit of ${file} changed nothing`).not.toBe(text);
  return { ...generated, [file]: edited };
}

/** Replaces the first line matching `pattern` with `replace(line)`. */
const editLine = (pattern: RegExp, replace: (line: string) => string) => (text: string) => {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  expect(index, `no line matches ${pattern}`).toBeGreaterThan(0);
  lines[index] = replace(lines[index] as string);
  return lines.join('\n');
};

/** Removes the first line matching `pattern`. */
const dropLine = (pattern: RegExp) => (text: string) => {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  expect(index, `no line matches ${pattern}`).toBeGreaterThan(0);
  lines.splice(index, 1);
  return lines.join('\n');
};

describe('bundled datasets', () => {
  it('regenerating with the default seed reproduces every committed CSV byte for byte', async () => {
    for (const name of DATASET_FILES) {
      const committed = await readFile(path.join(DATASETS_DIR, name), 'utf8');
      expect(
        committed === generated[name],
        `${name} differs from the generator's output: run npm run datasets`,
      ).toBe(true);
    }
  });

  it('writes the CSV format the app expects: header, \\n line endings, final newline, no BOM', () => {
    for (const name of DATASET_FILES) {
      const text = generated[name] as string;
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n\n')).toBe(false);
    }
    expect(generated['capability_assessments.csv']?.length).toBeLessThan(5_000_000);
  });

  it('is deterministic for a seed and different for another seed', () => {
    expect(generateDatasets(DEFAULT_SEED)).toEqual(generated);
    const other = generateDatasets(7);
    expect(other['ai_roadmap_technologies.csv']).not.toBe(generated['ai_roadmap_technologies.csv']);
    expect(() => checkDatasets(other)).not.toThrow();
  });
});

describe('published checks', () => {
  it('pass on the generated data', () => {
    expect(() => checkPublishedFigures(generated)).not.toThrow();
    expect(() => checkReferentialIntegrity(generated)).not.toThrow();
    expect(() => checkDatasets(generated)).not.toThrow();
  });

  it('fail when one technology changes type', () => {
    const files = withEdit(
      'ai_roadmap_technologies.csv',
      editLine(/,Diagnostic,Imaging,/, (line) => line.replace(',Diagnostic,Imaging,', ',Other,Imaging,')),
    );
    expect(() => checkPublishedFigures(files)).toThrow(/type Diagnostic: expected 82, got 81/);
  });

  it('fail when a top workforce group loses one technology', () => {
    const files = withEdit('ai_roadmap_workforce_groups.csv', dropLine(/,"Medic, Cardiology"$/));
    expect(() => checkPublishedFigures(files)).toThrow(
      /"Medic, Cardiology" technologies: expected 19, got 18/,
    );
  });

  it('fail when one more technology is ready within a year', () => {
    const files = withEdit(
      'ai_roadmap_technologies.csv',
      editLine(/^T\d{3},.*,[1-5],(Low|Medium|High),(Low|Medium|High),(Low|Medium|High)$/, (line) =>
        line.replace(/,[1-5],(\w+),(\w+),(\w+)$/, ',0,$1,$2,$3'),
      ),
    );
    expect(() => checkPublishedFigures(files)).toThrow(
      /ready within a year \(years_to_deployment = 0\): expected 56, got 57/,
    );
  });

  it('fail when a clinical area is merged away', () => {
    const files = withEdit('ai_roadmap_technologies.csv', (text) => text.replace(',Podiatry,', ',Diabetes,'));
    expect(() => checkPublishedFigures(files)).toThrow(/distinct clinical areas: expected 67, got 66/);
  });

  it('fail when the 2030 projection total moves', () => {
    const files = withEdit(
      'digital_workforce_projection.csv',
      editLine(
        /^2030,Digital transformation,Clinical informatics,/,
        () => '2030,Digital transformation,Clinical informatics,22466',
      ),
    );
    expect(() => checkPublishedFigures(files)).toThrow(
      /2030 total, Digital transformation: expected 77923, got 77924/,
    );
  });

  it('fail when an ICB is in the wrong region or a sub-domain is renamed', () => {
    const icbs = withEdit(
      'icbs.csv',
      editLine(/^QE1,/, (line) => line.replace(',North West', ',Midlands')),
    );
    expect(() => checkPublishedFigures(icbs)).toThrow(/ICB QE1 region: expected North West, got Midlands/);
    const framework = withEdit('capability_framework.csv', (text) =>
      text.replace(',6.4,Robotics', ',6.4,Robots'),
    );
    expect(() => checkPublishedFigures(framework)).toThrow(/framework rows/);
  });

  it('fail on a reference to an unknown ICB or technology', () => {
    const deployments = withEdit('ai_roadmap_deployments.csv', (text) => `${text}T999,QE1,1\nT001,XXX,2\n`);
    expect(() => checkReferentialIntegrity(deployments)).toThrow(
      /deployment of an unknown technology: 1 row/,
    );
    expect(() => checkReferentialIntegrity(deployments)).toThrow(/deployment in an unknown ICB: 1 row/);
  });

  it('fail when an assessment has no target for its archetype and domain', () => {
    const files = withEdit('capability_targets.csv', dropLine(/^Users,6,/));
    expect(() => checkReferentialIntegrity(files)).toThrow(/archetype and domain have no target/);
  });
});
