import { ReferenceArea } from 'recharts';
import { BASELINE_YEAR, TARGET_YEAR } from './queries';

/** Whether a year lies between the published ends of the projection, so its numbers are interpolated. */
export const isInterpolatedYear = (year: number): boolean => year > BASELINE_YEAR && year < TARGET_YEAR;

/**
 * A dashed, labelled band over the interpolated years of a chart's x axis: only 2020 and 2030 are published
 * (published-figures.md section 2). Called as a function, not rendered as a component, so the chart sees a
 * ReferenceArea among its direct children.
 */
export function interpolatedYears(years: readonly number[]) {
  const between = years.filter(isInterpolatedYear);
  if (between.length === 0) return null;
  return (
    <ReferenceArea
      x1={Math.min(...between)}
      x2={Math.max(...between)}
      fill="#e8edee"
      fillOpacity={0.7}
      stroke="#425563"
      strokeDasharray="4 4"
      label={{ value: 'Interpolated years', position: 'top', fill: '#212b32', fontSize: 12 }}
    />
  );
}
