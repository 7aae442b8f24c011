import { createContext, useContext, type KeyboardEvent } from 'react';
import type { BarShapeProps } from 'recharts';
import './selectable-bar.css';

/** What a selectable bar needs from its chart, by the bar's index in the chart's rows. */
export interface BarSelection {
  readonly label: (index: number) => string;
  readonly selected: (index: number) => boolean;
  /** The one bar of the chart in the tab order (roving tab stop). */
  readonly tabStop: number;
  readonly fill: string;
  readonly toggle: (index: number) => void;
  readonly focus: (index: number) => void;
}

export const BarSelectionContext = createContext<BarSelection | null>(null);

const SELECTED_FILL = '#003087';

/** Keys that move between the bars of one chart, and where each goes. */
function target(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * One bar as a toggle button. The whole row band takes the click, so a short bar is as easy to hit as a long
 * one; a selected bar is darker and outlined in black, so the state never rests on colour alone.
 */
function SelectableBar({ shape }: { readonly shape: BarShapeProps }) {
  const selection = useContext(BarSelectionContext);
  if (!selection) return null;
  const index = shape.originalDataIndex;
  const selected = selection.selected(index);
  const band = shape.background ?? { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selection.toggle(index);
      return;
    }
    const bars = event.currentTarget.ownerSVGElement?.querySelectorAll<SVGGElement>('g[data-bar-index]');
    if (!bars) return;
    const next = target(event.key, index, bars.length);
    if (next === null) return;
    event.preventDefault();
    bars[next]?.focus();
  };
  return (
    <g
      role="button"
      className="selectable-bar"
      data-bar-index={index}
      tabIndex={index === selection.tabStop ? 0 : -1}
      aria-pressed={selected}
      aria-label={selection.label(index)}
      onClick={() => selection.toggle(index)}
      onKeyDown={onKeyDown}
      onFocus={() => selection.focus(index)}
    >
      <rect
        className="selectable-bar-band"
        x={band.x ?? shape.x}
        y={band.y ?? shape.y}
        width={band.width}
        height={band.height}
      />
      <rect
        className="selectable-bar-value"
        x={shape.x}
        y={shape.y}
        width={Math.max(0, shape.width ?? 0)}
        height={Math.max(0, shape.height ?? 0)}
        fill={selected ? SELECTED_FILL : selection.fill}
        stroke={selected ? '#212b32' : 'none'}
        strokeWidth={selected ? 3 : 0}
      />
    </g>
  );
}

/** The `shape` of a selectable <Bar>: one function for the life of the app, so Recharts never remounts bars. */
export const renderSelectableBar = (shape: BarShapeProps) => <SelectableBar shape={shape} />;
