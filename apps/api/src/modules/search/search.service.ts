import { Injectable } from '@nestjs/common';
import type { AgreementKind, CooperationProjectKind, PostKind, SearchResultDto } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { SearchQueryDto } from './search.dto';
import { SearchQueries } from './search.queries';

/** The longest excerpt of a description a hit carries. */
const EXCERPT_LENGTH = 240;

const round = (rank: unknown) => Math.round(Number(rank ?? 0) * 1000) / 1000;
const excerpt = (text: string | null) =>
  text && text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;

/**
 * One search box across the portal's records, ranked, in either language: posts and policy briefs
 * (full text), cooperation projects and partner agreements (by title), parks and organizations (by name, city and
 * description); the other platforms add their records here as they arrive. Only what the reader may
 * see: published posts and briefs they may read, published projects (visitors: public ones), parks and
 * organizations of the directory (active members, plus the reader's own).
 */
@Injectable()
export class SearchService {
  constructor(private readonly queries: SearchQueries) {}

  async search(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<{ items: SearchResultDto[] }> {
    const [documents, parks, organizations] = [
      await this.documents(viewer, query),
      await this.parks(viewer, query),
      await this.organizations(viewer, query),
    ];
    const items = [...documents, ...parks, ...organizations].sort((a, b) => b.rank - a.rank).slice(0, query.limit);
    return { items };
  }

  /** Posts, policy briefs and published cooperation projects, in one statement. */
  private async documents(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const hits = await this.queries.documents(viewer, query.q, query.limit);
    return hits.map((hit) => {
      const common = {
        id: hit.id,
        titleEn: hit.title_en,
        titleZh: hit.title_zh,
        excerptEn: hit.excerpt_en,
        excerptZh: hit.excerpt_zh,
        country: hit.country,
        organization: hit.organization_id
          ? { id: hit.organization_id, nameEn: hit.organization_name_en, nameZh: hit.organization_name_zh }
          : null,
        publishedAt: hit.published_at ? new Date(hit.published_at).toISOString() : null,
        rank: round(hit.rank),
      };
      if (hit.type === 'partner_agreement')
        return { ...common, type: 'partner_agreement' as const, kind: hit.kind as AgreementKind };
      if (hit.type === 'cooperation_project')
        return { ...common, type: 'cooperation_project' as const, kind: hit.kind as CooperationProjectKind };
      return hit.type === 'policy_brief'
        ? { ...common, type: 'policy_brief' as const, kind: 'policy_brief' as const }
        : { ...common, type: 'post' as const, kind: hit.kind as PostKind };
    });
  }

  private async parks(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const hits = await this.queries.parks(viewer, query.q, query.limit);
    return hits.map(({ record: p, rank }) => ({
      type: 'park' as const,
      id: p.id,
      titleEn: p.nameEn,
      titleZh: p.nameZh,
      excerptEn: excerpt(p.descriptionEn),
      excerptZh: excerpt(p.descriptionZh),
      kind: p.status,
      country: p.country,
      organization: {
        id: p.organizationId,
        nameEn: p.organization?.nameEn ?? null,
        nameZh: p.organization?.nameZh ?? null,
      },
      publishedAt: null,
      rank: round(rank),
    }));
  }

  private async organizations(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const hits = await this.queries.organizations(viewer, query.q, query.limit);
    return hits.map(({ record: o, rank }) => ({
      type: 'organization' as const,
      id: o.id,
      titleEn: o.nameEn,
      titleZh: o.nameZh,
      excerptEn: excerpt(o.descriptionEn),
      excerptZh: excerpt(o.descriptionZh),
      kind: o.type,
      country: o.country,
      organization: null,
      publishedAt: null,
      rank: round(rank),
    }));
  }
}
