import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { RequestContext } from '../../common/context/request-context';
import { secondsUntilWindowFrees, tooManyRequests } from '../../common/errors/app-error';
import { isDatabaseUnavailable } from '../../common/errors/database-errors';
import { LOGGER } from '../../common/logging/logger';
import { JobRunner } from '../jobs/job-runner.service';
import { MailService, OUTBOX_JOB } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { User } from '../users/entities/user.entity';
import { AuthQueries } from './auth.queries';
import { AuthService } from './auth.service';
import { PasswordResetRequest } from './entities/password-reset-request.entity';
import { tokenDigest } from './tokens';

export const PASSWORD_RESETS_JOB = 'auth.password-resets';
const WINDOW_MS = 3600_000;

/**
 * "Forgot password": the request only queues the address, the same statements whether or not an
 * account has it, so its timing tells nothing; a job then sends the link to an active account
 * and forgets the address. The job runs at once, and every half minute for what a stopped
 * replica left. Limits per IP (429) and per address (answered alike, nothing more sent) stop
 * the form from being used to flood someone's mailbox.
 */
@Injectable()
export class PasswordResetsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AuthQueries,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: PASSWORD_RESETS_JOB,
      schedule: { everyMs: 30_000 },
      run: (signal) => this.sendQueued(signal),
    });
  }

  async request(rawEmail: string, ip: string | undefined): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const emailDigest = tokenDigest(this.config.sessionSecret, `password-reset:${email}`);
    const recent = await this.queries.recentResetRequests(ip ?? null, emailDigest, WINDOW_MS);
    if (ip && recent.by_ip >= this.config.passwordResetsPerIpPerHour) {
      const retryAfter = secondsUntilWindowFrees(recent.oldest_by_ip, WINDOW_MS);
      throw tooManyRequests(`Too many password reset requests; try again in ${retryAfter} seconds`, retryAfter);
    }
    // Past the per-address limit the answer is the same, but nothing more is sent.
    const queued = recent.by_address < this.config.passwordResetsPerAddressPerHour;
    await this.dataSource.getRepository(PasswordResetRequest).insert({
      email: queued ? email : null,
      emailDigest,
      ip: ip ?? null,
      requestId: RequestContext.requestId() ?? null,
      processedAt: queued ? null : new Date(),
    });
    if (queued) this.jobs.runSoon(PASSWORD_RESETS_JOB);
  }

  /**
   * Sends a link for each queued address that belongs to an active account, one request per
   * transaction (one that fails is logged and set aside, not retried for ever), then forgets
   * requests older than the limits' hour.
   */
  async sendQueued(signal?: AbortSignal): Promise<number> {
    let sent = 0;
    const repo = this.dataSource.getRepository(PasswordResetRequest);
    for (;;) {
      signal?.throwIfAborted();
      const next = await this.queries.nextQueuedReset();
      if (!next) break;
      try {
        if (await this.sendOne(next.id)) sent++;
      } catch (err) {
        if (isDatabaseUnavailable(err)) throw err;
        this.logger.error(
          { err, requestId: next.requestId },
          'a password reset request could not be handled; set aside',
        );
        await repo.update({ id: next.id }, { email: null, processedAt: new Date() });
      }
    }
    await this.queries.forgetHandledResets(WINDOW_MS);
    if (sent > 0) this.jobs.runSoon(OUTBOX_JOB);
    return sent;
  }

  private sendOne(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(PasswordResetRequest, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request?.email || request.processedAt) return false;
      const user = await manager.findOne(User, { where: { email: request.email }, relations: { organization: true } });
      const active = user !== null && user.status === 'active' && user.organization?.status === 'active';
      if (active) {
        await RequestContext.run(
          { requestId: request.requestId ?? `job:${PASSWORD_RESETS_JOB}`, sqlStatements: 0 },
          async () => {
            const link = await this.auth.issueToken(manager, user.id, 'password_reset');
            await this.mail.enqueue(
              manager,
              user.email,
              'password_reset',
              mailTemplates.passwordReset(user.locale, { name: user.displayName, link }),
            );
            await this.audit.record(manager, {
              action: 'auth.password_reset_requested',
              entityType: 'User',
              entityId: user.id,
              organizationId: user.organizationId,
            });
          },
        );
      }
      await manager.update(PasswordResetRequest, { id }, { email: null, processedAt: new Date() });
      return active;
    });
  }
}
