import { Injectable } from '@nestjs/common';
import {
  canDecideRating,
  canProposeRating,
  COUNTRY_RATING_TRANSITIONS,
  move,
  type CountryGradeDto,
  type CountryRatingAction,
  type Paginated,
  type RiskGrade,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { PolicyBriefSummaryResponse } from '../policy-briefs/dto/policy-brief-response.dto';
import { renderMarkdown } from '../posts/markdown';
import type { CountryProfileResponse, CountryRatingResponse } from './dto/country-response.dto';
import type { ListRatingsQueryDto, ProposeRatingDto, UpdateCountryNotesDto } from './dto/country.dto';
import { CountryProfile } from './entities/country-profile.entity';
import { CountryRating } from './entities/country-rating.entity';
import { CountriesQueries } from './countries.queries';

const NAMES = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  zh: new Intl.DisplayNames(['zh'], { type: 'region' }),
};

/** How a rating change is named in notifications and e-mail: "Cambodia: 3 (stable)". */
function ratingTitles(rating: CountryRating): { titleEn: string; titleZh: string } {
  return {
    titleEn: `${NAMES.en.of(rating.country) ?? rating.country}: grade ${rating.grade} (${rating.outlook})`,
    titleZh: `${NAMES.zh.of(rating.country) ?? rating.country}：${rating.grade}级`,
  };
}

/**
 * Country profiles and the alliance's risk ratings. Visitors see each country's current grade and
 * outlook; members its rationale, history and notes. A research institute's admin or a secretariat
 * user proposes a change; another secretariat user publishes it (never its proposer) as a new row of
 * the history, audited and told to the country's followers.
 */
