import { describe, expect, it } from 'vitest';
import { combineComparison, type AreaShareRow } from '../../src/features/capabilities/comparison-queries';

const row = (
  domain_id: number | null,
  respondents: number,
  share: number | null,
  area_name: string | null,
) => ({
  domain_id,
  domain_name: domain_id === null ? 'All domains' : `Domain ${domain_id}`,
  respondents,
  share,
  area_name,
});

describe('combineComparison', () => {
  const england: AreaShareRow[] = [
    row(null, 500, 40, 'England'),
    row(1, 480, 41, 'England'),
    row(2, 450, 39, 'England'),
  ];

  it("puts the ICB's and region's numbers beside England's, domain by domain, with their own names", () => {
    const rows = combineComparison({
      icb: [row(null, 12, 50, 'NHS Example ICB'), row(2, 12, 25, 'NHS Example ICB')],
      region: [row(null, 90, 45, 'London'), row(1, 80, 44, 'London'), row(2, 85, 46, 'London')],
      england,
    });
    expect(rows.map((r) => r.domain_name)).toEqual(['All domains', 'Domain 1', 'Domain 2']);
    expect(rows.every((r) => r.icb_name === 'NHS Example ICB' && r.region === 'London')).toBe(true);
    // Domain 1 has nobody in the ICB: 0 respondents, no share.
    expect(rows[1]).toMatchObject({
      icb_respondents: 0,
      icb_share: null,
      region_respondents: 80,
      england_share: 41,
    });
    expect(rows[2]).toMatchObject({
      icb_respondents: 12,
      icb_share: 25,
      region_share: 46,
      england_respondents: 450,
    });
  });

  it('gives no rows for an ICB the icbs table does not name (it has no region to compare with)', () => {
    const rows = combineComparison({
      icb: [row(null, 0, null, null)],
      region: [row(null, 0, null, 'London')],
      england,
    });
    expect(rows).toEqual([]);
  });
});
