import { Injectable } from '@nestjs/common';
import type { CountryGradeDto, Paginated, RiskGrade, RiskOutlook } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { paginate } from '../../common/pagination/page-query.dto';
import { Park } from '../parks/entities/park.entity';
import { PolicyBrief } from '../policy-briefs/entities/policy-brief.entity';
import { publishedBriefs } from '../policy-briefs/policy-briefs.queries';
import type { ListRatingsQueryDto } from './dto/country.dto';
import { CountryProfile } from './entities/country-profile.entity';
import { CountryRating } from './entities/country-rating.entity';

/** How many of a country's newest briefs its profile lists. */
const PROFILE_BRIEFS = 6;

interface GradeRow {
  country: string;
  grade: number;
  outlook: RiskOutlook;
  effective_on: string;
}

/**
 * The current grade of each country: its latest published change (by effective date, then by
 * publication), one row per country from the history index.
 */
export const CURRENT_GRADES = `SELECT DISTINCT ON (r.country) r.country, r.grade, r.outlook, r.effective_on::text AS effective_on
    FROM country_ratings r WHERE r.status = 'published'`;
const CURRENT_ORDER = 'ORDER BY r.country, r.effective_on DESC, r.published_at DESC';

const toGrade = (row: GradeRow): CountryGradeDto => ({
  country: row.country,
  grade: Number(row.grade) as RiskGrade,
  outlook: row.outlook,
  effectiveOn: row.effective_on,
});

/** The SQL of country profiles and ratings: current grades, a country's history and proposals, its parks and briefs. */
@Injectable()
export class CountriesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Current grades of every rated country (or of those named), by country code. */
  async grades(countries?: string[], manager: EntityManager = this.dataSource.manager): Promise<CountryGradeDto[]> {
    const rows = (await manager.query(
      countries ? `${CURRENT_GRADES} AND r.country = ANY($1) ${CURRENT_ORDER}` : `${CURRENT_GRADES} ${CURRENT_ORDER}`,
      countries ? [countries] : [],
    )) as GradeRow[];
    return rows.map(toGrade);
  }

  /** A country's profile row, its ratings to show (published, and the proposals the viewer may see), parks and briefs. */
  async profile(viewer: AuthenticatedUser | null, country: string, seesProposals: 'all' | 'own' | 'none') {
    const manager = this.dataSource.manager;
    const profile = await manager.findOneBy(CountryProfile, { country });
    const ratings = ratingsWithPeople(manager.getRepository(CountryRating).createQueryBuilder('r'))
      .where('r.country = :country', { country })
      .andWhere(
        seesProposals === 'all'
          ? "r.status IN ('published', 'proposed')"
          : seesProposals === 'own'
            ? "(r.status = 'published' OR (r.status = 'proposed' AND r.proposed_by_user_id = :viewer))"
            : "r.status = 'published'",
        { viewer: viewer?.user.id },
      )
      .orderBy('r.effective_on', 'ASC')
      .addOrderBy('r.published_at', 'ASC', 'NULLS LAST')
      .addOrderBy('r.created_at', 'ASC');
    const parks = manager
      .getRepository(Park)
      .createQueryBuilder('p')
      .select(['p.id', 'p.nameEn', 'p.nameZh', 'p.city', 'p.status'])
      .innerJoin('p.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh'])
      .where('p.country = :country', { country })
      .andWhere(viewer ? "(o.status = 'active' OR o.id = :viewerOrg)" : "o.status = 'active'", {
        viewerOrg: viewer?.organization.id,
      })
      .orderBy('p.name_en', 'ASC');
    const briefs = publishedBriefs(
      manager
        .getRepository(PolicyBrief)
        .createQueryBuilder('b')
        .innerJoin('b.organization', 'o')
        .addSelect(['o.id', 'o.nameEn', 'o.nameZh']),
      viewer,
    )
      .andWhere('b.countries @> ARRAY[:country]::text[]', { country })
      .orderBy('b.published_at', 'DESC')
      .limit(PROFILE_BRIEFS);
    return {
      profile,
      ratings: await ratings.getMany(),
      parks: await parks.getMany(),
      briefs: await briefs.getMany(),
    };
  }

  /** A page of rating changes: the secretariat's, or the proposals of the viewer's organization. */
  page(viewer: AuthenticatedUser, query: ListRatingsQueryDto, everyone: boolean): Promise<Paginated<CountryRating>> {
    const qb = ratingsWithPeople(this.dataSource.getRepository(CountryRating).createQueryBuilder('r'));
    if (!everyone) qb.andWhere('r.proposed_by_organization_id = :viewerOrg', { viewerOrg: viewer.organization.id });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.country) qb.andWhere('r.country = :country', { country: query.country });
    if (query.status === 'proposed') qb.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC');
    else qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC');
    return paginate(qb, query, (rating) => rating);
  }

  one(id: string, manager: EntityManager = this.dataSource.manager): Promise<CountryRating | null> {
    return ratingsWithPeople(manager.getRepository(CountryRating).createQueryBuilder('r'))
      .where('r.id = :id', { id })
      .getOne();
  }

  locked(manager: EntityManager, id: string): Promise<CountryRating | null> {
    return manager.findOne(CountryRating, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

/** A rating with who proposed it (and for which organization) and who decided. */
function ratingsWithPeople(qb: SelectQueryBuilder<CountryRating>): SelectQueryBuilder<CountryRating> {
  return qb
    .innerJoin('r.proposedBy', 'proposer')
    .addSelect(['proposer.id', 'proposer.displayName'])
    .innerJoin('r.proposedByOrganization', 'po')
    .addSelect(['po.id', 'po.nameEn', 'po.nameZh'])
    .leftJoin('r.decidedBy', 'decider')
    .addSelect(['decider.id', 'decider.displayName']);
}
