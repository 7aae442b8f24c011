import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisQuery } from '../../src/data/analysis';
import { scheduleWarmUp } from '../../src/data/engine-warm-up';
import { fetchingAnalyses } from '../../src/data/fetching-analyses';
import { sql } from '../../src/db/sql';
import { NO_FILTERS } from '../../src/features/technologies/filters';
import type { FilterOptionRow } from '../../src/features/technologies/queries-list';
import {
  technologyViewAnalyses,
  technologyWarmUpAnalyses,
} from '../../src/features/technologies/view-analyses';

const QUIET_MS = 30;
// Fake timers: the quiet spells, the engine's delays and TanStack Query's batches, all advanced by the test.
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const analysis = (name: string): AnalysisQuery => ({ name, reads: [], query: sql(`SELECT '${name}'`) });

/** The warm-up's engine as a log: each run starts, then ends when the test (or a short delay) says. */
function recordingEngine(runMs = 5, fail: readonly string[] = []) {
  const log: string[] = [];
  let inFlight = 0;
  let overlapped = false;
  return {
    log,
    overlapped: () => overlapped,
    run: async (a: AnalysisQuery) => {
      overlapped ||= inFlight > 0;
      inFlight += 1;
      log.push(a.name);
      await new Promise((resolve) => setTimeout(resolve, runMs));
      inFlight -= 1;
      if (fail.includes(a.name)) throw new Error(`Binder Error in ${a.name}`);
    },
  };
}

/** A planner's analysis on the real query cache, running until `end` is called. */
function planner(client: QueryClient, name: string) {
  let end = () => undefined as void;
  const done = client.fetchQuery({
    queryKey: ['analysis', name],
    queryFn: () => new Promise<number>((resolve) => (end = () => resolve(1))),
  });
  return { end: async () => (end(), await done) };
}

/** A warm-up of the named analyses on the real query cache of `client`, with a short quiet spell. */
function warmUp(
  client: QueryClient,
  names: readonly string[],
  run: (a: AnalysisQuery) => Promise<unknown>,
  more: Partial<Parameters<typeof scheduleWarmUp>[0]> = {},
) {
  return scheduleWarmUp({
    analyses: names.map(analysis),
    fetching: fetchingAnalyses(client.getQueryCache()),
    engineReady: () => true,
    run,
    quietMs: QUIET_MS,
    ...more,
  });
}

describe('scheduleWarmUp', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet spell after the last analysis, then runs every analysis once, in order, one at a time', async () => {
    const client = new QueryClient();
    const engine = recordingEngine();
    const filtering = planner(client, 'first view');
    let done = 0;
    const stop = warmUp(client, ['a', 'b', 'c'], engine.run, { onDone: () => (done += 1) });
    await sleep(QUIET_MS * 3);
    expect(engine.log).toEqual([]);
    await filtering.end();
    await sleep(QUIET_MS / 2);
    expect(engine.log).toEqual([]);
    await sleep(QUIET_MS * 3);
    expect(engine.log).toEqual(['a', 'b', 'c']);
    expect(engine.overlapped()).toBe(false);
    expect(done).toBe(1);
    await planner(client, 'later').end();
    await sleep(QUIET_MS * 3);
    expect(engine.log).toHaveLength(3);
    expect(done).toBe(1);
    stop();
  });

  it('yields to a planner after the query in flight and goes on from the next one after the next quiet spell', async () => {
    const client = new QueryClient();
    const engine = recordingEngine(20);
    const stop = warmUp(client, ['a', 'b', 'c', 'd'], engine.run);
    await sleep(QUIET_MS + 10);
    expect(engine.log).toEqual(['a']);
    const click = planner(client, 'a filter');
    await sleep(QUIET_MS * 3);
    expect(engine.log).toEqual(['a']);
    await click.end();
    await sleep(QUIET_MS + 20 * 3 + 40);
    expect(engine.log).toEqual(['a', 'b', 'c', 'd']);
    stop();
  });

  it('never starts while the engine is not up, and starts after it is', async () => {
    const client = new QueryClient();
    const engine = recordingEngine();
    let ready = false;
    const stop = warmUp(client, ['a'], engine.run, { engineReady: () => ready });
    await sleep(QUIET_MS * 4);
    expect(engine.log).toEqual([]);
    ready = true;
    await sleep(QUIET_MS * 3);
    expect(engine.log).toEqual(['a']);
    stop();
  });

  it('goes on past an analysis that fails, and runs nothing once stopped', async () => {
    const client = new QueryClient();
    const engine = recordingEngine(5, ['a']);
    const stop = warmUp(client, ['a', 'b'], engine.run);
    await sleep(QUIET_MS * 3);
    expect(engine.log).toEqual(['a', 'b']);
    stop();

    const stopped = recordingEngine();
    warmUp(client, ['c'], stopped.run)();
    await sleep(QUIET_MS * 3);
    expect(stopped.log).toEqual([]);
  });
});

describe('technologyWarmUpAnalyses', () => {
  const option = (param: FilterOptionRow['param'], value: string, parent: string | null = null) => ({
    param,
    value,
    label: value,
    parent,
  });

  it('is the whole view for the first type, group, region and time to deployment the options offer', () => {
    const options: FilterOptionRow[] = [
      option('subtype', 'Imaging', 'Diagnostic'),
      option('subtype', 'Triage', 'Automation'),
      option('area', 'Cardiology'),
      option('group', 'Nurse, Adult'),
      option('group', 'Pharmacist'),
      option('years', '0'),
      option('icb', 'QE1', 'North West'),
    ];
    const expected = [
      { type: ['Diagnostic'] },
      { group: ['Nurse, Adult'] },
      { region: ['North West'] },
      { years: [0] },
    ].flatMap((state) => technologyViewAnalyses({ ...NO_FILTERS, ...state }));
    expect(technologyWarmUpAnalyses(options)).toEqual(expected);
  });

  it('warms nothing until the options are known, and only the filters they hold', () => {
    expect(technologyWarmUpAnalyses([])).toEqual([]);
    expect(technologyWarmUpAnalyses([option('group', 'Pharmacist')])).toEqual(
      technologyViewAnalyses({ ...NO_FILTERS, group: ['Pharmacist'] }),
    );
  });
});
