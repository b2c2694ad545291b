import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { RequestContext } from '../../common/context/request-context';
import { JobRunner } from '../jobs/job-runner.service';
import { MailService, OUTBOX_JOB } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';
import { PasswordResetRequest } from './entities/password-reset-request.entity';

export const PASSWORD_RESETS_JOB = 'auth.password-resets';
const BATCH = 20;

/**
 * "Forgot password": the request only queues the address, the same single insert whether or
 * not an account has it, so its timing tells nothing; a job then sends the link to an active
 * account and forgets the address. The job runs at once, and every half minute for what a
 * stopped replica left.
 */
@Injectable()
export class PasswordResetsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PASSWORD_RESETS_JOB, schedule: { everyMs: 30_000 }, run: (signal) => this.sendQueued(signal) });
  }

  async request(rawEmail: string): Promise<void> {
    await this.dataSource.getRepository(PasswordResetRequest).insert({ email: rawEmail.trim().toLowerCase(), requestId: RequestContext.requestId() ?? null });
    this.jobs.runSoon(PASSWORD_RESETS_JOB);
  }

  /** Sends a link for each queued address that belongs to an active account, in batches, and deletes the queue rows. */
  async sendQueued(signal?: AbortSignal): Promise<number> {
    let sent = 0;
    for (let more = true; more && !signal?.aborted; ) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const queued = await manager
          .getRepository(PasswordResetRequest)
          .createQueryBuilder('r')
          .orderBy('r.requestedAt', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const request of queued) {
          const user = await manager.findOne(User, { where: { email: request.email }, relations: { organization: true } });
          if (user && user.status === 'active' && user.organization?.status === 'active') {
            await RequestContext.run({ requestId: request.requestId ?? '' }, async () => {
              const link = await this.auth.issueToken(manager, user.id, 'password_reset');
              await this.mail.enqueue(manager, user.email, 'password_reset', mailTemplates.passwordReset(user.locale, { name: user.displayName, link }));
              await this.audit.record(manager, { action: 'auth.password_reset_requested', entityType: 'User', entityId: user.id, organizationId: user.organizationId });
            });
            sent++;
          }
        }
        if (queued.length) await manager.delete(PasswordResetRequest, queued.map((r) => r.id));
        return queued.length;
      });
      more = batch === BATCH;
    }
    if (sent > 0) this.jobs.runSoon(OUTBOX_JOB);
    return sent;
  }
}
