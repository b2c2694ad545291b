import { Inject, Injectable } from '@nestjs/common';
import {
  localizedText,
  MEMBERSHIP_APPLICATION_TRANSITIONS,
  move,
  readerLanguage,
  type MembershipApplicationAction,
  type Paginated,
} from '@alliance/contracts';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { createOnce } from '../../common/database/create-once';
import { AppError, notFound, secondsUntilWindowFrees, tooManyRequests } from '../../common/errors/app-error';
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
import { MembershipQueries } from './membership.queries';

@Injectable()
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly queries: MembershipQueries,
  ) {}

  /**
   * Sent again with the same idempotency key and contact e-mail: the receipt of the application it
   * first created (before the rate limit and the one-pending-per-address rule, which it passed then).
   */
  async submit(
    dto: CreateMembershipApplicationDto,
    ip: string,
    idempotencyKey?: string,
  ): Promise<ApplicationReceiptResponse> {
    const { homepage, acceptTerms: _accepted, parks = [], locale = 'en', ...fields } = dto;
    if (homepage) {
      // A bot filled the hidden field: answer like a success (a plausible next reference) so it learns nothing; store nothing.
      this.logger.warn({ ip }, 'membership application dropped by the honeypot');
      return { reference: reference(await this.queries.nextSequence()), createdAt: new Date().toISOString() };
    }
    if (parks.length > 0 && dto.type !== 'park_operator') {
      throw new AppError(422, 'UNPROCESSABLE', 'Only a park operator lists the parks it runs', [
        { field: 'parks', constraint: 'parkOperatorOnly', message: 'Only a park operator lists the parks it runs' },
      ]);
    }
    const keyed = async (key: string) => {
      const first = await this.dataSource.manager.findOneBy(MembershipApplication, { idempotencyKey: key });
      if (!first) return null;
      // A visitor's key is all that ties the copies together: another address never reads this receipt.
      if (first.contactEmail.toLowerCase() !== fields.contactEmail.toLowerCase()) throw idempotencyKeyReused();
      return receipt(first);
    };
    return createOnce(idempotencyKey, keyed, () =>
      this.dataSource.transaction(async (manager) => {
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
        const ref = reference(await this.queries.takeSequence(manager));
        const application = await manager.save(
          manager.create(MembershipApplication, {
            ...fields,
            parks,
            locale,
            reference: ref,
            termsAcceptedAt: new Date(),
            submittedIp: ip.slice(0, 64),
            idempotencyKey: idempotencyKey ?? null,
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
        return receipt(application);
      }),
    );
  }

  async list(query: ListApplicationsQueryDto): Promise<Paginated<MembershipApplicationResponse>> {
    const page = await this.queries.page(query);
    const similar = await this.queries.similarToEach(this.dataSource.manager, page.items);
    return {
      ...page,
      items: page.items.map((row) => MembershipApplicationResponse.from(row, similar.get(row.id) ?? [])),
    };
  }

  async get(id: string): Promise<MembershipApplicationResponse> {
    const application = await this.dataSource.getRepository(MembershipApplication).findOneBy({ id });
    if (!application) throw notFound('Membership application');
    return MembershipApplicationResponse.from(
      application,
      await this.queries.similar(this.dataSource.manager, application),
    );
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
      application.organizationId = organization.id;
      application.decidedByUserId = auth.user.id;
      application.decidedAt = new Date();
    });
  }

  async reject(auth: AuthenticatedUser, id: string, reason: string): Promise<MembershipApplicationResponse> {
    return this.decide(id, 'reject', async (manager, application) => {
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
    action: MembershipApplicationAction,
    apply: (manager: EntityManager, application: MembershipApplication) => Promise<void>,
  ): Promise<MembershipApplicationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(MembershipApplication, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw notFound('Membership application');
      const before = { status: move(MEMBERSHIP_APPLICATION_TRANSITIONS, action, application) };
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
      return MembershipApplicationResponse.from(saved, await this.queries.similar(manager, saved));
    });
  }

  /**
   * At most N applications per IP address per hour, counted in the database so replicas agree.
   */
  private async assertWithinRateLimit(manager: EntityManager, ip: string): Promise<void> {
    const window = await this.queries.lockAndCountFromAddress(manager, ip, new Date(Date.now() - 3_600_000));
    if (window.count < this.config.applicationsPerIpPerHour) return;
    const retryAfter = secondsUntilWindowFrees(window.oldest, 3_600_000);
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

const receipt = (application: MembershipApplication): ApplicationReceiptResponse => ({
  reference: application.reference,
  createdAt: application.createdAt.toISOString(),
});

const idempotencyKeyReused = (): AppError =>
  new AppError(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was sent with an application from another e-mail address: make a new key',
    [{ field: 'Idempotency-Key', constraint: 'idempotencyKeyReused', message: 'Sent before with another application' }],
  );
