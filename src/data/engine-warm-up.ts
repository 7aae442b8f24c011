import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isEngineReady } from '../db/engine';
import { analysisKey, type AnalysisQuery } from './analysis';
import { tableVersions } from './dataset-versions';
import { fetchingAnalyses, type FetchingAnalyses } from './fetching-analyses';
import { precomputedRows } from './precomputed';
import { runOnEngine } from './sql-query';
import { tablesRead } from './views';

/** How long no analysis may have run before the warm-up goes on: the planner is reading, not filtering. */
export const WARM_UP_AFTER_QUIET_MS = 1000;

export interface WarmUpOptions {
  readonly analyses: readonly AnalysisQuery[];
  /** The analysis queries running; the warm-up waits for none, and yields as soon as one starts. */
  readonly fetching: FetchingAnalyses;
  /** Whether the engine is up: the warm-up never starts it; until it is up, each quiet spell ends in another. */
  readonly engineReady: () => boolean;
  readonly run: (analysis: AnalysisQuery) => Promise<unknown>;
  readonly quietMs?: number;
  /** Told once, when every analysis has run. */
  readonly onDone?: () => void;
}

/**
 * Runs `analyses` on the engine one at a time while the page is quiet, and returns a function that stops it.
 * Any analysis starting (a filter, a pointer resting on a bar) pauses it after the query in flight, so the
 * planner waits behind one query at most; it goes on from there after the next quiet spell.
 */
export function scheduleWarmUp(options: WarmUpOptions): () => void {
  const { analyses, fetching, engineReady, run, quietMs = WARM_UP_AFTER_QUIET_MS, onDone } = options;
  let next = 0;
  let stopped = false;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quiet = () => fetching.count() === 0 && engineReady();
  const work = async () => {
    running = true;
    while (!stopped && next < analyses.length && quiet()) {
      // A failure is left for the planner's own query to show, if they ever choose that state.
      await run(analyses[next]!).catch(() => undefined);
      next += 1;
    }
    running = false;
    if (next === analyses.length && !stopped) onDone?.();
    wait();
  };
  const wait = () => {
    clearTimeout(timer);
    // While analyses run there is no timer: the spell starts when the last one ends and the counter says so.
    if (stopped || running || next >= analyses.length || fetching.count() > 0) return;
    timer = setTimeout(() => void work(), quietMs);
  };
  const unsubscribe = fetching.subscribe(wait);
  wait();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}

// The analyses warmed in this page's life, with the data they ran on: each runs once, however often its view
// opens, and again after an upload (a table of a million rows takes other paths through the engine's code).
const warmed = new Set<string>();
const warmUpKey = (analysis: AnalysisQuery) =>
  analysisKey(analysis) + tableVersions(tablesRead(analysis.reads)).join();

/**
 * While the planner reads a view, runs the analyses it would run for a few filter states they have not chosen
 * (`analyses`, worked out from the view's own filter options), and throws the results away. DuckDB-wasm's code
 * is compiled as it is first used and optimised once hot, so on a first visit the first filters of each kind
 * pay for compiling the operators they use; run earlier, they find that code ready. Only the engine warms:
 * the query cache and what is on screen are untouched, and every filter still computes its own numbers.
 */
export function useEngineWarmUp(analyses: readonly AnalysisQuery[]): void {
  const cache = useQueryClient().getQueryCache();
  // `analyses` is memoised by the view on its filter options, so this runs when the data changes, not per filter.
  useEffect(() => {
    const pending = analyses.filter((a) => !warmed.has(warmUpKey(a)));
    if (pending.length === 0) return;
    return scheduleWarmUp({
      analyses: pending,
      fetching: fetchingAnalyses(cache),
      engineReady: isEngineReady,
      run: (analysis) => {
        warmed.add(warmUpKey(analysis));
        // One answered from the build (a type's profile, on the bundled data) never reaches the engine.
        return precomputedRows(analysis) ? Promise.resolve() : runOnEngine(analysis);
      },
      // On the performance timeline, for the benchmark and for a profile.
      onDone: () => performance.mark('engine-warmed', { detail: { analyses: pending.length } }),
    });
  }, [analyses, cache]);
}
