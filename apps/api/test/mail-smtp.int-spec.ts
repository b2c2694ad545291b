import { createApp } from '../src/bootstrap';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { MailService } from '../src/modules/mail/mail.service';
import { sleep } from './helpers';
import { describeOnOwnCluster, ownCluster } from './support/own-cluster';
import { createTestApp, type TestApp } from './support/test-app';
import { TestSmtp } from './support/test-smtp';

interface OutboxRow {
  id: string;
  to_address: string;
  message_id: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
  attempts: number;
  last_error: string | null;
  claimed_by: string | null;
  /** Milliseconds from the database's now to the next attempt. */
  wait_ms: number;
  /** Milliseconds from the last attempt to the next. */
  delay_ms: number | null;
}

/** Retries in this test wait a second, then two, then three at most (the defaults are 30 s, doubling up to an hour). */
const RETRY = { OUTBOX_RETRY_BASE_MS: '1000', OUTBOX_RETRY_MAX_MS: '3000' };

/** Each message delivered exactly once: the number of Message-IDs delivered more than once. */
function duplicates(messageIds: string[]): number {
  const seen = new Map<string, number>();
  for (const id of messageIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  return [...seen.values()].filter((n) => n > 1).length;
}

const cluster = ownCluster();

describeOnOwnCluster('e-mail through a real SMTP server, over a PostgreSQL cluster of the test’s own', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  const figures: string[] = [];

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await createTestApp({ SMTP_URL: smtp.url, ...RETRY }, cluster);
  });
  afterEach(async () => {
    smtp.refuse = () => undefined;
    smtp.beforeAccept = async () => undefined;
    smtp.holdMs = 0;
    await smtp.stop();
    await smtp.listen();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    if (figures.length > 0) process.stdout.write(`mail over SMTP: ${figures.join('; ')}\n`);
  });

  const mail = () => t.app.get(MailService);

  /** Writes one message to each address, as a change's transaction does; returns their rows' ids. */
  async function enqueue(addresses: string[]): Promise<string[]> {
    await t.db.dataSource.transaction((manager) =>
      mail().enqueueAll(
        manager,
        addresses.map((to, i) => ({
          to,
          template: 'test',
          content: { subject: `Message ${i + 1}`, text: `Body of message ${i + 1} to ${to}` },
        })),
      ),
    );
    const rows = (await t.db.dataSource.query(`SELECT id FROM outbox_emails WHERE to_address = ANY($1)`, [
      addresses,
    ])) as { id: string }[];
    expect(rows).toHaveLength(addresses.length);
    return rows.map((r) => r.id);
  }

  async function rows(ids: string[]): Promise<OutboxRow[]> {
    return (await t.db.dataSource.query(
      `SELECT id, to_address, message_id, sent_at, failed_at, attempts, last_error, claimed_by,
              (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS wait_ms,
              (extract(epoch FROM next_attempt_at - last_attempt_at) * 1000)::int AS delay_ms
         FROM outbox_emails WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`,
      [ids],
    )) as OutboxRow[];
  }

  const addresses = (tag: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${tag}-${String(i).padStart(3, '0')}@example.org`);

  /** A second API replica on the same database, with its own pool and its own mail sender. */
  async function replica(): Promise<{ mail: MailService; db: DatabaseHandle; close: () => Promise<void> }> {
    const db = await openDatabase(t.config);
    const app = await createApp(t.config, db, createLogger('silent'));
    await app.init();
    return { mail: app.get(MailService), db, close: () => app.close() };
  }

  it('delivers a password reset to a Chinese-speaking user in Chinese, with the outbox’s Message-ID, and its link works', async () => {
    const anon = t.anonymous();
    expect((await anon.post('/api/auth/password/forgot', { email: 'partner@example.org' })).status).toBe(202);
    await t.linkFor('partner@example.org'); // the reset job has written the message
    const [queued] = await t.outbox('partner@example.org');
    expect(queued).toMatchObject({ template: 'password_reset', sentAt: null, messageId: null });

    await mail().flush();

    const [row] = await rows([queued.id]);
    expect(row).toMatchObject({ message_id: `<${queued.id}@alliance.example.org>`, attempts: 1, failed_at: null });
    expect(row.sent_at).toEqual(expect.any(Date));
    const delivered = smtp.of([row.message_id as string]);
    expect(delivered).toHaveLength(1);
    const [message] = delivered;
    expect(message.rcpt).toEqual(['partner@example.org']);
    expect(message.from).toContain('no-reply@alliance.example.org');
    expect(message.subject).toBe('重置联盟门户密码');
    expect(message.charset.toLowerCase()).toBe('utf-8');
    expect(message.text).toContain('Lawyers Association Liaison，您好：');
    expect(message.text).toContain('请在 1 小时内打开以下链接重置密码');
    // The link as the recipient reads it sets the password.
    const token = new URL(/https?:\/\/\S+/.exec(message.text)?.[0] as string).searchParams.get('token');
    const reset = await anon.post('/api/auth/password/reset', { token, password: 'delivered-by-smtp-2026' });
    expect(reset.status).toBe(204);
    await t.signIn('partner@example.org', 'delivered-by-smtp-2026');

    // Sent is sent: another pass sends nothing again.
    await mail().flush();
    expect(smtp.of([row.message_id as string])).toHaveLength(1);
  });

  it('gives up at once on a recipient the server refuses for good (550), keeping the message, and retries one it defers (450) until it is taken', async () => {
    const [refused, deferred, fine] = await enqueue([
      'refused@example.org',
      'deferred@example.org',
      'fine@example.org',
    ]);
    let deferrals = 0;
    smtp.refuse = (address) => {
      if (address === 'refused@example.org') return 550;
      if (address === 'deferred@example.org' && deferrals++ < 2) return 450;
      return undefined;
    };

    await mail().flush();
    let [r, d, f] = await rows([refused, deferred, fine]);
    expect(r).toMatchObject({ attempts: 1, sent_at: null });
    expect(r.failed_at).toEqual(expect.any(Date));
    expect(r.last_error).toMatch(/^EENVELOPE: .*550/);
    // A deferral is the message's alone: it waits, and the pass went on to the next message.
    expect(d).toMatchObject({ sent_at: null, failed_at: null, delay_ms: 1000 * d.attempts });
    expect(d.last_error).toMatch(/^EENVELOPE: .*450/);
    expect(f.sent_at).toEqual(expect.any(Date));

    for (let i = 0; i < 100 && !d.sent_at; i++) {
      await sleep(100);
      await mail().flush();
      [r, d, f] = await rows([refused, deferred, fine]);
    }
    // Deferred twice, taken at the third attempt.
    expect(d).toMatchObject({ attempts: 3, failed_at: null });
    expect(d.sent_at).toEqual(expect.any(Date));
    // The refused message is kept, failed, and never tried again.
    expect(r).toMatchObject({ attempts: 1, sent_at: null });
    expect(smtp.of([r.message_id, d.message_id, f.message_id] as string[]).map((m) => m.rcpt[0])).toEqual([
      'fine@example.org',
      'deferred@example.org',
    ]);
  });

  it('keeps every message while the server is down, trying again later and later, and delivers each exactly once when it is back', async () => {
    const ids = await enqueue(addresses('outage', 20)); // one claim's batch
    await smtp.stop();

    await mail().flush();
    let held = await rows(ids);
    // One pass found the server down: every message is kept, with the error, and waits the first delay.
    for (const row of held) {
      expect(row).toMatchObject({ sent_at: null, failed_at: null, attempts: 1, delay_ms: 1000 });
      expect(row.last_error).toMatch(/^ESOCKET: .*ECONNREFUSED/);
      expect(row.wait_ms).toBeGreaterThan(0);
    }
    // Before then, a pass leaves them alone.
    await mail().flush();
    expect((await rows(ids)).map((row) => row.attempts)).toEqual(ids.map(() => 1));

    // Due again, they fail again and wait twice as long, then the longest wait (3 s).
    let passes = 1;
    for (const [attempts, delay] of [
      [2, 2000],
      [3, 3000],
    ]) {
      await sleep(Math.max(...held.map((row) => row.wait_ms)) + 20);
      await mail().flush();
      passes++;
      held = await rows(ids);
      for (const row of held) expect(row).toMatchObject({ sent_at: null, failed_at: null, attempts, delay_ms: delay });
    }
    expect(smtp.of(held.map((row) => row.message_id as string))).toEqual([]);

    await smtp.listen();
    for (let i = 0; i < 100 && held.some((row) => !row.sent_at); i++) {
      await sleep(100);
      await mail().flush();
      held = await rows(ids);
    }
    for (const row of held) {
      expect(row.sent_at).toEqual(expect.any(Date));
      expect(row.attempts).toBe(4);
    }
    const delivered = smtp.of(held.map((row) => row.message_id as string));
    expect(delivered.map((m) => m.rcpt[0]).sort()).toEqual(addresses('outage', 20));
    expect(duplicates(delivered.map((m) => m.messageId))).toBe(0);
    figures.push(
      `server down: ${ids.length} messages kept through ${passes} failed passes, then ${delivered.length} deliveries, ${duplicates(delivered.map((m) => m.messageId))} duplicates`,
    );
  });

  it('marks failed, and keeps, a message the server has not taken within OUTBOX_GIVE_UP_HOURS', async () => {
    const [old, recent] = await enqueue(['old@example.org', 'recent@example.org']);
    await t.db.dataSource.query(`UPDATE outbox_emails SET created_at = now() - interval '73 hours' WHERE id = $1`, [
      old,
    ]);
    await smtp.stop();
    await mail().flush();
    const [o, r] = await rows([old, recent]);
    expect(o.failed_at).toEqual(expect.any(Date));
    expect(o).toMatchObject({ sent_at: null, attempts: 1 });
    expect(o.last_error).toMatch(/ECONNREFUSED/);
    expect(r).toMatchObject({ failed_at: null, sent_at: null, attempts: 1 });
  });

  it('two replicas flushing at once deliver every message exactly once, never one message twice at the same time', async () => {
    const ids = await enqueue(addresses('replicas', 80));
    const other = await replica();
    smtp.holdMs = 5; // each message takes the server a moment, so that the two senders overlap
    try {
      const mine = mail();
      await Promise.all([mine.flush(), other.mail.flush(), mine.flush(), other.mail.flush()]);
      await Promise.all([mine.flush(), other.mail.flush()]);
    } finally {
      await other.close();
    }
    const sent = await rows(ids);
    for (const row of sent) expect(row.sent_at).toEqual(expect.any(Date));
    const delivered = smtp.of(sent.map((row) => row.message_id as string));
    expect(delivered.map((m) => m.rcpt[0]).sort()).toEqual(addresses('replicas', 80));
    expect(duplicates(delivered.map((m) => m.messageId))).toBe(0);
    expect(smtp.mostAtOnce).toBe(1);
    // Both sent some: they ran at the same time, each with messages of its own.
    const bySender = new Map<string, number>();
    for (const row of sent) bySender.set(row.claimed_by as string, (bySender.get(row.claimed_by as string) ?? 0) + 1);
    expect(bySender.size).toBe(2);
    figures.push(
      `two replicas at once: ${ids.length} messages, ${delivered.length} deliveries (${[...bySender.values()].join(' + ')}), ${duplicates(delivered.map((m) => m.messageId))} duplicates, at most ${smtp.mostAtOnce} copy of a message in flight`,
    );
  });

  it('a replica that dies between sending and marking leaves its claim to lapse; the message is then sent again, with the same Message-ID', async () => {
    const [id] = await enqueue(['crash@example.org']);
    const other = await replica();
    let crashed = false;
    smtp.beforeAccept = async (delivery) => {
      // The server has the message; before its 250 reaches the sender, the sender loses its database for good.
      if (delivery.rcpt[0] === 'crash@example.org' && !crashed) {
        crashed = true;
        await other.db.close();
      }
    };
    try {
      await expect(other.mail.flush()).rejects.toThrow();
    } finally {
      await other.close();
    }
    const [claimed] = (await t.db.dataSource.query(
      `SELECT message_id, sent_at, claimed_by, claimed_until > now() AS held FROM outbox_emails WHERE id = $1`,
      [id],
    )) as { message_id: string; sent_at: Date | null; claimed_by: string; held: boolean }[];
    expect(claimed).toMatchObject({ sent_at: null, held: true });
    expect(smtp.of([claimed.message_id])).toHaveLength(1);

    // While the dead sender's claim holds, no one else sends the message.
    await mail().flush();
    expect(smtp.of([claimed.message_id])).toHaveLength(1);

    // Its claim lapses (five minutes; moved on here): the next pass sends it again, as the same message.
    await t.db.dataSource.query(`UPDATE outbox_emails SET claimed_until = now() WHERE id = $1`, [id]);
    await mail().flush();
    const [row] = await rows([id]);
    expect(row.sent_at).toEqual(expect.any(Date));
    expect(row.claimed_by).not.toBe(claimed.claimed_by);
    const delivered = smtp.of([claimed.message_id]);
    expect(delivered.map((m) => [m.messageId, m.rcpt[0]])).toEqual([
      [`<${id}@alliance.example.org>`, 'crash@example.org'],
      [`<${id}@alliance.example.org>`, 'crash@example.org'],
    ]);
    figures.push(`crash between sending and marking: 1 message, ${delivered.length} deliveries, one Message-ID`);
  });
});
