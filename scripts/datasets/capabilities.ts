import { toCsv } from './csv';
import { ARCHETYPES, FRAMEWORK, type Archetype } from './published';

/**
 * The level (1-4) each archetype needs in each of the six domains, illustrative: the framework tags each
 * capability statement with archetypes but publishes no target levels. Creators need most in data and AI,
 * Shapers in ethics, law and human factors, Users mostly levels 1 and 2.
 * Columns: domain 1 to 6.
 */
export const TARGET_LEVELS: Readonly<
  Record<Archetype, readonly [number, number, number, number, number, number]>
> = {
  Shapers: [3, 2, 4, 4, 3, 3],
  Drivers: [4, 3, 3, 3, 3, 2],
  Creators: [3, 2, 3, 2, 4, 4],
  Embedders: [4, 3, 2, 2, 3, 3],
  Users: [2, 2, 1, 1, 2, 1],
};

export function targetLevel(archetype: Archetype, domainId: number): number {
  const level = TARGET_LEVELS[archetype][domainId - 1];
  if (level === undefined) throw new Error(`No target for ${archetype} in domain ${domainId}`);
  return level;
}

export function frameworkCsv(): string {
  const rows = FRAMEWORK.flatMap((domain) =>
    domain.subdomains.length === 0
      ? [[domain.id, domain.name, '', '']]
      : domain.subdomains.map(([id, name]) => [domain.id, domain.name, id, name]),
  );
  return toCsv(['domain_id', 'domain_name', 'subdomain_id', 'subdomain_name'], rows);
}

export function targetsCsv(): string {
  const archetypes = [...ARCHETYPES].sort();
  const rows = archetypes.flatMap((archetype) =>
    FRAMEWORK.map((domain) => [archetype, domain.id, targetLevel(archetype, domain.id)]),
  );
  return toCsv(['archetype', 'domain_id', 'target_level'], rows);
}
