import { describe, expect, it } from 'vitest';
import { isSuppressed, SUPPRESSION_REASON } from '../../src/data/small-numbers';
import {
  displayRows,
  shortIcbName,
  suppressedLabel,
  targetText,
} from '../../src/features/capabilities/display';

describe('suppressed values in tables', () => {
  it('spells out a suppressed value and says why, leaving shown rows untouched', () => {
    const rows = [
      { archetype: 'Shapers', respondents: 7, share_meeting: null, mean_gap: null },
      { archetype: 'Users', respondents: 120, share_meeting: 42.5, mean_gap: 0.75 },
    ];
    expect(displayRows(rows)).toEqual([
      {
        archetype: 'Shapers',
        respondents: 7,
        share_meeting: 'suppressed',
        mean_gap: 'suppressed',
        note: SUPPRESSION_REASON,
      },
      { archetype: 'Users', respondents: 120, share_meeting: 42.5, mean_gap: 0.75, note: '' },
    ]);
    expect(SUPPRESSION_REASON).toBe('Fewer than 10 respondents: suppressed');
    expect(displayRows(undefined)).toBeUndefined();
  });

  it('suppresses below ten respondents, not at ten', () => {
    expect([isSuppressed(0), isSuppressed(9), isSuppressed(10)]).toEqual([true, true, false]);
    expect(suppressedLabel(7)).toBe('suppressed (n = 7)');
  });
});

describe('labels', () => {
  it('shortens ICB names and states a target or a mix of targets', () => {
    expect(shortIcbName('NHS Lancashire and South Cumbria Integrated Care Board')).toBe(
      'Lancashire and South Cumbria',
    );
    expect(shortIcbName('Somewhere')).toBe('Somewhere');
    expect(targetText(3, 3)).toBe('Level 3');
    expect(targetText(1, 4)).toBe('Levels 1 to 4, by archetype');
  });
});
