import { Injectable } from '@nestjs/common';
import {
  canMove,
  COMMITMENT_TRANSITIONS,
  commitmentActions,
  move,
  type AuditAction,
  type CommitmentAction,
  type CommitmentTransition,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import { NotificationsService } from '../notifications/notifications.service';
import { AgreementReadsService } from './agreement-reads.service';
import { assertLive, commitmentState, isCalendarDate, readerOf } from './agreement-records';
import { AgreementsQueries } from './agreements.queries';
import type { AgreementCommitmentResponse } from './dto/agreement-response.dto';
import type { CommitmentStepDto, CreateCommitmentDto, UpdateCommitmentDto } from './dto/agreement.dto';
import { AgreementCommitment } from './entities/agreement-commitment.entity';
import type { PartnerAgreement } from './entities/partner-agreement.entity';

/**
 * The commitments of an agreement: the secretariat records and edits them; whoever owns one marks it
 * done (a counterparty's admins their own, the secretariat any); the secretariat waives or reopens one.
 * Only the agreement's parties ever see them (404 for anyone else).
 */
@Injectable()
export class AgreementCommitmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: AgreementsQueries,
    private readonly reads: AgreementReadsService,
  ) {}

  create(auth: AuthenticatedUser, agreementId: string, dto: CreateCommitmentDto): Promise<AgreementCommitmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.queries.locked(manager, auth, agreementId);
      if (!agreement) throw notFound('Agreement');
      assertLive(agreement);
      const organizationId = dto.owner === 'counterparty' ? (dto.organizationId ?? null) : null;
      const commitment = manager.create(AgreementCommitment, {
        agreementId,
        titleEn: dto.titleEn ?? null,
        titleZh: dto.titleZh ?? null,
        owner: dto.owner,
        organizationId,
        dueOn: dto.dueOn,
        status: 'open',
        note: null,
        sample: false,
      });
      await this.checkCommitment(manager, commitment);
      await manager.save(commitment);
      await this.audit.record(manager, {
        action: 'agreement_commitment.create',
        entityType: 'AgreementCommitment',
        entityId: commitment.id,
        organizationId,
        after: { ...commitmentState(commitment), agreementId },
      });
      return this.reads.commitment(manager, auth, commitment.id);
    });
  }

  /** The secretariat edits a commitment (a new due date is reminded of again). */
  update(auth: AuthenticatedUser, id: string, dto: UpdateCommitmentDto): Promise<AgreementCommitmentResponse> {
    return this.change(auth, id, 'update', async (manager, commitment, agreement) => {
      assertLive(agreement);
      const sent = withoutUndefined(dto);
      Object.assign(commitment, sent);
      if (commitment.owner === 'alliance') commitment.organizationId = null;
      await this.checkCommitment(manager, commitment);
      return undefined;
    });
  }

  complete(auth: AuthenticatedUser, id: string, dto: CommitmentStepDto): Promise<AgreementCommitmentResponse> {
    return this.change(auth, id, 'complete', async (manager, commitment, agreement) => {
      move(COMMITMENT_TRANSITIONS, 'complete', commitment);
      commitment.note = dto.note ?? commitment.note;
      commitment.completedAt = new Date();
      commitment.completedByUserId = auth.user.id;
      // The other side hears of it: the secretariat when a counterparty reports, the counterparty's admins when the secretariat does.
      const manages = readerOf(auth).manages;
      const organizationIds = manages
        ? commitment.organizationId
          ? [commitment.organizationId]
          : []
        : await this.queries.secretariatIds(manager);
      return () =>
        this.notifications.notifyOrganizations(manager, {
          organizationIds,
          actorUserId: auth.user.id,
          adminsOnly: manages,
          type: 'commitment_done',
          recordType: 'partner_agreement',
          recordId: agreement.id,
          titleEn: commitment.titleEn,
          titleZh: commitment.titleZh,
          fromEn: auth.organization.nameEn,
          fromZh: auth.organization.nameZh,
        });
    });
  }

  waive(auth: AuthenticatedUser, id: string, dto: CommitmentStepDto): Promise<AgreementCommitmentResponse> {
    return this.change(auth, id, 'waive', async (_manager, commitment) => {
      move(COMMITMENT_TRANSITIONS, 'waive', commitment);
      commitment.note = dto.note ?? commitment.note;
      return undefined;
    });
  }

  reopen(auth: AuthenticatedUser, id: string, dto: CommitmentStepDto): Promise<AgreementCommitmentResponse> {
    return this.change(auth, id, 'reopen', async (_manager, commitment) => {
      move(COMMITMENT_TRANSITIONS, 'reopen', commitment);
      commitment.note = dto.note ?? commitment.note;
      commitment.completedAt = null;
      commitment.completedByUserId = null;
      return undefined;
    });
  }

  /**
   * Loads the commitment locked (404 unless the caller is a party to its agreement), refuses what the
   * status does not allow (409 naming what the caller may do) and what the caller may not do (403),
   * applies the step, audits it and tells the other side, in one transaction.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: CommitmentAction,
    apply: (
      manager: EntityManager,
      commitment: AgreementCommitment,
      agreement: PartnerAgreement,
    ) => Promise<(() => Promise<unknown>) | undefined>,
  ): Promise<AgreementCommitmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.queries.lockedCommitment(manager, auth, id);
      if (!found) throw notFound('Commitment');
      const { commitment, agreement } = found;
      const allowed = commitmentActions(commitment, readerOf(auth));
      if (!allowed.includes(action)) {
        if (action !== 'update' && !canMove(COMMITMENT_TRANSITIONS, action as CommitmentTransition, commitment.status))
          throw illegalTransition(
            action,
            commitment.status,
            allowed.filter((a) => a !== 'update'),
          );
        throw forbidden('Only the secretariat, or the admins of the counterparty that owns it, change a commitment');
      }
      const before = commitmentState(commitment);
      const tell = await apply(manager, commitment, agreement);
      await manager.save(commitment);
      await this.audit.record(manager, {
        action: `agreement_commitment.${action}` as AuditAction,
        entityType: 'AgreementCommitment',
        entityId: commitment.id,
        organizationId: commitment.organizationId,
        before,
        after: commitmentState(commitment),
        always: action !== 'update',
      });
      await tell?.();
      return this.reads.commitment(manager, auth, commitment.id);
    });
  }

  /** A title in one language at least, a real due date, and a counterparty of the agreement for a counterparty's commitment. */
  private async checkCommitment(manager: EntityManager, commitment: AgreementCommitment): Promise<void> {
    if (!commitment.titleEn && !commitment.titleZh)
      throw unprocessable('COMMITMENT_TITLE_REQUIRED', 'A commitment needs a title in English or Chinese', 'titleEn');
    if (!isCalendarDate(commitment.dueOn))
      throw new AppError(400, 'VALIDATION_FAILED', 'dueOn must be a date YYYY-MM-DD', [
        { field: 'dueOn', constraint: 'isDate', message: 'dueOn must be a real calendar date' },
      ]);
    if (commitment.owner !== 'counterparty') return;
    if (!commitment.organizationId)
      throw unprocessable(
        'COMMITMENT_ORGANIZATION_REQUIRED',
        'Say which counterparty owns the commitment',
        'organizationId',
      );
    const counterparties = await this.queries.counterpartyIds(manager, commitment.agreementId);
    if (!counterparties.includes(commitment.organizationId))
      throw unprocessable(
        'COMMITMENT_ORGANIZATION_NOT_COUNTERPARTY',
        'The commitment’s owner must be one of the agreement’s counterparties',
        'organizationId',
      );
  }
}
