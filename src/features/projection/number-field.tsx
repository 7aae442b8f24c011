import { useId, useRef, useState, type ReactNode } from 'react';
import { parseNumber, withUnit, type HistoryMode, type NumberSpec } from '../../state/use-number-param';

interface NumberFieldProps {
  readonly spec: NumberSpec;
  /** The URL's text for this number, or null when absent. */
  readonly raw: string | null;
  /** The value in force (the URL's when valid, else the default); undefined while a data default loads. */
  readonly value: number | undefined;
  readonly hint: ReactNode;
  /** Writes a valid value to the URL; returns whether the URL changed. */
  readonly onCommit: (value: number, mode: HistoryMode) => boolean;
}

/**
 * A labelled number with its unit and range. A text input (GOV.UK's advice for numbers): it takes what the
 * person types, "2,500" included, and explains what is wrong instead of silently dropping characters. Only
 * valid values reach the URL; the first change of an edit adds a history entry and later keystrokes replace
 * it, so Back undoes the edit as a whole.
 */
export function NumberField({ spec, raw, value, hint, onCommit }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const pushed = useRef(false);
  const text = draft ?? raw ?? (value === undefined ? '' : String(value));
  const checked = draft ?? raw;
  const parsed = checked === null ? null : parseNumber(checked, spec);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const range = `${withUnit(spec.min, spec.unit)} to ${withUnit(spec.max, spec.unit)}`;

  return (
    <div className={error ? 'number-field number-field-error' : 'number-field'}>
      <label htmlFor={id}>
        {spec.label} <span className="number-field-unit">({spec.unit})</span>
      </label>
      <p id={`${id}-hint`} className="number-field-hint">
        {hint} Allowed: {range}.
      </p>
      {error && (
        <p id={`${id}-error`} className="number-field-message">
          <span className="visually-hidden">Error: </span>
          {error}
          {value !== undefined && ` The figures use ${withUnit(value, spec.unit)} until it is corrected.`}
        </p>
      )}
      <div className="number-field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onFocus={() => {
            pushed.current = false;
          }}
          onChange={(event) => {
            const typed = event.target.value;
            setDraft(typed);
            const next = parseNumber(typed, spec);
            if (!next.ok) return;
            if (onCommit(next.value, pushed.current ? 'replace' : 'push')) pushed.current = true;
          }}
          onBlur={() => {
            pushed.current = false;
            // A valid edit now lives in the URL; showing the URL's text keeps the field in step with Back.
            if (draft !== null && parseNumber(draft, spec).ok) setDraft(null);
          }}
        />
        <span className="number-field-suffix" aria-hidden="true">
          {spec.unit}
        </span>
      </div>
    </div>
  );
}
