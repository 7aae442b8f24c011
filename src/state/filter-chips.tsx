import { useEffect, useRef } from 'react';
import { buildHash, parseHash, withFilter, type FilterParam } from './hash-location';
import { useHashLocation } from './use-hash-location';
import './filter-chips.css';

export interface ChipParam {
  readonly param: FilterParam;
  /** What the filter is, as its control is labelled: "Workforce group". */
  readonly label: string;
  /** How a value reads, when the URL holds a code: "QE1" -> "Lancashire and South Cumbria (QE1)". */
  readonly valueLabel?: (value: string) => string;
}

interface FilterChipsProps {
  readonly params: readonly ChipParam[];
  /**
   * The values the view filters by, when it leaves some of the URL's out (values not in the data, named in
   * their own notice); by default the URL's.
   */
  readonly applied?: URLSearchParams;
  /** Shown when none of the filters is set. */
  readonly emptyText: string;
}

/** Navigates within the app; a new hash adds a history entry, so Back restores a removed filter. */
function goTo(hash: string): void {
  window.location.hash = hash;
}

/** The URL with every given filter removed, as one history entry. */
export function clearFilters(hash: string, params: readonly FilterParam[]): string {
  const location = parseHash(hash);
  const next = new URLSearchParams(location.params);
  for (const param of params) next.delete(param);
  return buildHash(location.path, next);
}

/**
 * The active filters as removable chips, one per value, in the URL's order, with "Clear all filters". Removing a
 * chip moves focus to the chip that takes its place (or the next control), so a keyboard user is never dropped
 * at the top of the page.
 */
export function FilterChips({ params, emptyText, applied }: FilterChipsProps) {
  const location = useHashLocation();
  const values = applied ?? location.params;
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLParagraphElement>(null);
  // Which chip position should take focus once the URL change has re-rendered the list.
  const focusAfterRemoval = useRef<number | null>(null);
  const chips = params.flatMap((p) =>
    values.getAll(p.param).map((value) => ({ ...p, value, text: p.valueLabel?.(value) ?? value })),
  );

  useEffect(() => {
    const position = focusAfterRemoval.current;
    if (position === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.filter-chip') ?? [];
    (buttons[Math.min(position, buttons.length - 1)] ?? headingRef.current)?.focus();
  }, [chips.length]);

  const remove = (param: FilterParam, value: string, index: number) => {
    const current = parseHash(window.location.hash);
    const remaining = current.params.getAll(param).filter((v) => v !== value);
    focusAfterRemoval.current = index;
    goTo(withFilter(current, param, remaining));
  };

  return (
    <div className="filter-chips">
      <p className="filter-chips-heading" ref={headingRef} tabIndex={-1}>
        {chips.length === 0 ? emptyText : 'Active filters (select one to remove it):'}
      </p>
      {chips.length > 0 && (
        <>
          <ul className="filter-chip-list" ref={listRef} aria-label="Active filters">
            {chips.map((chip, index) => (
              <li key={`${chip.param}\u0000${chip.value}`}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={`Remove filter ${chip.label}: ${chip.text}`}
                  onClick={() => remove(chip.param, chip.value, index)}
                >
                  <span className="filter-chip-name">{chip.label}:</span> {chip.text}
                  <span className="filter-chip-remove" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              focusAfterRemoval.current = 0;
              goTo(
                clearFilters(
                  window.location.hash,
                  params.map((p) => p.param),
                ),
              );
            }}
          >
            Clear all filters
          </button>
        </>
      )}
    </div>
  );
}
