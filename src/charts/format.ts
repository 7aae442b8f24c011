const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const twoDecimalFormat = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

// Intl's format takes microseconds a call, and a filter change formats the same few counts a thousand times
// over (bars, heat-map cells, labels): 3 ms of script a #/technologies step in a CPU profile. -0 is not
// remembered: a Map takes it for 0, but Intl writes "-0".
const formattedIntegers = new Map<number, string>();
const MAX_REMEMBERED = 10_000;

/** 46009 -> "46,009". */
export function formatInteger(value: number): string {
  if (Object.is(value, -0)) return integerFormat.format(value);
  let text = formattedIntegers.get(value);
  if (text === undefined) {
    text = integerFormat.format(value);
    if (formattedIntegers.size < MAX_REMEMBERED) formattedIntegers.set(value, text);
  }
  return text;
}

/** 0.5 -> "0.5", with exactly one decimal. */
export const formatOneDecimal = (value: number): string => oneDecimalFormat.format(value);

export const formatTwoDecimals = (value: number): string => twoDecimalFormat.format(value);

/** A percentage already in 0-100, rounded half up to a whole number as the published shares are: "34%". */
export const formatPercent = (value: number): string => `${formatInteger(Math.round(value))}%`;

/** A signed change: "+31,914". */
export const formatSignedInteger = (value: number): string =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatInteger(Math.abs(value))}`;

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO 8601 time as the app shows when data was loaded: "22 Nov 2026, 08:40". */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
