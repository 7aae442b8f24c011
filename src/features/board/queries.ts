import type { AnalysisQuery } from '../../data/sql-query';
import { sql } from '../../db/sql';

export interface HeadlineRow extends Record<string, unknown> {
  technologies: number;
  ready_within_year: number;
  wte_2020: number;
  wte_2030: number;
}

/** England's headline numbers; each one is a published figure that the bundled data reproduces. */
export function boardHeadlines(): AnalysisQuery {
  return {
    name: 'board-headlines',
    reads: ['ai_roadmap_technologies', 'digital_workforce_projection'],
    query: sql(`
      SELECT
        (SELECT count(*) FROM ai_roadmap_technologies)::INTEGER AS technologies,
        (SELECT count(*) FROM ai_roadmap_technologies WHERE years_to_deployment = 0)::INTEGER AS ready_within_year,
        (SELECT round(sum(wte)) FROM digital_workforce_projection
          WHERE year = 2020 AND scenario = 'Digital transformation')::INTEGER AS wte_2020,
        (SELECT round(sum(wte)) FROM digital_workforce_projection
          WHERE year = 2030 AND scenario = 'Digital transformation')::INTEGER AS wte_2030`),
  };
}

export interface CareRow extends Record<string, unknown> {
  point_of_care: string;
  technologies: number;
  share: number;
}

/** Where the technologies ready for deployment within a year will be used (a technology can have several). */
export function readyWithinYearByCare(): AnalysisQuery {
  return {
    name: 'ready-within-year-by-care',
    reads: ['ai_roadmap_technologies', 'ai_roadmap_points_of_care'],
    query: sql(`
      WITH ready AS (SELECT technology_id FROM ai_roadmap_technologies WHERE years_to_deployment = 0)
      SELECT p.point_of_care,
             count(DISTINCT p.technology_id)::INTEGER AS technologies,
             (100.0 * count(DISTINCT p.technology_id) / (SELECT count(*) FROM ready))::DOUBLE AS share
      FROM ai_roadmap_points_of_care p
      JOIN ready USING (technology_id)
      GROUP BY p.point_of_care
      ORDER BY technologies DESC, p.point_of_care`),
  };
}
