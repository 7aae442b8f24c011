import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fetchingAnalyses } from '../../src/data/fetching-analyses';

/** A query function that answers (or fails) only when told to. */
function held<T>() {
  let settle: { resolve: (value: T) => void; reject: (error: Error) => void } | undefined;
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return {
    fn: () => promise,
    resolve: (value: T) => settle!.resolve(value),
    reject: (e: Error) => settle!.reject(e),
  };
}

// TanStack Query tells listeners in a batch run by setTimeout(0).
const nextBatch = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('fetchingAnalyses', () => {
  it('counts analysis queries while they run, whether they answer or fail, and only those', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const counter = fetchingAnalyses(client.getQueryCache());
    const a = held<number>();
    const b = held<number>();
    const other = held<number>();
    const pending = [
      client.fetchQuery({ queryKey: ['analysis', 'a'], queryFn: a.fn }),
      client.fetchQuery({ queryKey: ['analysis', 'b'], queryFn: b.fn }).catch(() => undefined),
      client.fetchQuery({ queryKey: ['settings'], queryFn: other.fn }),
    ];
    expect(counter.count()).toBe(2);
    a.resolve(1);
    await pending[0];
    expect(counter.count()).toBe(1);
    b.reject(new Error('Binder Error'));
    await pending[1];
    expect(counter.count()).toBe(0);
    other.resolve(3);
    await pending[2];
    expect(counter.count()).toBe(0);
    expect(client.isFetching({ queryKey: ['analysis'] })).toBe(0);
  });

  it('counts queries already running when it is first asked, and is one counter per cache', async () => {
    const client = new QueryClient();
    const a = held<number>();
    const running = client.fetchQuery({ queryKey: ['analysis', 'a'], queryFn: a.fn });
    const counter = fetchingAnalyses(client.getQueryCache());
    expect(counter.count()).toBe(1);
    expect(fetchingAnalyses(client.getQueryCache())).toBe(counter);
    a.resolve(1);
    await running;
    expect(counter.count()).toBe(0);
  });

  it('tells subscribers when the count changes, in the next batch, until they unsubscribe', async () => {
    const client = new QueryClient();
    const counter = fetchingAnalyses(client.getQueryCache());
    const seen: number[] = [];
    const unsubscribe = counter.subscribe(() => seen.push(counter.count()));
    const a = held<number>();
    const running = client.fetchQuery({ queryKey: ['analysis', 'a'], queryFn: a.fn });
    expect(seen).toEqual([]);
    await nextBatch();
    expect(seen).toEqual([1]);
    a.resolve(1);
    await running;
    await nextBatch();
    expect(seen).toEqual([1, 0]);

    unsubscribe();
    const b = held<number>();
    const again = client.fetchQuery({ queryKey: ['analysis', 'b'], queryFn: b.fn });
    await nextBatch();
    b.resolve(2);
    await again;
    await nextBatch();
    expect(seen).toEqual([1, 0]);
  });

  it('drops a query removed from the cache while it runs', () => {
    const client = new QueryClient();
    const counter = fetchingAnalyses(client.getQueryCache());
    void client
      .fetchQuery({ queryKey: ['analysis', 'a'], queryFn: held<number>().fn })
      .catch(() => undefined);
    expect(counter.count()).toBe(1);
    client.removeQueries({ queryKey: ['analysis'] });
    expect(counter.count()).toBe(0);
  });
});
