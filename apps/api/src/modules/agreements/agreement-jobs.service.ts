import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AGREEMENT_TRANSITIONS, move, type AgreementTransition } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { JobRunner } from '../jobs/job-runner.service';
import { NotificationsService } from '../notifications/notifications.service';
import { reminderWhen, todayIn } from './agreement-records';
import { AgreementsQueries } from './agreements.queries';
import { AgreementsService } from './agreements.service';
import { PartnerAgreement } from './entities/partner-agreement.entity';

/**
 * The job runner's side of agreements: a signed agreement becomes active on its effective date and an
 * agreement expires on its expiry date (the alliance's day); reminders go to the secretariat and the
 * counterparty's admins 60, 30 and 7 days before an expiry or a commitment's due date, each claimed by
 * its row in `agreement_reminders` so that no replica sends one twice. Each pass is one transaction.
 */
@Injectable()
export class AgreementJobsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: AgreementsQueries,
    private readonly agreements: AgreementsService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'agreements.advance',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.advance(signal),
      });
      this.jobs.register({
        name: 'agreements.remind',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.remind(signal),
      });
    }
  }

  /** Activates the signed agreements whose day has come and expires those whose expiry has; how many moved. */
  async advance(signal?: AbortSignal, now: Date = new Date()): Promise<number> {
    const today = todayIn(this.config.timeZone, now);
    return this.dataSource.transaction(async (manager) => {
      const expiring = await this.queries.dueToExpire(manager, today);
      const activating = await this.queries.dueToActivate(manager, today);
      const moves: [PartnerAgreement, AgreementTransition][] = [
        ...expiring.map((a) => [a, 'expire'] as [PartnerAgreement, AgreementTransition]),
        ...activating.map((a) => [a, 'activate'] as [PartnerAgreement, AgreementTransition]),
      ];
      for (const [agreement, action] of moves) {
        signal?.throwIfAborted();
        const from = move(AGREEMENT_TRANSITIONS, action, agreement);
        const at = new Date();
        const stamp = action === 'expire' ? { expiredAt: at } : { activatedAt: at };
        await manager.update(
          PartnerAgreement,
          { id: agreement.id },
          { status: agreement.status, ...stamp, version: () => 'version + 1' },
        );
        await this.audit.record(manager, {
          action: `partner_agreement.${action}` as 'partner_agreement.expire' | 'partner_agreement.activate',
          entityType: 'PartnerAgreement',
          entityId: agreement.id,
          organizationId: null,
          before: { status: from },
          after: { status: agreement.status, ...stamp },
        });
        await this.agreements.tellCounterparties(
          manager,
          null,
          agreement,
          action === 'expire' ? 'agreement_expired' : 'agreement_activated',
        );
      }
      return moves.length;
    });
  }

  /**
   * Sends the reminders due today, each once: the claim is the insert of its row, committed with the
   * notifications it sends (a failed pass sends nothing and claims nothing). Returns how many were sent.
   */
  async remind(signal?: AbortSignal, now: Date = new Date()): Promise<number> {
    const today = todayIn(this.config.timeZone, now);
    return this.dataSource.transaction(async (manager) => {
      const claimed = await this.queries.claimReminders(manager, today);
      const secretariat = claimed.length > 0 ? await this.queries.secretariatIds(manager) : [];
      for (const reminder of claimed) {
        signal?.throwIfAborted();
        const facts = await this.queries.reminderFacts(manager, reminder);
        const expiry = reminder.subject === 'agreement_expiry';
        const when = reminderWhen(reminder.target_date, reminder.days_before);
        const step = {
          actorUserId: null,
          type: expiry ? ('agreement_expiring' as const) : ('commitment_due' as const),
          recordType: 'partner_agreement' as const,
          recordId: reminder.agreement_id,
          titleEn: expiry ? facts.agreement_title_en : facts.commitment_title_en,
          titleZh: expiry ? facts.agreement_title_zh : facts.commitment_title_zh,
          fromEn: when.en,
          fromZh: when.zh,
        };
        await this.notifications.notifyOrganizations(manager, { ...step, organizationIds: secretariat });
        await this.notifications.notifyOrganizations(manager, {
          ...step,
          organizationIds: facts.organization_ids,
          adminsOnly: true,
        });
        await this.audit.record(manager, {
          action: expiry ? 'partner_agreement.remind' : 'agreement_commitment.remind',
          entityType: expiry ? 'PartnerAgreement' : 'AgreementCommitment',
          entityId: reminder.record_id,
          organizationId: null,
          after: { targetDate: reminder.target_date, daysBefore: reminder.days_before },
        });
      }
      return claimed.length;
    });
  }
}
