import { useDeferredValue, useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on the screen or within half a screen of it. Until the browser has said, it counts as
 * on screen, so nothing is held back on the first draw.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

/**
 * What a part of the page should draw: the latest `value` while it is on screen, else the value it last drew,
 * with the latest drawn just after, in the background. A filter change then redraws the charts the planner is
 * looking at first; those further down the page follow in time slices that a newer change interrupts, and are
 * current before they can be scrolled to. `current` says whether `shown` is the latest.
 */
export function useVisibleFirst<V>(ref: RefObject<Element | null>, value: V): { shown: V; current: boolean } {
  const near = useNearViewport(ref);
  const deferred = useDeferredValue(value);
  const shown = near ? value : deferred;
  return { shown, current: shown === value };
}
