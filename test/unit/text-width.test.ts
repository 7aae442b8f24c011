import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/charts/text-width';

// In Node there is no canvas, so widths come from the average-character estimate (0.55 em a character).
const FONT = '10px Arial';

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('Medic, Cardiology', 200, FONT, 2)).toEqual(['Medic, Cardiology']);
  });

  it('breaks between words, never inside one, and fills each line as far as it fits', () => {
    // 5.5 px a character: 55 px holds ten.
    expect(wrapText('Healthcare Scientist, Cardiac Physiology', 66, FONT, 4)).toEqual([
      'Healthcare',
      'Scientist,',
      'Cardiac',
      'Physiology',
    ]);
    expect(wrapText('Nurse, Adult and Child', 66, FONT, 4)).toEqual(['Nurse, Adult', 'and Child']);
  });

  it('cuts what does not fit in the lines allowed, and says so with an ellipsis', () => {
    expect(wrapText('one two three four', 20, FONT, 2)).toEqual(['one', 'two…']);
  });

  it('gives a word longer than the width a line of its own rather than dropping it', () => {
    expect(wrapText('Multidisciplinary team', 30, FONT, 3)).toEqual(['Multidisciplinary', 'team']);
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('abcd', FONT)).toBeCloseTo(22);
    expect(textWidth('abcd', '20px Arial')).toBeCloseTo(44);
  });
});
