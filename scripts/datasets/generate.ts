import { assessmentsCsv } from './assessments';
import { frameworkCsv, targetsCsv } from './capabilities';
import { icbsCsv } from './icbs';
import { projectionCsv } from './projection';
import { Rng } from './random';
import { roadmapFiles } from './roadmap';

export const DEFAULT_SEED = 20220131;

/** The nine dataset file names, in the order DESIGN.md section 3 lists the tables. */
export const DATASET_FILES = [
  'ai_roadmap_technologies.csv',
  'ai_roadmap_workforce_groups.csv',
  'ai_roadmap_points_of_care.csv',
  'ai_roadmap_deployments.csv',
  'capability_framework.csv',
  'capability_targets.csv',
  'capability_assessments.csv',
  'digital_workforce_projection.csv',
  'icbs.csv',
] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

/**
 * Every bundled dataset as exact CSV text, keyed by file name. Pure and deterministic: the same seed gives
 * the same bytes. Each part draws from its own fork of the seed, so changing one leaves the others alone.
 */
export function generateDatasets(seed: number = DEFAULT_SEED): Record<DatasetFile, string> {
  const rng = new Rng(seed);
  const roadmap = roadmapFiles(rng.fork('roadmap'));
  const files: Record<string, string> = {
    ...roadmap,
    'capability_framework.csv': frameworkCsv(),
    'capability_targets.csv': targetsCsv(),
    'capability_assessments.csv': assessmentsCsv(rng.fork('assessments')),
    'digital_workforce_projection.csv': projectionCsv(),
    'icbs.csv': icbsCsv(),
  };
  const result = {} as Record<DatasetFile, string>;
  for (const name of DATASET_FILES) {
    const text = files[name];
    if (text === undefined) throw new Error(`The generator made no ${name}`);
    result[name] = text;
  }
  return result;
}
