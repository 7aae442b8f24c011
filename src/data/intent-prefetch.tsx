import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { parseHash, type HashLocation } from '../state/hash-location';
import { analysisQueryOptions, type AnalysisQuery } from './sql-query';

/**
 * How long a pointer rests on a bar (or focus on it) before the view it leads to is computed. Shorter than a
 * deliberate hover-then-click (a few hundred milliseconds), longer than a pointer passing over on its way.
 */
export const INTENT_DWELL_MS = 80;

export interface IntentPrefetch {
  /** The planner may be about to go to `hash` (a bar's pointer or focus is on it). */
  intent(hash: string): void;
  /** They moved away before going there. */
  cancel(): void;
}

/**
 * Computes the view a planner is about to choose while they point at it, so that when they click, its numbers
 * are already in the query cache: the same analyses, same SQL and same engine as the click would run, only
 * started a moment earlier (the idea of Falcon, Moritz et al., CHI 2019). Analyses run one at a time, so a
 * click elsewhere waits behind one query at most, and stop as soon as the intent changes or the view does.
 */
export function createIntentPrefetch(
  client: QueryClient,
  analysesFor: (location: HashLocation) => readonly AnalysisQuery[],
  dwellMs = INTENT_DWELL_MS,
): IntentPrefetch {
  let wanted: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (hash: string) => {
    for (const analysis of analysesFor(parseHash(hash))) {
      // Once the view is there, its own queries take over (sharing what is computed or running already).
      if (wanted !== hash || window.location.hash === hash) return;
      await client.prefetchQuery(analysisQueryOptions(analysis));
    }
  };
  const cancel = () => {
    clearTimeout(timer);
    wanted = null;
  };
  return {
    intent(hash) {
      if (hash === wanted || hash === window.location.hash) return;
      cancel();
      wanted = hash;
      timer = setTimeout(() => void run(hash), dwellMs);
    },
    cancel,
  };
}

const NONE: IntentPrefetch = { intent: () => undefined, cancel: () => undefined };
const IntentContext = createContext<IntentPrefetch>(NONE);

/** Lets the charts of a view report intent; outside one, intent is ignored. */
export function IntentPrefetchProvider(props: {
  readonly analysesFor: (location: HashLocation) => readonly AnalysisQuery[];
  readonly children: ReactNode;
}) {
  const client = useQueryClient();
  const { analysesFor } = props;
  const prefetch = useMemo(() => createIntentPrefetch(client, analysesFor), [client, analysesFor]);
  useEffect(() => prefetch.cancel, [prefetch]);
  return <IntentContext.Provider value={prefetch}>{props.children}</IntentContext.Provider>;
}

export const useIntentPrefetch = (): IntentPrefetch => useContext(IntentContext);
