import type { TableName } from './catalogue';
// The bundled extracts are copied into the build by Vite and fetched from the app's own origin.
import icbs from '../../datasets/icbs.csv?url';
import technologies from '../../datasets/ai_roadmap_technologies.csv?url';
import workforceGroups from '../../datasets/ai_roadmap_workforce_groups.csv?url';
import pointsOfCare from '../../datasets/ai_roadmap_points_of_care.csv?url';
import deployments from '../../datasets/ai_roadmap_deployments.csv?url';
import framework from '../../datasets/capability_framework.csv?url';
import targets from '../../datasets/capability_targets.csv?url';
import assessments from '../../datasets/capability_assessments.csv?url';
import projection from '../../datasets/digital_workforce_projection.csv?url';

const urls: Record<TableName, string> = {
  icbs,
  ai_roadmap_technologies: technologies,
  ai_roadmap_workforce_groups: workforceGroups,
  ai_roadmap_points_of_care: pointsOfCare,
  ai_roadmap_deployments: deployments,
  capability_framework: framework,
  capability_targets: targets,
  capability_assessments: assessments,
  digital_workforce_projection: projection,
};

export async function fetchBundledTable(table: TableName): Promise<Uint8Array> {
  const response = await fetch(urls[table]);
  if (!response.ok) throw new Error(`Could not read the bundled ${table} data (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
