import { DIAGNOSTIC_NAMES } from './names-diagnostic';
import { OTHER_TYPE_NAMES, type NameVocabulary } from './names-other-types';
import type { Rng } from './random';
import type { Technology } from './technologies';

/**
 * Illustrative technology names: what a technology of that subtype does in that clinical area. The real
 * AI Roadmap names products; these name the use case. Where two technologies share a use case, the second
 * gets a vendor-neutral suffix ("product B").
 */
const NAMES: NameVocabulary = { ...DIAGNOSTIC_NAMES, ...OTHER_TYPE_NAMES };

const SUFFIXES = ['B', 'C', 'D', 'E', 'F'];

/** Names every technology; the list for each subtype and area is shuffled so the seed varies who gets what. */
export function nameTechnologies(rng: Rng, technologies: Technology[]): void {
  const queues = new Map<string, string[]>();
  const take = (subtype: string, area: string): string => {
    const vocabulary = NAMES[subtype];
    if (!vocabulary) throw new Error(`No technology names for subtype ${subtype}`);
    const own = vocabulary[area];
    const key = own ? `${subtype}|${area}` : `${subtype}|*`;
    let queue = queues.get(key);
    if (!queue || queue.length === 0) {
      const list = own ?? vocabulary['*'];
      if (!list) throw new Error(`No technology names for ${subtype} in ${area}`);
      queue = rng.shuffle(list);
      queues.set(key, queue);
    }
    const name = queue.shift() as string;
    return own ? name : `${area} ${name}`;
  };

  const seen = new Map<string, number>();
  for (const technology of technologies) {
    const base = take(technology.subtype, technology.area);
    const repeats = seen.get(base) ?? 0;
    seen.set(base, repeats + 1);
    technology.name =
      repeats === 0 ? base : `${base} (product ${SUFFIXES[repeats - 1] ?? String(repeats + 1)})`;
  }
}
