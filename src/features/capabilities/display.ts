import { formatInteger } from '../../charts/format';
import { isSuppressed, SUPPRESSED, SUPPRESSION_REASON } from '../../data/small-numbers';
import type { Row } from '../../db/connector';

/** A row as its table shows it: a suppressed (null) number becomes the word "suppressed", and a note says why. */
export type Displayed<T> = {
  [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | string : T[K];
} & { note: string };

/**
 * Rows for a figure's table and CSV: the numbers the chart plots, with every suppressed value spelled out. By
 * default a row's note gives the suppression reason when its `respondents` count is under ten.
 */
export function displayRows<T extends Row>(
  rows: readonly T[] | undefined,
  note: (row: T) => string = (row) =>
    typeof row.respondents === 'number' && isSuppressed(row.respondents) ? SUPPRESSION_REASON : '',
): Displayed<T>[] | undefined {
  return rows?.map((row) => {
    const shown: Row = { note: note(row) };
    for (const [key, value] of Object.entries(row)) shown[key] = value === null ? SUPPRESSED : value;
    return shown as Displayed<T>;
  });
}

/** What a chart prints where a value is suppressed: the word and the count, so the reader knows why. */
export const suppressedLabel = (respondents: number): string =>
  `${SUPPRESSED} (n = ${formatInteger(respondents)})`;

/** "NHS Lancashire and South Cumbria Integrated Care Board" -> "Lancashire and South Cumbria". */
export function shortIcbName(name: string): string {
  return name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, '') || name;
}

/** A domain's target as a reader needs it: one level, or the range when archetypes with different targets mix. */
export function targetText(min: number, max: number): string {
  return min === max ? `Level ${min}` : `Levels ${min} to ${max}, by archetype`;
}
