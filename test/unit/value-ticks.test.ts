import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatOneDecimal } from '../../src/charts/format';
import { valueTicks } from '../../src/charts/svg-parts';

describe('valueTicks', () => {
  it('gives whole-number counts no ticks between whole numbers', () => {
    // Two technologies at most across 460 px: d3 alone asks for 5 ticks and gets 0, 0.5, 1, 1.5, 2.
    const x = scaleLinear().domain([0, 2]).range([0, 460]);
    expect(x.ticks(5)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(valueTicks(x, 460, formatInteger)).toEqual([0, 1, 2]);
  });

  it('keeps d3 ticks when every label already differs', () => {
    const x = scaleLinear().domain([0, 30]).range([0, 460]);
    expect(valueTicks(x, 460, formatInteger)).toEqual(x.ticks(5));
  });

  it('keeps half steps where the format shows them', () => {
    const x = scaleLinear().domain([0, 2]).range([0, 460]);
    expect(valueTicks(x, 460, formatOneDecimal)).toEqual([0, 0.5, 1, 1.5, 2]);
  });

  it('falls back to the ends of a domain no format can tell apart', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 460]);
    const labels = valueTicks(x, 460, () => 'same');
    expect(labels).toEqual(x.ticks(1));
  });
});
