import type { AnalysisQuery } from '../../src/data/analysis';
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

/** Every analysis of every view, under a spread of filters (quotes, several values, every filter at once). */
export function everyAnalysis(): AnalysisQuery[] {
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
