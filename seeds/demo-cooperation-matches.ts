import type { EntityManager } from 'typeorm';
import { ORG } from './demo-data';

/**
 * A dismissed match (issue 16): the Jiangsu–Indonesia park operator, whose park makes building
 * materials, marked the China-UAE zone's building-materials capacity project as not relevant for its
 * organization. Fixed id 35xx; the project (31xx) comes from the cooperation projects seed, so the
 * dismissal is written only once that project exists, and a second run changes nothing.
 */
export const DEMO_MATCH_DISMISSALS = [
  {
    id: '00000000-0000-4000-8000-000000003501',
    organizationId: ORG.indonesia,
    projectId: '00000000-0000-4000-8000-000000003102', // the China-UAE zone offering building-materials capacity
    suggestedOrganizationId: ORG.indonesia, // its own list: the organization dismissed the project
    dismissedByUserId: '00000000-0000-4000-8000-000000000103', // operator2@example.org
    createdAt: '2026-11-28T03:10:00.000Z',
  },
] as const;

/** Inserts the demo dismissals whose project exists and that are missing; answers how many it wrote. */
export async function seedMatchDismissals(manager: EntityManager): Promise<number> {
  let created = 0;
  for (const d of DEMO_MATCH_DISMISSALS) {
    const rows = (await manager.query(
      `INSERT INTO match_dismissals (id, organization_id, project_id, suggested_organization_id, dismissed_by_user_id, created_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM cooperation_projects WHERE id = $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [d.id, d.organizationId, d.projectId, d.suggestedOrganizationId, d.dismissedByUserId, d.createdAt],
    )) as unknown[];
    created += rows.length;
  }
  return created;
}
