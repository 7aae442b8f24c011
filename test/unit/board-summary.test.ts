import { describe, expect, it } from 'vitest';
import { boardSummary, type SummaryFacts } from '../../src/features/board/summary';

const facts: SummaryFacts = {
  scopeName: 'NHS Greater Manchester Integrated Care Board',
  latestRound: '2026-09-30',
  share: 52.4,
  previousShare: 49.1,
  englandShare: 51.5,
  variation: 'special cause improvement',
  largestGap: {
    archetype: 'Creators',
    domain: 'Artificial intelligence',
    meanGap: 1.234,
    below: 20,
    respondents: 25,
  },
  readyWithinYear: 56,
  readyInUse: 31,
  topGroups: ['Medic, Clinical Radiology', 'Diagnostic Radiographer', 'Non Clinical, Admin'],
  wte2020: 46009,
  wte2030: 77923,
};

describe('boardSummary', () => {
  it('writes three to five sentences, each from the numbers given', () => {
    const sentences = boardSummary(facts);
    expect(sentences).toHaveLength(5);
    expect(sentences[0]).toBe(
      "In NHS Greater Manchester Integrated Care Board, 52% of staff capability self-assessments met the level their role's archetype needs in the 2026-09-30 round, up 3 percentage points on the previous round and 1 percentage point above England (52%).",
    );
    expect(sentences[1]).toContain('special-cause improvement');
    expect(sentences[2]).toBe(
      'The largest capability gap is for Creators in Artificial intelligence: 20 of 25 are below the target level, on average 1.23 levels short.',
    );
    expect(sentences[3]).toBe(
      '56 AI technologies are expected to be ready for large-scale deployment within a year, 31 of them already in use in NHS Greater Manchester Integrated Care Board; they reach Medic, Clinical Radiology; Diagnostic Radiographer and Non Clinical, Admin most.',
    );
    expect(sentences[4]).toContain('from 46,009 WTE in 2020 to 77,923 WTE by 2030, 69% more');
  });

  it('does not compare England with itself, and says when there are too few respondents', () => {
    const england = boardSummary({ ...facts, scopeName: 'England', share: null });
    expect(england[0]).toBe(
      'In England, too few staff answered the 2026-09-30 assessment to report the share meeting their target.',
    );
    expect(england.join(' ')).not.toContain('already in use in England');
  });

  it('leaves out what the data does not give', () => {
    const sparse = boardSummary({
      ...facts,
      variation: null,
      largestGap: null,
      readyWithinYear: null,
      wte2020: null,
      wte2030: null,
    });
    expect(sparse).toHaveLength(1);
  });
});
