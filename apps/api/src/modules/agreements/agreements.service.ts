import { Inject, Injectable } from '@nestjs/common';
import {
  AGREEMENT_TRANSITIONS,
  agreementActions,
  move,
  type AgreementAction,
  type AgreementTransition,
  type AuditAction,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import { NotificationsService } from '../notifications/notifications.service';
import { AgreementReadsService } from './agreement-reads.service';
import { agreementState, assertLive, isCalendarDate, readerOf, titlesOf, todayIn } from './agreement-records';
import { AgreementsQueries } from './agreements.queries';
import type { AgreementResponse } from './dto/agreement-response.dto';
import type {
  AgreementStepDto,
  CreateAgreementDto,
  SignAgreementDto,
  TerminateAgreementDto,
  UpdateAgreementDto,
} from './dto/agreement.dto';
import { PartnerAgreement } from './entities/partner-agreement.entity';

/** What a step does besides moving the agreement: more to audit, and whom to tell once audited. */
interface StepResult {
  after?: object;
  tell?: () => Promise<unknown>;
}

const stale = (current: number) =>
  new AppError(409, 'CONFLICT', 'Someone else changed this agreement since you opened it; reload it and try again', [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

/**
 * Partner agreements as the secretariat keeps them: drafted with their counterparties, negotiated,
 * signed, activated on their effective date (the job runner does it by itself; the secretariat may once
 * the date has come), terminated with a reason. Each step locks the agreement, checks the step, moves
 * it, audits it and tells the counterparties, in one transaction.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: AgreementsQueries,
    private readonly reads: AgreementReadsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(auth: AuthenticatedUser, dto: CreateAgreementDto): Promise<AgreementResponse> {
    const { counterpartyIds, ...content } = dto;
    checkContent(content);
    checkDates(content);
    return this.dataSource.transaction(async (manager) => {
      await this.checkCounterparties(manager, counterpartyIds);
      const agreement = await manager.save(
        manager.create(PartnerAgreement, {
          ...content,
          signedOn: content.signedOn ?? null,
          effectiveFrom: content.effectiveFrom ?? null,
          expiresOn: content.expiresOn ?? null,
          status: 'draft',
          sample: false,
          createdByUserId: auth.user.id,
        }),
      );
      await this.queries.setCounterparties(manager, agreement.id, counterpartyIds);
      await this.audit.record(manager, {
        action: 'partner_agreement.create',
        entityType: 'PartnerAgreement',
        entityId: agreement.id,
        organizationId: null,
        after: { ...agreementState(agreement), counterpartyIds },
      });
      return this.reads.view(manager, auth, agreement.id);
    });
  }

  /** Edits a live agreement (not expired or terminated), its counterparties included. */
  update(auth: AuthenticatedUser, id: string, dto: UpdateAgreementDto): Promise<AgreementResponse> {
    return this.change(auth, id, 'update', dto.version, async (manager, agreement) => {
      const { version: _version, counterpartyIds, ...changes } = dto;
      const sent = withoutUndefined(changes);
      Object.assign(agreement, sent);
      checkContent(agreement);
      checkDates(agreement);
      if (counterpartyIds === undefined) return {};
      const before = await this.queries.counterpartyIds(manager, agreement.id);
      if (sameList(before, counterpartyIds)) return {};
      await this.checkCounterparties(manager, counterpartyIds);
      const owning = await this.queries.commitmentOwners(manager, agreement.id);
      if (owning.some((id) => !counterpartyIds.includes(id)))
        throw unprocessable(
          'COMMITMENT_ORGANIZATION_NOT_COUNTERPARTY',
          'A counterparty that owns commitments stays a counterparty: move its commitments first',
          'counterpartyIds',
        );
      await this.queries.setCounterparties(manager, agreement.id, counterpartyIds);
      return { after: { counterpartyIds } };
    });
  }

  negotiate(auth: AuthenticatedUser, id: string, dto: AgreementStepDto): Promise<AgreementResponse> {
    return this.step(auth, id, 'negotiate', dto.version, async () => ({}));
  }

  /** Records the signature (its date from the body or the agreement); it takes effect on its effective date, the signature's by default. */
  sign(auth: AuthenticatedUser, id: string, dto: SignAgreementDto): Promise<AgreementResponse> {
    return this.step(auth, id, 'sign', dto.version, async (_manager, agreement) => {
      if (dto.signedOn) agreement.signedOn = dto.signedOn;
      if (!agreement.signedOn)
        throw unprocessable('AGREEMENT_SIGNED_ON_REQUIRED', 'Say when the agreement was signed', 'signedOn');
      agreement.effectiveFrom ??= agreement.signedOn;
      checkDates(agreement);
      return {};
    });
  }

  /** Makes a signed agreement active once its effective date has come (the job runner does it on that day by itself). */
  activate(auth: AuthenticatedUser, id: string, dto: AgreementStepDto): Promise<AgreementResponse> {
    return this.step(auth, id, 'activate', dto.version, async (manager, agreement) => {
      const today = todayIn(this.config.timeZone);
      if (!agreement.effectiveFrom)
        throw unprocessable(
          'AGREEMENT_EFFECTIVE_FROM_REQUIRED',
          'Say when the agreement takes effect',
          'effectiveFrom',
        );
      if (agreement.effectiveFrom > today)
        throw unprocessable(
          'AGREEMENT_NOT_YET_EFFECTIVE',
          'The agreement takes effect later: it becomes active on its effective date by itself',
          'effectiveFrom',
        );
      if (agreement.expiresOn && agreement.expiresOn <= today)
        throw unprocessable('AGREEMENT_EXPIRY_PASSED', 'The agreement’s expiry date has passed', 'expiresOn');
      agreement.activatedAt = new Date();
      return {
        after: { activatedAt: agreement.activatedAt },
        tell: () => this.tellCounterparties(manager, auth.user.id, agreement, 'agreement_activated'),
      };
    });
  }

  /** Ends the agreement early, with a reason. */
  terminate(auth: AuthenticatedUser, id: string, dto: TerminateAgreementDto): Promise<AgreementResponse> {
    return this.step(auth, id, 'terminate', dto.version, async (_manager, agreement) => {
      if (!dto.reason)
        throw unprocessable('AGREEMENT_TERMINATION_REASON_REQUIRED', 'Say why the agreement ends', 'reason');
      agreement.terminationReason = dto.reason;
      agreement.terminatedAt = new Date();
      return { after: { terminatedAt: agreement.terminatedAt } };
    });
  }

  /** Tells an agreement's counterparties (every active user) of a step on it. */
  tellCounterparties(
    manager: EntityManager,
    actorUserId: string | null,
    agreement: PartnerAgreement,
    type: 'agreement_activated' | 'agreement_expired',
  ): Promise<number> {
    return this.queries.counterpartyIds(manager, agreement.id).then((organizationIds) =>
      this.notifications.notifyOrganizations(manager, {
        organizationIds,
        actorUserId,
        type,
        recordType: 'partner_agreement',
        recordId: agreement.id,
        ...titlesOf(agreement),
      }),
    );
  }

  private step(
    auth: AuthenticatedUser,
    id: string,
    action: AgreementTransition & AgreementAction,
    version: number | undefined,
    apply: (manager: EntityManager, agreement: PartnerAgreement) => Promise<StepResult>,
  ): Promise<AgreementResponse> {
    return this.change(auth, id, action, version, async (manager, agreement) => {
      const allowed = agreementActions(agreement, readerOf(auth)).filter((a) => a in AGREEMENT_TRANSITIONS);
      try {
        move(AGREEMENT_TRANSITIONS, action, agreement, allowed);
      } catch {
        throw illegalTransition(action, agreement.status, allowed);
      }
      return apply(manager, agreement);
    });
  }

  /**
   * Loads the agreement locked (404 if the caller may not open it), refuses a stale version (409) and a
   * closed agreement's edit (422), applies the change, audits it and tells those concerned, in one
   * transaction; answers with the agreement as the caller sees it.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: AgreementAction,
    version: number | undefined,
    apply: (manager: EntityManager, agreement: PartnerAgreement) => Promise<StepResult>,
  ): Promise<AgreementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.queries.locked(manager, auth, id);
      if (!agreement) throw notFound('Agreement');
      if (version !== undefined && agreement.version !== version) throw stale(agreement.version);
      if (action === 'update') assertLive(agreement);
      const before = agreementState(agreement);
      const result = await apply(manager, agreement);
      await manager.save(agreement);
      await this.audit.record(manager, {
        action: `partner_agreement.${action}` as AuditAction,
        entityType: 'PartnerAgreement',
        entityId: agreement.id,
        organizationId: null,
        before,
        after: { ...agreementState(agreement), ...result.after },
        always: action !== 'update',
      });
      await result.tell?.();
      return this.reads.view(manager, auth, id);
    });
  }

  /** One or more counterparties, each an active member organization (never the secretariat). */
  private async checkCounterparties(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0)
      throw unprocessable(
        'AGREEMENT_COUNTERPARTY_REQUIRED',
        'An agreement has at least one counterparty',
        'counterpartyIds',
      );
    const eligible = await this.queries.eligibleCounterparties(manager, ids);
    if (ids.some((id) => !eligible.has(id)))
      throw unprocessable(
        'AGREEMENT_COUNTERPARTY_UNKNOWN',
        'Each counterparty must be an active member organization',
        'counterpartyIds',
      );
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** A title in at least one language. */
function checkContent(agreement: { titleEn?: string | null; titleZh?: string | null }): void {
  if (!agreement.titleEn && !agreement.titleZh)
    throw unprocessable('AGREEMENT_TITLE_REQUIRED', 'An agreement needs a title in English or Chinese', 'titleEn');
}

/** Real calendar dates, the expiry after the effective date. */
function checkDates(agreement: {
  signedOn?: string | null;
  effectiveFrom?: string | null;
  expiresOn?: string | null;
}): void {
  for (const field of ['signedOn', 'effectiveFrom', 'expiresOn'] as const) {
    const value = agreement[field];
    if (value && !isCalendarDate(value))
      throw new AppError(400, 'VALIDATION_FAILED', `${field} must be a date YYYY-MM-DD`, [
        { field, constraint: 'isDate', message: `${field} must be a real calendar date` },
      ]);
  }
  if (agreement.effectiveFrom && agreement.expiresOn && agreement.expiresOn <= agreement.effectiveFrom)
    throw unprocessable('AGREEMENT_DATES_OUT_OF_ORDER', 'The agreement must expire after it takes effect', 'expiresOn');
}