@Injectable()
export class CountriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: CountriesQueries,
  ) {}

  async grades(): Promise<{ items: CountryGradeDto[] }> {
    return { items: await this.queries.grades() };
  }

  async profile(viewer: AuthenticatedUser | null, country: string): Promise<CountryProfileResponse> {
    const secretariat = viewer?.principal.organizationType === 'secretariat';
    const { profile, ratings, parks, briefs } = await this.queries.profile(
      viewer,
      country,
      secretariat ? 'all' : viewer ? 'own' : 'none',
    );
    const published = ratings.filter((r) => r.status === 'published');
    const current = [...published].sort(byCurrency).at(-1) ?? null;
    const member = viewer !== null;
    return {
      country,
      current: current ? gradeOf(current) : null,
      currentRating: member && current ? this.ratingView(current, viewer) : null,
      history: member ? published.map((r) => this.ratingView(r, viewer)) : [],
      proposals: ratings.filter((r) => r.status === 'proposed').map((r) => this.ratingView(r, viewer)),
      notesEn: member ? (profile?.notesEn ?? null) : null,
      notesZh: member ? (profile?.notesZh ?? null) : null,
      notesHtmlEn: member ? (profile?.notesHtmlEn ?? null) : null,
      notesHtmlZh: member ? (profile?.notesHtmlZh ?? null) : null,
      notesUpdatedAt: member ? (profile?.updatedAt.toISOString() ?? null) : null,
      parks: parks.map((p) => ({
        id: p.id,
        nameEn: p.nameEn,
        nameZh: p.nameZh,
        city: p.city,
        status: p.status,
        organization: {
          id: p.organization?.id ?? p.organizationId,
          nameEn: p.organization?.nameEn ?? null,
          nameZh: p.organization?.nameZh ?? null,
        },
      })),
      briefs: briefs.map(PolicyBriefSummaryResponse.from),
      canPropose: viewer !== null && canProposeRating(viewer.principal),
      canEditNotes: viewer?.ability.can('update', 'CountryProfile') ?? false,
      version: profile?.version ?? 0,
    };
  }

  /** The secretariat's notes on a country's business climate (Markdown, sanitized as posts are). */
  async updateNotes(
    auth: AuthenticatedUser,
    country: string,
    dto: UpdateCountryNotesDto,
  ): Promise<CountryProfileResponse> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(CountryProfile, {
        where: { country },
        lock: { mode: 'pessimistic_write' },
      });
      const { version, ...changes } = dto;
      if (version !== undefined && version !== (existing?.version ?? 0))
        throw new AppError(
          409,
          'CONFLICT',
          "Someone else changed this country's notes since you opened them; reload and apply your changes again",
          [{ field: 'version', constraint: 'current', message: String(existing?.version ?? 0) }],
        );
      const profile = existing ?? manager.create(CountryProfile, { country, notesEn: null, notesZh: null });
      const before = { notesEn: profile.notesEn, notesZh: profile.notesZh };
      Object.assign(profile, withoutUndefined(changes));
      profile.notesHtmlEn = profile.notesEn ? renderMarkdown(profile.notesEn).html : null;
      profile.notesHtmlZh = profile.notesZh ? renderMarkdown(profile.notesZh).html : null;
      profile.updatedByUserId = auth.user.id;
      await manager.save(profile);
      await this.audit.record(manager, {
        action: 'country_profile.update',
        entityType: 'CountryProfile',
        entityId: country,
        organizationId: auth.organization.id,
        before,
        after: { notesEn: profile.notesEn, notesZh: profile.notesZh },
      });
    });
    return this.profile(auth, country);
  }

  async propose(auth: AuthenticatedUser, country: string, dto: ProposeRatingDto): Promise<CountryRatingResponse> {
    if (!canProposeRating(auth.principal))
      throw forbidden("Only a research institute's admin or the secretariat proposes a country's rating");
    if (!dto.rationaleEn && !dto.rationaleZh)
      throw unprocessable('RATING_RATIONALE_REQUIRED', 'Say why, in English or Chinese', 'rationaleEn');
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: auth.organization.id });
      if (organization?.status !== 'active')
        throw unprocessable('RATING_ORGANIZATION_INACTIVE', 'Only an active member proposes a rating');
      const rating = await manager.save(
        manager.create(CountryRating, {
          ...dto,
          rationaleEn: dto.rationaleEn ?? null,
          rationaleZh: dto.rationaleZh ?? null,
          source: dto.source ?? null,
          country,
          status: 'proposed',
          proposedByUserId: auth.user.id,
          proposedByOrganizationId: auth.organization.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'country_rating.propose',
        entityType: 'CountryRating',
        entityId: rating.id,
        organizationId: auth.organization.id,
        after: { country, grade: rating.grade, outlook: rating.outlook, effectiveOn: rating.effectiveOn },
      });
      const secretariat = await manager.find(Organization, {
        where: { type: 'secretariat', status: 'active' },
        select: { id: true },
      });
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: secretariat.map((o) => o.id),
        actorUserId: auth.user.id,
        type: 'rating_proposed',
        recordType: 'country_rating',
        recordId: rating.id,
        ...ratingTitles(rating),
      });
      return this.view(manager, rating.id, auth);
    });
  }

  list(auth: AuthenticatedUser, query: ListRatingsQueryDto): Promise<Paginated<CountryRatingResponse>> {
    const everyone = auth.principal.organizationType === 'secretariat';
    return this.queries
      .page(auth, query, everyone)
      .then((page) => ({ ...page, items: page.items.map((r) => this.ratingView(r, auth)) }));
  }

  /** A published change to anyone (members see its rationale); a proposal or a rejection to the secretariat and its proposer. */
  async get(viewer: AuthenticatedUser | null, id: string): Promise<CountryRatingResponse> {
    const rating = await this.queries.one(id);
    if (!rating || !sees(rating, viewer)) throw notFound('Country rating');
    const view = this.ratingView(rating, viewer);
    return viewer ? view : { ...view, rationaleEn: null, rationaleZh: null, source: null };
  }

  /** Publishes a proposal (a new row of the country's history) or rejects it with a reason: another secretariat user than its proposer. */
  decide(
    auth: AuthenticatedUser,
    id: string,
    action: CountryRatingAction,
    reason?: string,
  ): Promise<CountryRatingResponse> {
    return this.dataSource.transaction(async (manager) => {
      const rating = await this.queries.locked(manager, id);
      if (!rating || !sees(rating, auth)) throw notFound('Country rating');
      if (auth.principal.organizationType !== 'secretariat') throw forbidden('Only the secretariat decides on ratings');
      if (rating.proposedByUserId === auth.user.id)
        throw forbidden('You proposed this change: another secretariat user decides on it');
      const from = move(COUNTRY_RATING_TRANSITIONS, action, rating, actionsOf(rating, auth));
      const now = new Date();
      rating.decidedByUserId = auth.user.id;
      rating.decidedAt = now;
      if (action === 'publish') rating.publishedAt = now;
      else rating.rejectedReason = reason ?? null;
      await manager.save(rating);
      await this.audit.record(manager, {
        action: `country_rating.${action}`,
        entityType: 'CountryRating',
        entityId: rating.id,
        organizationId: rating.proposedByOrganizationId,
        before: { status: from },
        after: { status: rating.status, ...(reason ? { reason } : {}) },
      });
      await this.tell(manager, auth, rating, action);
      return this.view(manager, rating.id, auth);
    });
  }

  /** The followers of the country and the proposer hear of a published change; the proposer of a rejected one. */
  private async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    rating: CountryRating,
    action: CountryRatingAction,
  ): Promise<void> {
    const step = {
      actorUserId: auth.user.id,
      recordType: 'country_rating' as const,
      recordId: rating.id,
      ...ratingTitles(rating),
    };
    if (action === 'publish') {
      await this.notifications.countryFollowers(manager, rating.country, [rating.proposedByUserId], {
        ...step,
        type: 'rating_published',
      });
    }
    await this.notifications.notifyUser(manager, rating.proposedByUserId, {
      ...step,
      type: action === 'publish' ? 'rating_published' : 'rating_rejected',
    });
  }

  private async view(manager: EntityManager, id: string, viewer: AuthenticatedUser): Promise<CountryRatingResponse> {
    return this.ratingView((await this.queries.one(id, manager)) as CountryRating, viewer);
  }

  private ratingView(r: CountryRating, viewer: AuthenticatedUser | null): CountryRatingResponse {
    return {
      ...gradeOf(r),
      id: r.id,
      status: r.status,
      rationaleEn: r.rationaleEn,
      rationaleZh: r.rationaleZh,
      source: r.source,
      proposedBy: {
        name: r.proposedBy?.displayName ?? null,
        organizationNameEn: r.proposedByOrganization?.nameEn ?? null,
        organizationNameZh: r.proposedByOrganization?.nameZh ?? null,
      },
      proposedAt: r.createdAt.toISOString(),
      publishedByName: r.status === 'published' ? (r.decidedBy?.displayName ?? null) : null,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      rejectedReason: r.rejectedReason,
      actions: viewer ? actionsOf(r, viewer) : [],
    };
  }
}

const gradeOf = (r: CountryRating): CountryGradeDto => ({
  country: r.country,
  grade: Number(r.grade) as RiskGrade,
  outlook: r.outlook,
  effectiveOn: r.effectiveOn,
});

/** Which published change holds: the latest effective date, then the latest publication. */
const byCurrency = (a: CountryRating, b: CountryRating): number =>
  a.effectiveOn.localeCompare(b.effectiveOn) || (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0);

function actionsOf(rating: CountryRating, viewer: AuthenticatedUser): CountryRatingAction[] {
  const actor = { userId: viewer.user.id, organizationType: viewer.principal.organizationType };
  return canDecideRating(rating, actor) ? ['publish', 'reject'] : [];
}

/** Published changes are public; proposals and rejections are the secretariat's and their proposer's organization's. */
function sees(rating: CountryRating, viewer: AuthenticatedUser | null): boolean {
  if (rating.status === 'published') return true;
  if (!viewer) return false;
  return (
    viewer.principal.organizationType === 'secretariat' || rating.proposedByOrganizationId === viewer.organization.id
  );
}
