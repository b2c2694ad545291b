import { Inject, Injectable } from '@nestjs/common';
import {
  move,
  INITIATIVE_TRANSITIONS,
  ENDORSEMENT_PROPOSAL_TRANSITIONS,
  type InitiativeDto,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { InitiativeInputDto, UpdateInitiativeDto } from './dto/initiative.dto';
import { Initiative } from './entities/initiative.entity';
import { initiativeAuditState, initiativeTitles, staleInitiative, todayIn } from './initiative-records';
import { InitiativeReadsService } from './initiative-reads.service';
import { InitiativesQueries } from './initiatives.queries';

const incomplete = (message: string, field: string) => unprocessable('INITIATIVE_INCOMPLETE', message, field);

/** The fields an initiative is written with, each principle in at least one language. */
function fieldsOf(dto: InitiativeInputDto): Partial<Initiative> {
  const principles = dto.principles.map((p) => ({ en: p.en ?? null, zh: p.zh ?? null }));
  if (principles.some((p) => !p.en && !p.zh))
    throw incomplete('Write each principle in one language at least', 'principles');
  if (dto.opensOn && dto.closesOn && dto.closesOn < dto.opensOn)
    throw unprocessable('INITIATIVE_DATES_ORDER', 'The closing date comes on or after the opening date', 'closesOn');
  return {
    titleEn: dto.titleEn ?? null,
    titleZh: dto.titleZh ?? null,
    preambleEn: dto.preambleEn ?? null,
    preambleZh: dto.preambleZh ?? null,
    principles,
    opensOn: dto.opensOn ?? null,
    closesOn: dto.closesOn ?? null,
    targetOrganizations: dto.targetOrganizations ?? null,
  };
}

/**
 * The secretariat's side of initiatives: writes, publishes (opening at once, or on the opening date),
 * closes; and the system's opening and expiry (InitiativeJobsService). Each step locks the initiative,
 * checks its version and status, moves it, audits it and tells those concerned, in one transaction.
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: InitiativesQueries,
    private readonly reads: InitiativeReadsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  create(auth: AuthenticatedUser, dto: InitiativeInputDto): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      const fields = fieldsOf(dto);
      if (!fields.titleEn && !fields.titleZh) throw incomplete('Give the initiative a title', 'titleEn');
      const initiative = await manager.save(
        manager.create(Initiative, { ...fields, status: 'draft', createdByUserId: auth.user.id }),
      );
      await this.audit.record(manager, {
        action: 'initiative.create',
        entityType: 'Initiative',
        entityId: initiative.id,
        organizationId: auth.organization.id,
        after: initiativeAuditState(initiative),
      });
      return this.reads.view(manager, auth, initiative.id);
    });
  }

  /** Edits the text, dates and target of a draft or an open initiative (a closed one stays as it was). */
  update(auth: AuthenticatedUser, id: string, dto: UpdateInitiativeDto): Promise<InitiativeDto> {
    return this.change(auth, id, dto.version, async (manager, initiative) => {
      if (initiative.status === 'closed')
        throw unprocessable('INITIATIVE_CLOSED', 'A closed initiative keeps its text as it was signed');
      const fields = fieldsOf(dto);
      if (!fields.titleEn && !fields.titleZh) throw incomplete('Give the initiative a title', 'titleEn');
      const before = initiativeAuditState(initiative);
      Object.assign(initiative, fields);
      await manager.save(initiative);
      await this.audit.record(manager, {
        action: 'initiative.update',
        entityType: 'Initiative',
        entityId: id,
        organizationId: auth.organization.id,
        before,
        after: initiativeAuditState(initiative),
      });
    });
  }

  /**
   * Publishes a draft: open for endorsement at once when its opening date has come (or it has none),
   * telling every admin of an active member organization; otherwise scheduled, opened by the job runner
   * on that date.
   */
  publish(auth: AuthenticatedUser, id: string, version: number): Promise<InitiativeDto> {
    return this.change(auth, id, version, async (manager, initiative) => {
      const before = initiativeAuditState(initiative);
      const today = todayIn(this.config.timeZone);
      if (initiative.status === 'draft') {
        if (!initiative.principles.length) throw incomplete('An initiative states its principles', 'principles');
        if (initiative.closesOn && initiative.closesOn < (initiative.opensOn ?? today))
          throw unprocessable('INITIATIVE_DATES_ORDER', 'The closing date has passed', 'closesOn');
      }
      if (initiative.status === 'draft' && initiative.opensOn && initiative.opensOn > today) {
        if (initiative.scheduled)
          throw unprocessable('INITIATIVE_NOT_OPEN', 'It is already published for its opening date');
        initiative.scheduled = true;
        initiative.publishedAt = new Date();
      } else {
        move(INITIATIVE_TRANSITIONS, 'publish', initiative);
        initiative.opensOn ??= today;
        initiative.scheduled = false;
        initiative.publishedAt = new Date();
      }
      await manager.save(initiative);
      await this.audit.record(manager, {
        action: 'initiative.publish',
        entityType: 'Initiative',
        entityId: id,
        organizationId: auth.organization.id,
        before,
        after: initiativeAuditState(initiative),
      });
      if (initiative.status === 'open_for_endorsement') await this.announce(manager, initiative, auth.user.id);
    });
  }

  /** Closes an open initiative by hand; proposals still pending lapse. */
  close(auth: AuthenticatedUser, id: string, version: number): Promise<InitiativeDto> {
    return this.change(auth, id, version, async (manager, initiative) => {
      const before = initiativeAuditState(initiative);
      move(INITIATIVE_TRANSITIONS, 'close', initiative);
      initiative.closedAt = new Date();
      await manager.save(initiative);
      await this.audit.record(manager, {
        action: 'initiative.close',
        entityType: 'Initiative',
        entityId: id,
        organizationId: auth.organization.id,
        before,
        after: initiativeAuditState(initiative),
      });
      await this.lapseProposals(manager, id);
    });
  }

  /** Tells every admin of every active member organization that the initiative is open for endorsement. */
  async announce(manager: EntityManager, initiative: Initiative, actorUserId: string | null): Promise<number> {
    return this.notifications.notifyOrganizations(manager, {
      organizationIds: await this.queries.activeMemberOrganizations(manager),
      adminsOnly: true,
      actorUserId,
      type: 'initiative_opened',
      recordType: 'initiative',
      recordId: initiative.id,
      ...initiativeTitles(initiative),
    });
  }

  /** The pending proposals of a closed initiative lapse (the system's step). */
  async lapseProposals(manager: EntityManager, initiativeId: string): Promise<void> {
    for (const proposal of await this.queries.lockPendingProposals(manager, initiativeId)) {
      move(ENDORSEMENT_PROPOSAL_TRANSITIONS, 'lapse', proposal);
      proposal.decidedAt = new Date();
      await manager.save(proposal);
      await this.audit.record(manager, {
        action: 'endorsement_proposal.lapse',
        entityType: 'EndorsementProposal',
        entityId: proposal.id,
        organizationId: proposal.organizationId,
        before: { status: 'pending' },
        after: { status: proposal.status },
      });
    }
  }

  private change(
    auth: AuthenticatedUser,
    id: string,
    version: number,
    apply: (manager: EntityManager, initiative: Initiative) => Promise<void>,
  ): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.queries.lockInitiative(manager, id);
      if (!initiative) throw notFound('Initiative');
      if (initiative.version !== version) throw staleInitiative(initiative.version);
      await apply(manager, initiative);
      return this.reads.view(manager, auth, id);
    });
  }
}
