import { describe, expect, it } from 'vitest';
import { nextGridCell } from '../../src/charts/grid-keys';

describe('arrow-key moves in a heat map grid', () => {
  it.each([
    ['ArrowDown', false, [1, 2], [2, 2]],
    ['ArrowUp', false, [1, 2], [0, 2]],
    ['ArrowRight', false, [1, 2], [1, 3]],
    ['ArrowLeft', false, [1, 2], [1, 1]],
    ['Home', false, [1, 2], [1, 0]],
    ['End', false, [1, 2], [1, 5]],
    ['Home', true, [1, 2], [0, 0]],
    ['End', true, [1, 2], [6, 5]],
    // At an edge, focus stays where it is rather than wrapping to the other side.
    ['ArrowUp', false, [0, 2], [0, 2]],
    ['ArrowDown', false, [6, 2], [6, 2]],
    ['ArrowLeft', false, [3, 0], [3, 0]],
    ['ArrowRight', false, [3, 5], [3, 5]],
  ] as const)('%s (ctrl %s) from %j goes to %j in 7 rows by 6 columns', (key, ctrl, from, to) => {
    expect(nextGridCell(key, ctrl, from, 7, 6)).toEqual(to);
  });

  it('leaves other keys, such as Enter and Tab, to the page', () => {
    expect(nextGridCell('Enter', false, [1, 1], 7, 6)).toBeNull();
    expect(nextGridCell('Tab', false, [1, 1], 7, 6)).toBeNull();
  });
});
