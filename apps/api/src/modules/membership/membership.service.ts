import { Inject, Injectable } from '@nestjs/common';
import { type Paginated, type SimilarOrganizationDto, localizedText, readerLanguage } from '@alliance/contracts';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { escapeLike } from '../../common/database/sql';
import {
  AppError,
  illegalTransition,
  notFound,
  secondsUntilWindowFrees,
  tooManyRequests,
} from '../../common/errors/app-error';
import { LOGGER } from '../../common/logging/logger';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Organization } from '../organizations/entities/organization.entity';
import { Park } from '../parks/entities/park.entity';
import { UsersService } from '../users/users.service';
import {
  type ApplicationReceiptResponse,
  type CreateMembershipApplicationDto,
  type ListApplicationsQueryDto,
  MembershipApplicationResponse,
} from './dto/membership-application.dto';
import { MembershipApplication } from './entities/membership-application.entity';

/** Names at least this similar (0–1, trigram similarity or word similarity) raise the "already a member?" warning. */
const SIMILARITY_THRESHOLD = 0.5;
const MAX_SIMILAR = 5;

@Injectable()
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async submit(dto: CreateMembershipApplicationDto, ip: string): Promise<ApplicationReceiptResponse> {
    const { homepage, acceptTerms: _accepted, parks = [], locale = 'en', ...fields } = dto;
    if (homepage) {
      // A bot filled the hidden field: answer like a success (a plausible next reference) so it learns nothing; store nothing.
      this.logger.warn({ ip }, 'membership application dropped by the honeypot');
      const [{ next }] = (await this.dataSource.query(
        `SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS next FROM membership_application_reference_seq`,
      )) as { next: string }[];
      return { reference: reference(String(next)), createdAt: new Date().toISOString() };
    }
    if (parks.length > 0 && dto.type !== 'park_operator') {
      throw new AppError(422, 'UNPROCESSABLE', 'Only a park operator lists the parks it runs', [
        { field: 'parks', constraint: 'parkOperatorOnly', message: 'Only a park operator lists the parks it runs' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.assertWithinRateLimit(manager, ip);
      if (await manager.existsBy(MembershipApplication, { contactEmail: fields.contactEmail, status: 'pending' })) {
        throw new AppError(
          409,
          'CONFLICT',
          'An application from this e-mail address is already waiting for a decision',
          [
            {
              field: 'contactEmail',
              constraint: 'pendingApplication',
              message: 'An application from this e-mail address is already pending',
            },
          ],
        );
      }
      const [{ n }] = (await manager.query(`SELECT nextval('membership_application_reference_seq') AS n`)) as {
        n: string;
      }[];
      const ref = reference(n);
      const application = await manager.save(
        manager.create(MembershipApplication, {
          ...fields,
          parks,
          locale,
          reference: ref,
          termsAcceptedAt: new Date(),
          submittedIp: ip.slice(0, 64),
        }),
      );
      await this.mail.enqueue(
        manager,
        application.contactEmail,
        'application_received',
        mailTemplates.applicationReceived(locale, {
          name: application.contactName,
          organization: nameOf(application, locale),
          reference: ref,
        }),
      );
      await this.audit.record(manager, {
        action: 'membership_application.submit',
        entityType: 'MembershipApplication',
        entityId: application.id,
        organizationId: null,
        after: {
          reference: ref,
          nameEn: application.nameEn,
          nameZh: application.nameZh,
          type: application.type,
          contactEmail: application.contactEmail,
        },
      });
      return { reference: ref, createdAt: application.createdAt.toISOString() };
    });
  }

  async list(query: ListApplicationsQueryDto): Promise<Paginated<MembershipApplicationResponse>> {
    const qb = this.dataSource.getRepository(MembershipApplication).createQueryBuilder('a');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.type) qb.andWhere('a.type = :type', { type: query.type });
    if (query.q) {
      qb.andWhere('(a.reference ILIKE :q OR a.nameEn ILIKE :q OR a.nameZh ILIKE :q OR a.contactEmail ILIKE :q)', {
        q: `%${escapeLike(query.q.trim())}%`,
      });
    }
    // The queue is worked oldest first; decided applications newest first.
    qb.orderBy("CASE WHEN a.status = 'pending' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy("CASE WHEN a.status = 'pending' THEN a.createdAt END", 'ASC')
      .addOrderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    const items = [];
    for (const row of rows)
      items.push(MembershipApplicationResponse.from(row, await this.similar(this.dataSource.manager, row)));
    return { items, total, page: query.page, limit: query.limit };
  }

  async get(id: string): Promise<MembershipApplicationResponse> {
    const application = await this.dataSource.getRepository(MembershipApplication).findOneBy({ id });
    if (!application) throw notFound('Membership application');
    return MembershipApplicationResponse.from(application, await this.similar(this.dataSource.manager, application));
  }

  /** Creates the organization (active, member since today) with its parks and invites the contact as its admin. */
  async approve(auth: AuthenticatedUser, id: string): Promise<MembershipApplicationResponse> {
    return this.decide(id, 'approve', async (manager, application) => {
      const organization = await manager.save(
        manager.create(Organization, {
          nameEn: application.nameEn,
          nameZh: application.nameZh,
          type: application.type,
          country: application.country,
          website: application.website,
          descriptionEn: application.descriptionEn,
          descriptionZh: application.descriptionZh,
          contactName: application.contactName,
          contactEmail: application.contactEmail,
          contactPhone: application.contactPhone,
          status: 'active',
          memberSince: new Date().toISOString().slice(0, 10),
        }),
      );
      await this.audit.record(manager, {
        action: 'organization.create',
        entityType: 'Organization',
        entityId: organization.id,
        organizationId: organization.id,
        after: { ...organization, fromApplication: application.reference },
      });
      for (const input of application.parks) {
        const park = await manager.save(
          manager.create(Park, {
            organizationId: organization.id,
            nameEn: input.nameEn ?? null,
            nameZh: input.nameZh ?? null,
            country: input.country,
            city: input.city ?? null,
          }),
        );
        await this.audit.record(manager, {
          action: 'park.create',
          entityType: 'Park',
          entityId: park.id,
          organizationId: organization.id,
          after: park,
        });
      }
      await this.users.createInvitation(
        manager,
        organization,
        {
          email: application.contactEmail,
          displayName: application.contactName,
          orgRole: 'admin',
          locale: application.locale,
        },
        application.reference,
      );
      application.status = 'approved';
      application.organizationId = organization.id;
      application.decidedByUserId = auth.user.id;
      application.decidedAt = new Date();
    });
  }

  async reject(auth: AuthenticatedUser, id: string, reason: string): Promise<MembershipApplicationResponse> {
    return this.decide(id, 'reject', async (manager, application) => {
      application.status = 'rejected';
      application.rejectionReason = reason;
      application.decidedByUserId = auth.user.id;
      application.decidedAt = new Date();
      await this.mail.enqueue(
        manager,
        application.contactEmail,
        'application_rejected',
        mailTemplates.applicationRejected(application.locale, {
          name: application.contactName,
          organization: nameOf(application, application.locale),
          reference: application.reference,
          reason,
        }),
      );
    });
  }

  /** Locks the application, checks it is still pending, applies the decision and audits it, all in one transaction. */
  private decide(
    id: string,
    action: 'approve' | 'reject',
    apply: (manager: EntityManager, application: MembershipApplication) => Promise<void>,
  ): Promise<MembershipApplicationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(MembershipApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw notFound('Membership application');
      if (application.status !== 'pending') throw illegalTransition(action, application.status, []);
      const before = { status: application.status };
      await apply(manager, application);
      const saved = await manager.save(application);
      await this.audit.record(manager, {
        action: `membership_application.${action}`,
        entityType: 'MembershipApplication',
        entityId: id,
        organizationId: saved.organizationId,
        before,
        after: { status: saved.status, organizationId: saved.organizationId, rejectionReason: saved.rejectionReason },
      });
      return MembershipApplicationResponse.from(saved, await this.similar(manager, saved));
    });
  }

  /** Existing organizations whose English or Chinese name resembles the applicant's (trigram similarity). */
  private async similar(manager: EntityManager, application: MembershipApplication): Promise<SimilarOrganizationDto[]> {
    if (!application.nameEn && !application.nameZh) return [];
    const rows = (await manager.query(
      `SELECT id, name_en, name_zh, score FROM (
         SELECT o.id, o.name_en, o.name_zh, GREATEST(
           COALESCE(similarity(lower(o.name_en), lower($1)), 0),
           COALESCE(word_similarity(lower($1), lower(o.name_en)), 0),
           COALESCE(similarity(o.name_zh, $2), 0),
           COALESCE(word_similarity($2, o.name_zh), 0)
         ) AS score
         FROM organizations o
         WHERE o.id IS DISTINCT FROM $3
       ) s
       WHERE score >= $4
       ORDER BY score DESC, id
       LIMIT ${MAX_SIMILAR}`,
      [application.nameEn, application.nameZh, application.organizationId, SIMILARITY_THRESHOLD],
    )) as { id: string; name_en: string | null; name_zh: string | null; score: number | string }[];
    return rows.map((r) => ({
      id: r.id,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      similarity: Math.round(Number(r.score) * 100) / 100,
    }));
  }

  /**
   * At most N applications per IP address per hour, counted in the database so replicas agree.
   * A transaction-scoped advisory lock per address makes simultaneous submissions count one by one.
   */
  private async assertWithinRateLimit(manager: EntityManager, ip: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`membership-application:${ip}`]);
    const since = new Date(Date.now() - 3_600_000);
    const row = await manager
      .getRepository(MembershipApplication)
      .createQueryBuilder('a')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(a.createdAt)', 'oldest')
      .where('a.submittedIp = :ip', { ip: ip.slice(0, 64) })
      .andWhere('a.createdAt > :since', { since })
      .getRawOne<{ count: string; oldest: Date | string | null }>();
    if (Number(row?.count ?? 0) < this.config.applicationsPerIpPerHour) return;
    const retryAfter = secondsUntilWindowFrees(row?.oldest, 3_600_000);
    throw tooManyRequests(
      `Too many applications from this address; try again in ${Math.ceil(retryAfter / 60)} minutes`,
      retryAfter,
    );
  }
}

function reference(sequence: string): string {
  return `AP-${new Date().getFullYear()}-${sequence.padStart(5, '0')}`;
}

function nameOf(application: MembershipApplication, locale: string): string {
  return localizedText(application.nameEn, application.nameZh, readerLanguage(locale)) ?? '';
}
