import type { TestApp } from './test-app';

export interface ProjectFixture {
  organizationId: string;
  status?: 'draft' | 'in_review' | 'open' | 'in_talks' | 'closed';
  kind?: 'seeking_investment' | 'seeking_partner' | 'offering_capacity' | 'procurement';
  audience?: 'members' | 'public';
  titleEn?: string | null;
  titleZh?: string | null;
  sectors?: string[];
  country?: string;
  sizeUsd?: string | null;
  parkId?: string | null;
  publishedAt?: Date | null;
  expiresAt?: Date | null;
}

/**
 * A cooperation project written straight into the database, in any status: for suites that test
 * what happens around a project (expressions, deals, matches) rather than its own workflow, which
 * the projects suite drives through the API.
 */
export async function insertProject(t: TestApp, fixture: ProjectFixture): Promise<string> {
  const status = fixture.status ?? 'open';
  const published = status === 'open' || status === 'in_talks' || status === 'closed';
  const publishedAt = fixture.publishedAt ?? (published ? new Date() : null);
  const expiresAt = fixture.expiresAt ?? (publishedAt ? new Date(publishedAt.getTime() + 365 * 86_400_000) : null);
  const [row] = (await t.db.dataSource.query(
    `INSERT INTO cooperation_projects
       (organization_id, park_id, kind, status, audience, title_en, title_zh, summary_en, summary_zh,
        description_en, sectors, country, size_usd, published_at, expires_at, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14)
     RETURNING id`,
    [
      fixture.organizationId,
      fixture.parkId ?? null,
      fixture.kind ?? 'seeking_investment',
      status,
      fixture.audience ?? 'members',
      fixture.titleEn === undefined ? 'Garment factory investors wanted' : fixture.titleEn,
      fixture.titleZh === undefined ? '诚招服装厂投资方' : fixture.titleZh,
      'Land and standard workshops ready for garment makers.',
      '为服装企业准备好土地和标准厂房。',
      'Serviced land, standard workshops and a one-stop service centre.',
      fixture.sectors ?? ['textiles_garments'],
      fixture.country ?? 'KH',
      fixture.sizeUsd === undefined ? '20000000.00' : fixture.sizeUsd,
      publishedAt,
      expiresAt,
    ],
  )) as { id: string }[];
  return row.id;
}
