import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

/**
 * The last width a figure's chart was measured at, kept by its figure frame (which stays mounted while its chart
 * comes and goes, say between "no data" and data). A chart drawn again in the same figure starts at that width
 * instead of reading its own: that read forces the browser to lay out the whole page there and then, mid-update
 * (10-20 ms a chart on #/capabilities when a filter brings three charts back at once).
 */
export const RememberedWidth = createContext<WidthMemory | null>(null);

export interface WidthMemory {
  readonly get: () => number | null;
  readonly set: (width: number) => void;
}

/** A figure's memory of its chart's width (see RememberedWidth). */
export function createWidthMemory(): WidthMemory {
  let width: number | null = null;
  return {
    get: () => width,
    set: (measured) => {
      if (measured > 0) width = measured;
    },
  };
}

/**
 * The current width of an element, kept up to date as it resizes, so a chart can give its labels less room on
 * a narrow screen (320 px) and more on a wide one. One chart per figure uses it (see RememberedWidth).
 */
export function useElementWidth<E extends HTMLElement>(fallback: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const remembered = useContext(RememberedWidth);
  const [width, setWidth] = useState(() => remembered?.get() ?? fallback);
  // Measured before the first paint, so a chart is not drawn once at the fallback width and again at its own.
  // A remembered width is checked by the resize observer below, after the browser's own layout.
  useLayoutEffect(() => {
    if (remembered?.get() != null) return;
    const measured = ref.current?.clientWidth;
    if (measured) {
      setWidth(measured);
      remembered?.set(measured);
    }
  }, [remembered]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const measured = Math.round(entry.contentRect.width);
      setWidth(measured);
      remembered?.set(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [remembered]);
  return [ref, width];
}
