/**
 * A small seeded pseudo-random number generator (mulberry32) and the sampling helpers the generator needs.
 * Everything random in the datasets comes from here, so one seed gives the same bytes on every machine:
 * only integer arithmetic and IEEE functions that V8 implements identically everywhere are used.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one part of the datasets, so changing one part does not reshuffle the others. */
  fork(label: string): Rng {
    let hash = 2166136261;
    for (const char of label) {
      hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    }
    return new Rng((this.state ^ hash) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Standard normal (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: no items');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const weights = items.map(weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) throw new Error('Rng.weighted: weights must sum to more than 0');
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** A key of a weight table, chosen with probability proportional to its weight. */
  weightedKey<K extends string>(table: Readonly<Record<K, number>>): K {
    return this.weighted(Object.keys(table) as K[], (key) => table[key]);
  }

  /** Fisher-Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items, each draw proportional to weight among those not yet drawn. */
  sampleWeighted<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    // Efraimidis-Spirakis: the items with the largest u^(1/w) form a weighted sample without replacement.
    const keyed = items.map((item) => ({ item, key: Math.pow(this.next(), 1 / weight(item)) }));
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, count).map((k) => k.item);
  }
}

/**
 * The `count` items with the highest score, ties and near-ties broken at random (jitter in [0, 1) is added
 * to each score). Used wherever a published figure fixes exactly how many items carry a property.
 */
export function pickTop<T>(rng: Rng, items: readonly T[], count: number, score: (item: T) => number): T[] {
  if (count > items.length) {
    throw new Error(`pickTop: asked for ${count} of ${items.length} items`);
  }
  const keyed = items.map((item) => ({ item, key: score(item) + rng.next() }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, count).map((k) => k.item);
}
