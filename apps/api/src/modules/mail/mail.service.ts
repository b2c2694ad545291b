import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { LOGGER } from '../../common/logging/logger';
import { OutboxEmail } from './entities/outbox-email.entity';
import type { MailContent } from './mail.templates';

const MAX_ATTEMPTS = 5;

/**
 * E-mail through an outbox: `enqueue` writes the message in the caller's transaction; a poller
 * sends it over SMTP when SMTP_URL is set, or writes it to the log for developers.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private transport: Transporter | undefined;
  private sending: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async enqueue(manager: EntityManager, to: string, template: string, content: MailContent): Promise<void> {
    await manager.insert(OutboxEmail, { toAddress: to, template, subject: content.subject, bodyText: content.text });
  }

  onModuleInit(): void {
    if (this.config.smtpUrl) this.transport = nodemailer.createTransport(this.config.smtpUrl);
    if (this.config.outboxPollMs > 0) {
      this.timer = setInterval(() => void this.flush(), this.config.outboxPollMs);
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sending;
  }

  /** Sends what is waiting; one pass at a time. */
  flush(): Promise<void> {
    this.sending ??= this.sendPending().finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async sendPending(): Promise<void> {
    const pending = await this.dataSource
      .getRepository(OutboxEmail)
      .createQueryBuilder('m')
      .where('m.sentAt IS NULL')
      .andWhere('m.attempts < :max', { max: MAX_ATTEMPTS })
      .orderBy('m.createdAt', 'ASC')
      .limit(20)
      .getMany();
    for (const mail of pending) {
      try {
        if (this.transport) {
          await this.transport.sendMail({ from: this.config.mailFrom, to: mail.toAddress, subject: mail.subject, text: mail.bodyText });
        } else if (this.config.mailDropDir) {
          await mkdir(this.config.mailDropDir, { recursive: true });
          const file = join(this.config.mailDropDir, `${Date.now()}-${mail.id}.json`);
          await writeFile(file, JSON.stringify({ to: mail.toAddress, subject: mail.subject, text: mail.bodyText, template: mail.template }));
        } else {
          this.logger.info({ mail: { to: mail.toAddress, subject: mail.subject, body: mail.bodyText } }, 'e-mail (SMTP_URL not set: logged, not sent)');
        }
        await this.dataSource.getRepository(OutboxEmail).update(mail.id, { sentAt: new Date(), attempts: mail.attempts + 1 });
      } catch (err) {
        this.logger.warn({ err, mailId: mail.id }, 'e-mail sending failed; will retry');
        await this.dataSource
          .getRepository(OutboxEmail)
          .update(mail.id, { attempts: mail.attempts + 1, lastError: String(err).slice(0, 2000) });
      }
    }
  }
}
