import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisQuery } from '../../src/data/analysis';
import { ensureRelations } from '../../src/data/relations';
import { arrowToRows } from '../../src/db/arrow-rows';
import type { Connector, Row, SqlParam } from '../../src/db/connector';
import { inlineParams } from '../../src/db/sql';
import * as board from '../../src/features/board/queries';
import { ENGLAND } from '../../src/features/board/scope';
import * as capabilities from '../../src/features/capabilities/queries';
import { comparisonAnalyses } from '../../src/features/capabilities/comparison-queries';
import { capabilityFilterOptions } from '../../src/features/capabilities/option-queries';
import { capabilityFiltersFromUrl } from '../../src/features/capabilities/filters';
import * as projection from '../../src/features/projection/queries';
import * as technologies from '../../src/features/technologies/queries';
import * as matrices from '../../src/features/technologies/queries-matrices';
import { technologyList } from '../../src/features/technologies/queries-list';
import { technologyFiltersFromUrl, withoutFilters } from '../../src/features/technologies/filters';
import { readBundledTable } from '../support/bundled-database';

/**
 * The connectors send a statement with its parameters written in as literals (inlineParams), one message to the
 * worker instead of three. These tests hold that to the statements DuckDB-wasm prepares and binds itself: every
 * analysis of every view, under a spread of filters, returns exactly the same rows both ways.
 */
let conn: DuckDBConnection;

const prepared = (text: string, params: readonly SqlParam[]): Row[] => {
  const statement = conn.prepare(text);
  try {
    return arrowToRows(statement.query(...params));
  } finally {
    statement.close();
  }
};
const inlined = (text: string, params: readonly SqlParam[]): Row[] =>
  arrowToRows(conn.query(inlineParams(text, params)));

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const db = await createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  conn = db.connect();
  // Loaded by the app's own loader, through a connector that binds parameters the prepared way.
  const loader = {
    query: (text: string, params: readonly SqlParam[] = []) => Promise.resolve(prepared(text, params)),
    exec: (text: string) => Promise.resolve(void conn.query(text)),
    registerFile: (name: string, bytes: Uint8Array) =>
      Promise.resolve(db.registerFileBuffer(name, bytes.slice())),
    dropFile: (name: string) => Promise.resolve(db.dropFile(name)),
  } as unknown as Connector;
  await ensureRelations(loader, [...new Set(analyses().flatMap((a) => a.reads))], readBundledTable);
});

const technologyUrls = [
  '',
  'type=Diagnostic',
  'type=Diagnostic&type=Other&region=London',
  'group=Medic%2C+General+Practice&care=Primary+care&years=0&years=3',
  "area=Cardiology&icb=QE1&subtype=Imaging&group=O'Brien",
];
const capabilityUrls = [
  '',
  'archetype=Users',
  'round=all&region=London&domain=6&domain=2',
  'icb=QE1&org=Acute+trust&staff=Nursing+and+midwifery&round=2025-03-31',
];

function analyses(): AnalysisQuery[] {
  const list: AnalysisQuery[] = [];
  for (const url of technologyUrls) {
    const f = technologyFiltersFromUrl(new URLSearchParams(url));
    list.push(
      technologies.technologiesByType(withoutFilters(f, 'type')),
      technologies.subtypesInFocus(f),
      technologies.mostAffectedGroups(f, 10, f.group),
      technologies.clinicalAreas(f, 10, f.area),
      technologies.pointsOfCare(f),
      technologies.timeToDeployment(f),
      technologies.technologiesByRegion(f),
      technologies.selectionSummary(f),
      matrices.careByYears(f),
      matrices.impactRatings(f),
      matrices.spreadByRegion(f),
      matrices.spreadByIcb(f, f.region),
      matrices.areaByGroup(f, { areas: 10, groups: 5, includeAreas: f.area, includeGroups: f.group }),
      technologyList(f, { search: "it's ?", sort: 'technology_id', direction: 'descending', limit: 50 }),
    );
  }
  for (const url of capabilityUrls) {
    const f = capabilityFiltersFromUrl(new URLSearchParams(url));
    list.push(
      capabilities.selectionSummary(f),
      capabilities.targetsMetByArchetype(f),
      capabilities.gapsByArchetypeAndDomain(f),
      capabilities.priorityLearningNeeds(f),
      capabilities.levelDistribution(f),
      capabilities.shareMeetingByRound(f),
      ...Object.values(comparisonAnalyses('QE1', 'North West', f)),
    );
  }
  for (const scope of [
    ENGLAND,
    { kind: 'region', region: 'London' } as const,
    { kind: 'icb', icb: 'QE1' } as const,
  ]) {
    list.push(
      board.readyWithinYearGroups(scope),
      board.readyWithinYearInScope(scope),
      board.readinessByRound(scope),
      board.gapsByArchetypeAndDomain(scope),
    );
  }
  list.push(
    capabilityFilterOptions(),
    board.boardHeadlines(),
    board.readyWithinYearByCare(),
    board.nationalDemand(),
  );
  for (const scale of [1, 0.0123456789]) {
    list.push(
      projection.projectionTotals([], scale),
      projection.projectionTotals(['Clinical informatics'], scale),
      projection.projectionByGroup('Digital transformation', scale),
      projection.projectionGrowth('Data desert', scale),
    );
  }
  list.push(projection.scenarioDemand('Data desert'), projection.icbRespondentShare('QE1'));
  return list;
}

describe('statements with their values written in', () => {
  it('return exactly the rows DuckDB-wasm returns when it binds the values itself', () => {
    const all = analyses();
    expect(all.filter((a) => a.query.params.length > 0).length).toBeGreaterThan(60);
    for (const { name, query } of all)
      expect(inlined(query.sql, query.params), name).toEqual(prepared(query.sql, query.params));
  });
});
