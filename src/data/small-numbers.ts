/**
 * Small-number suppression, as NHS statistical disclosure practice expects: a share or an average over fewer
 * than ten people can identify someone, so it is never computed for display. The count itself is shown, so a
 * reader knows why a value is missing. Suppression happens in SQL: a suppressed value never reaches the page,
 * its table or its CSV download.
 */
export const MIN_RESPONDENTS = 10;

/** The reason shown wherever a value is suppressed. */
export const SUPPRESSION_REASON = `Fewer than ${MIN_RESPONDENTS} respondents: suppressed`;

/** What a suppressed cell says in tables, charts and CSV downloads. */
export const SUPPRESSED = 'suppressed';

/** True when a selection of `respondents` people is too small to show shares or averages for. */
export const isSuppressed = (respondents: number): boolean => respondents < MIN_RESPONDENTS;

/**
 * SQL for `value` when `respondents` reaches the threshold, else NULL. Both arguments are SQL expressions written
 * by the app (never values from outside), such as `count(DISTINCT g.response_id)` and `avg(g.gap)`.
 */
export function unlessFewRespondents(respondents: string, value: string): string {
  return `CASE WHEN ${respondents} >= ${MIN_RESPONDENTS} THEN ${value} END`;
}
