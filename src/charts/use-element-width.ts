import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The current width of an element, kept up to date as it resizes, so a chart can give its labels less room on
 * a narrow screen (320 px) and more on a wide one.
 */
export function useElementWidth<E extends HTMLElement>(fallback: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  // Measured before the first paint, so a chart is not drawn once at the fallback width and again at its own.
  useLayoutEffect(() => {
    const width = ref.current?.clientWidth;
    if (width) setWidth(width);
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
