import { afterEach, describe, expect, it } from 'vitest';
import { markTableReplaced } from '../../src/data/dataset-versions';
import { plannedAsWritten, SMALL_UPLOAD_ROWS } from '../../src/data/run-analysis';

const upload = (rows: number) => ({ fileName: 'local.csv', loadedAt: '2026-12-03T10:00:00Z', rows });

afterEach(() => markTableReplaced('ai_roadmap_deployments', 'bundled'));

describe('which analyses run without the optimizer', () => {
  it('those over the small bundled tables', () => {
    expect(plannedAsWritten(['technology_facets'])).toBe(true);
    expect(plannedAsWritten(['technology_deployments', 'icbs'])).toBe(true);
    expect(plannedAsWritten(['digital_workforce_projection'])).toBe(true);
  });

  it('not those reading the assessments, directly or through a relation built from them', () => {
    expect(plannedAsWritten(['capability_assessments'])).toBe(false);
    expect(plannedAsWritten(['capability_gaps'])).toBe(false);
    expect(plannedAsWritten(['capability_responses', 'icbs'])).toBe(false);
  });

  it('not those reading an upload bigger than a small table', () => {
    markTableReplaced('ai_roadmap_deployments', upload(SMALL_UPLOAD_ROWS));
    expect(plannedAsWritten(['technology_facets'])).toBe(true);
    markTableReplaced('ai_roadmap_deployments', upload(SMALL_UPLOAD_ROWS + 1));
    expect(plannedAsWritten(['technology_facets'])).toBe(false);
    expect(plannedAsWritten(['ai_roadmap_technologies'])).toBe(true);
    markTableReplaced('ai_roadmap_deployments', 'bundled');
    expect(plannedAsWritten(['technology_facets'])).toBe(true);
  });
});
