import { compareText, toCsv } from './csv';
import { createDeployments } from './deployments';
import { assignPointsOfCare } from './points-of-care';
import type { Rng } from './random';
import { nameTechnologies } from './technology-names';
import { createTechnologies, type Technology } from './technologies';
import { assignWorkforceGroups } from './workforce-links';

/** The AI Roadmap technologies, built in stages: each stage reads what the earlier ones decided. */
export function createRoadmap(rng: Rng): Technology[] {
  const technologies = createTechnologies(rng.fork('technologies'));
  assignPointsOfCare(rng.fork('points-of-care'), technologies);
  assignWorkforceGroups(rng.fork('workforce-groups'), technologies);
  nameTechnologies(rng.fork('names'), technologies);
  return technologies.sort((a, b) => compareText(a.id, b.id));
}

/** The five AI Roadmap CSV files, keyed by file name. */
export function roadmapFiles(rng: Rng): Record<string, string> {
  const technologies = createRoadmap(rng);
  const deployments = createDeployments(rng.fork('deployments'), technologies);
  deployments.sort(
    (a, b) => compareText(a.technologyId, b.technologyId) || compareText(a.icbCode, b.icbCode),
  );
  return {
    'ai_roadmap_technologies.csv': toCsv(
      [
        'technology_id',
        'technology_name',
        'technology_type',
        'technology_subtype',
        'clinical_area',
        'years_to_deployment',
        'impact_workforce',
        'impact_pathway',
        'impact_system',
      ],
      technologies.map((t) => [
        t.id,
        t.name,
        t.type,
        t.subtype,
        t.area,
        t.yearsToDeployment,
        t.impactWorkforce,
        t.impactPathway,
        t.impactSystem,
      ]),
    ),
    'ai_roadmap_workforce_groups.csv': toCsv(
      ['technology_id', 'workforce_group'],
      technologies.flatMap((t) => [...t.workforceGroups].sort(compareText).map((g) => [t.id, g])),
    ),
    'ai_roadmap_points_of_care.csv': toCsv(
      ['technology_id', 'point_of_care'],
      technologies.flatMap((t) => [...t.pointsOfCare].sort(compareText).map((p) => [t.id, p])),
    ),
    'ai_roadmap_deployments.csv': toCsv(
      ['technology_id', 'icb_code', 'sites'],
      deployments.map((d) => [d.technologyId, d.icbCode, d.sites]),
    ),
  };
}
