import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A message a sender holds a claim on, with what it needs to send it. */
export interface ClaimedEmail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  template: string;
  messageId: string;
  attempts: number;
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  template: string;
  message_id: string;
  attempts: number;
  next_attempt_at: Date;
  created_at: Date;
}

/** What an UPDATE … RETURNING gives back: rows and a count on a server, the rows alone on PGlite. */
function returned<T>(result: [T[], number] | T[]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/** The SQL of the outbox. All times are the database's. */
@Injectable()
export class MailQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` messages that are due and unclaimed (or whose claim lapsed) for `sender`
   * until now + `leaseMs`, skipping rows another sender is claiming at this moment, so that of
   * two senders running at once each gets different messages. The first claim fixes the message's
   * Message-ID. Oldest due first.
   */
  async claim(sender: string, limit: number, leaseMs: number, messageIdDomain: string): Promise<ClaimedEmail[]> {
    const rows = returned<ClaimedRow>(
      await this.dataSource.query(
        `UPDATE outbox_emails m
            SET claimed_by = $1, claimed_until = now() + make_interval(secs => $2::float8 / 1000),
                message_id = coalesce(m.message_id, '<' || m.id || '@' || $3 || '>')
          WHERE m.id IN (SELECT id FROM outbox_emails
                          WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                            AND (claimed_until IS NULL OR claimed_until <= now())
                          ORDER BY next_attempt_at, created_at LIMIT $4
                          FOR UPDATE SKIP LOCKED)
          RETURNING m.id, m.to_address, m.subject, m.body_text, m.template, m.message_id, m.attempts,
                    m.next_attempt_at, m.created_at`,
        [sender, leaseMs, messageIdDomain, limit],
      ),
    );
    return rows
      .sort(
        (a, b) =>
          a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || a.created_at.getTime() - b.created_at.getTime(),
      )
      .map((r) => ({
        id: r.id,
        toAddress: r.to_address,
        subject: r.subject,
        bodyText: r.body_text,
        template: r.template,
        messageId: r.message_id,
        attempts: r.attempts,
      }));
  }

  /** Sent: never claimed again; `claimed_by` keeps who sent it. */
  async sent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_emails SET sent_at = now(), last_attempt_at = now(), attempts = attempts + 1, claimed_until = NULL
        WHERE id = $1 AND sent_at IS NULL`,
      [id],
    );
  }

  /**
   * A failed attempt: the error is kept and the message waits `delayMs`; it is given up on (failed
   * at now) when the failure is `permanent` or the message is older than `giveUpHours`.
   * Returns whether it was given up on.
   */
  async failed(id: string, error: string, delayMs: number, permanent: boolean, giveUpHours: number): Promise<boolean> {
    const [row] = returned<{ failed_at: Date | null }>(
      await this.dataSource.query(
        `UPDATE outbox_emails
            SET attempts = attempts + 1, last_error = $2, last_attempt_at = now(), claimed_until = NULL,
                next_attempt_at = now() + make_interval(secs => $3::float8 / 1000),
                failed_at = CASE WHEN $4 OR created_at <= now() - make_interval(hours => $5) THEN now() END
          WHERE id = $1 AND sent_at IS NULL
          RETURNING failed_at`,
        [id, error, delayMs, permanent, giveUpHours],
      ),
    );
    return Boolean(row?.failed_at);
  }

  /** Gives back claims not used (shutdown, or a claim about to lapse mid-pass): due again at once. */
  async release(sender: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_emails SET claimed_until = NULL WHERE id = ANY($1::uuid[]) AND claimed_by = $2 AND sent_at IS NULL`,
      [ids, sender],
    );
  }
}
