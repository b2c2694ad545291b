import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './throwaway-postgres';

/** A message the server accepted (answered 250), as the recipient's mail program reads it. */
export interface Delivery {
  messageId: string;
  /** The envelope's recipients (RCPT TO). */
  rcpt: string[];
  from: string;
  subject: string;
  text: string;
  /** The charset of the text, from its Content-Type. */
  charset: string;
}

/**
 * A real SMTP server (smtp-server) in the test's process, on a port of its own that stays the same
 * when the server is stopped and started again, as an app's SMTP_URL does. It parses each message
 * with mailparser and keeps it. STARTTLS is off: the certificate smtp-server bundles has expired, and
 * nodemailer would otherwise upgrade to it and fail.
 */
export class TestSmtp {
  readonly deliveries: Delivery[] = [];
  /** The most messages with one Message-ID the server was receiving at the same moment. */
  mostAtOnce = 0;
  /** A recipient the server refuses, with the reply code (e.g. 550 for good, 450 for now). */
  refuse: (address: string) => number | undefined = () => undefined;
  /** Runs after a message is read, before the server answers 250 (a test holds or breaks things there). */
  beforeAccept: (delivery: Delivery) => Promise<void> = async () => undefined;
  /** How long the server takes over each message, so that senders running at once overlap. */
  holdMs = 0;
  private server: SMTPServer | undefined;
  private readonly receiving = new Map<string, number>();

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp(await freePort());
    await smtp.listen();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Deliveries of the given Message-IDs, in order of arrival. */
  of(messageIds: Iterable<string>): Delivery[] {
    const wanted = new Set(messageIds);
    return this.deliveries.filter((d) => wanted.has(d.messageId));
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const code = this.refuse(address.address);
        if (code) return callback(Object.assign(new Error(`mailbox unavailable (${code})`), { responseCode: code }));
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            const delivery: Delivery = {
              messageId: mail.messageId ?? '',
              rcpt: session.envelope.rcptTo.map((r) => r.address),
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              charset:
                (mail.headers.get('content-type') as { params?: { charset?: string } } | undefined)?.params?.charset ??
                '',
            };
            const now = (this.receiving.get(delivery.messageId) ?? 0) + 1;
            this.receiving.set(delivery.messageId, now);
            this.mostAtOnce = Math.max(this.mostAtOnce, now);
            try {
              if (this.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, this.holdMs));
              await this.beforeAccept(delivery);
            } finally {
              this.receiving.set(delivery.messageId, (this.receiving.get(delivery.messageId) ?? 1) - 1);
            }
            this.deliveries.push(delivery);
          })
          .then(
            () => callback(),
            (err: Error) => callback(err),
          );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Stops listening: senders then get ECONNREFUSED, as from a mail server that is down. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
