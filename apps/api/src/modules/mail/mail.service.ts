import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { LOGGER } from '../../common/logging/logger';
import { JobRunner } from '../jobs/job-runner.service';
import { OutboxEmail } from './entities/outbox-email.entity';
import { MailQueries } from './mail.queries';
import type { MailContent } from './mail.templates';

const MAX_ATTEMPTS = 5;
/** Messages sent per pass. */
const BATCH = 20;

export const OUTBOX_JOB = 'mail.outbox';

/**
 * E-mail through an outbox: `enqueue` writes the message in the caller's transaction; a job
 * sends it over SMTP when SMTP_URL is set, or writes it to the log for developers.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private transport: Transporter | undefined;
  private sending: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: MailQueries,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async enqueue(manager: EntityManager, to: string, template: string, content: MailContent): Promise<void> {
    await this.enqueueAll(manager, [{ to, template, content }]);
  }

  /** Several messages in one statement (a step told to every user of an institution). */
  async enqueueAll(
    manager: EntityManager,
    messages: { to: string; template: string; content: MailContent }[],
  ): Promise<void> {
    if (messages.length === 0) return;
    await manager.insert(
      OutboxEmail,
      messages.map(({ to, template, content }) => ({
        toAddress: to,
        template,
        subject: content.subject,
        bodyText: content.text,
      })),
    );
  }

  onModuleInit(): void {
    if (this.config.smtpUrl) this.transport = nodemailer.createTransport(this.config.smtpUrl);
    if (this.config.outboxPollMs > 0) {
      this.jobs.register({
        name: OUTBOX_JOB,
        schedule: { everyMs: this.config.outboxPollMs },
        leaseMs: 2 * 60_000,
        run: (signal) => this.flush(signal),
      });
    }
  }

  /** Sends what is waiting; one pass at a time; stops between messages when `signal` aborts. */
  flush(signal?: AbortSignal): Promise<void> {
    this.sending ??= this.sendPending(signal).finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async sendPending(signal: AbortSignal | undefined): Promise<void> {
    const pending = await this.queries.pending(MAX_ATTEMPTS, BATCH);
    for (const mail of pending) {
      if (signal?.aborted) return;
      try {
        if (this.transport) {
          await this.transport.sendMail({
            from: this.config.mailFrom,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.bodyText,
          });
        } else if (this.config.mailDropDir) {
          await mkdir(this.config.mailDropDir, { recursive: true });
          const file = join(this.config.mailDropDir, `${Date.now()}-${mail.id}.json`);
          await writeFile(
            file,
            JSON.stringify({ to: mail.toAddress, subject: mail.subject, text: mail.bodyText, template: mail.template }),
          );
        } else {
          this.logger.info(
            { mail: { to: mail.toAddress, subject: mail.subject, body: mail.bodyText } },
            'e-mail (SMTP_URL not set: logged, not sent)',
          );
        }
        await this.dataSource
          .getRepository(OutboxEmail)
          .update(mail.id, { sentAt: new Date(), attempts: mail.attempts + 1 });
      } catch (err) {
        this.logger.warn({ err, mailId: mail.id }, 'e-mail sending failed; will retry');
        await this.dataSource
          .getRepository(OutboxEmail)
          .update(mail.id, { attempts: mail.attempts + 1, lastError: String(err).slice(0, 2000) });
      }
    }
  }
}
