import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { LOGGER } from '../../common/logging/logger';
import { JobRunner } from '../jobs/job-runner.service';
import { OutboxEmail } from './entities/outbox-email.entity';
import { type ClaimedEmail, MailQueries } from './mail.queries';
import type { MailContent } from './mail.templates';
import { describeFailure, retryDelayMs, sendFailure } from './outbox-retry';

/** Messages claimed at a time. */
const BATCH = 20;
/** How long a claim holds; a sender that dies leaves its messages to others after this. */
const CLAIM_MS = 5 * 60_000;
/**
 * One attempt ends within about this long (the timeouts below), and a message is only sent while
 * its claim has longer than this left, so no message is sent by two senders at once.
 */
const ATTEMPT_MS = 2 * 60_000;
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, dnsTimeout: 20_000, socketTimeout: 60_000 };

export const OUTBOX_JOB = 'mail.outbox';

/** The domain of MAIL_FROM's address (else of APP_URL) names our Message-IDs. */
function messageIdDomain(config: AppConfig): string {
  const fromDomain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(config.mailFrom)?.[1];
  return fromDomain ?? new URL(config.appUrl).hostname;
}

/**
 * E-mail through an outbox: `enqueue` writes the message in the caller's transaction; a job
 * sends it over SMTP when SMTP_URL is set, or writes it to the log for developers.
 *
 * Replicas share the outbox: a sender claims a batch of due messages (SKIP LOCKED), sends each
 * with its own Message-ID, and marks it sent. A failed attempt puts the message off, twice as long
 * each time (OUTBOX_RETRY_BASE_MS up to OUTBOX_RETRY_MAX_MS); a message refused for good, or not
 * sent within OUTBOX_GIVE_UP_HOURS, is marked failed, kept and logged at error. A sender that dies
 * between sending and marking leaves its claim to lapse: the message is then sent again, with the
 * same Message-ID.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private transport: Transporter | undefined;
  private sending: Promise<void> | undefined;
  /** Who claims messages, as `claimed_by`: this process, and this app within it. */
  private readonly sender = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly domain: string;

  constructor(
    private readonly queries: MailQueries,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.domain = messageIdDomain(config);
  }

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
    if (this.config.smtpUrl) {
      this.transport = nodemailer.createTransport(new SMTPTransport({ ...SMTP_TIMEOUTS, url: this.config.smtpUrl }));
    }
    if (this.config.outboxPollMs > 0) {
      this.jobs.register({
        name: OUTBOX_JOB,
        schedule: { everyMs: this.config.outboxPollMs },
        leaseMs: 2 * 60_000,
        run: (signal) => this.flush(signal),
      });
    }
  }

  /** Sends what is due; one pass at a time; stops between messages when `signal` aborts. */
  flush(signal?: AbortSignal): Promise<void> {
    this.sending ??= this.sendDue(signal).finally(() => (this.sending = undefined));
    return this.sending;
  }

  /** Claims and sends batches until nothing is due, the server is away, or the app stops. */
  private async sendDue(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      const claimedAt = Date.now();
      const batch = await this.queries.claim(this.sender, BATCH, CLAIM_MS, this.domain);
      if (batch.length === 0) return;
      for (const [i, mail] of batch.entries()) {
        const held = batch.slice(i);
        if (signal?.aborted || Date.now() - claimedAt > CLAIM_MS - ATTEMPT_MS) {
          await this.queries.release(
            this.sender,
            held.map((m) => m.id),
          );
          if (signal?.aborted) return;
          break;
        }
        const error = await this.attempt(mail).then(
          () => undefined,
          (err: unknown) => err ?? new Error('unknown failure'),
        );
        // A failure to mark (the database gone) ends the pass; the claim lapses and the message is sent again.
        if (error === undefined) {
          await this.queries.sent(mail.id);
          continue;
        }
        const failure = sendFailure(error);
        if (failure !== 'server') {
          await this.recordFailure(mail, error, failure === 'permanent');
          continue;
        }
        // The server cannot take mail now: what this pass holds waits, the next pass starts over.
        for (const m of held) await this.recordFailure(m, error, false);
        return;
      }
    }
  }

  private async attempt(mail: ClaimedEmail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.bodyText,
        messageId: mail.messageId,
      });
    } else if (this.config.mailDropDir) {
      await mkdir(this.config.mailDropDir, { recursive: true });
      const file = join(this.config.mailDropDir, `${Date.now()}-${mail.id}.json`);
      await writeFile(
        file,
        JSON.stringify({
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
          template: mail.template,
          messageId: mail.messageId,
        }),
      );
    } else {
      this.logger.info(
        { mail: { to: mail.toAddress, subject: mail.subject, body: mail.bodyText, messageId: mail.messageId } },
        'e-mail (SMTP_URL not set: logged, not sent)',
      );
    }
  }

  private async recordFailure(mail: ClaimedEmail, err: unknown, permanent: boolean): Promise<void> {
    const error = describeFailure(err);
    const delayMs = retryDelayMs(mail.attempts + 1, this.config.outboxRetryBaseMs, this.config.outboxRetryMaxMs);
    const gaveUp = await this.queries.failed(mail.id, error, delayMs, permanent, this.config.outboxGiveUpHours);
    const fields = { mailId: mail.id, messageId: mail.messageId, template: mail.template, attempts: mail.attempts + 1 };
    if (gaveUp) {
      this.logger.error(
        { ...fields, error },
        permanent
          ? 'e-mail refused for good by the SMTP server: marked failed, kept in the outbox'
          : `e-mail still not sent after ${this.config.outboxGiveUpHours} hours: marked failed, kept in the outbox`,
      );
    } else {
      this.logger.warn({ ...fields, error, retryInMs: delayMs }, 'e-mail not sent; will retry');
    }
  }
}
