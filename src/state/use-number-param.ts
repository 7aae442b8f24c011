import { useCallback } from 'react';
import { buildHash, parseHash } from './hash-location';
import { useHashLocation } from './use-hash-location';

/**
 * Numbers a user types (assumptions such as a leaver rate) kept in the URL hash's query string, next to the
 * filters, so a link reproduces them. Unlike filters, they are validated here: a value outside its range is
 * never written, and a bad value in a shared link falls back to the default with a message saying so.
 *
 * History: a field's first change pushes one history entry and later keystrokes in the same edit replace it
 * (see `HistoryMode`), so typing "12.5" adds one entry, not four, and Back undoes the whole edit.
 */
export interface NumberSpec {
  /** What the number is, as a sentence starts: "Annual leaver rate". */
  readonly label: string;
  /** Unit as it follows the number: "%", "WTE per year". */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
}

export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

export type HistoryMode = 'push' | 'replace';

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** "100,000 WTE per year", "100%": units that are symbols sit against the number. */
export function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${plain.format(value)}%` : `${plain.format(value)} ${unit}`;
}

/**
 * Reads what a person typed: spaces around it and thousands separators ("2,500") are allowed; anything else
 * that is not a plain decimal number gets a message that says what to type instead.
 */
export function parseNumber(text: string, spec: NumberSpec): ParsedNumber {
  const cleaned = text.trim().replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const range = `between ${withUnit(spec.min, spec.unit)} and ${withUnit(spec.max, spec.unit)}`;
  if (cleaned === '') return { ok: false, message: `Enter the ${lower(spec.label)}, ${range}.` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) {
    return { ok: false, message: `${spec.label} must be a number ${range}, using digits only.` };
  }
  const value = Number(cleaned);
  if (value < spec.min || value > spec.max) return { ok: false, message: `${spec.label} must be ${range}.` };
  // -0 (typed as "-0") would print as "-0" in the URL.
  return { ok: true, value: value === 0 ? 0 : value };
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The hash after setting (a string) or removing (null) some parameters; the others keep their order. */
export function hashWithParams(hash: string, changes: Readonly<Record<string, string | null>>): string {
  const location = parseHash(hash);
  const params = new URLSearchParams(location.params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return buildHash(location.path, params);
}

/**
 * Writes parameters to the URL, adding a history entry or replacing the current one. Returns whether the URL
 * changed: writing what is already there adds no entry.
 */
export function writeHashParams(
  changes: Readonly<Record<string, string | null>>,
  mode: HistoryMode,
): boolean {
  const current = parseHash(window.location.hash);
  const next = hashWithParams(window.location.hash, changes);
  if (next === buildHash(current.path, current.params)) return false;
  if (mode === 'push') {
    window.location.hash = next;
    return true;
  }
  const oldURL = window.location.href;
  window.history.replaceState(window.history.state, '', next);
  // replaceState fires no event; the app's URL store listens for hashchange, so tell it.
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
  return true;
}

export interface NumberParam {
  /** The parameter's text in the URL, or null when absent. */
  readonly raw: string | null;
  /** The value in force: the URL's when valid, else the default. */
  readonly value: number;
  /** Why the URL's value is not used, or null. */
  readonly error: string | null;
  /** Sets (or with null removes) the parameter; returns whether the URL changed. */
  readonly set: (value: number | null, mode: HistoryMode) => boolean;
}

/** One numeric parameter of the URL: its value (validated against `spec`) and a setter. */
export function useNumberParam(name: string, spec: NumberSpec, fallback: number): NumberParam {
  const raw = useHashLocation().params.get(name);
  const parsed = raw === null ? null : parseNumber(raw, spec);
  const set = useCallback(
    (value: number | null, mode: HistoryMode) =>
      writeHashParams({ [name]: value === null ? null : String(value) }, mode),
    [name],
  );
  return {
    raw,
    value: parsed?.ok ? parsed.value : fallback,
    error: parsed && !parsed.ok ? parsed.message : null,
    set,
  };
}
