import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SchedulerRegistry } from '@nestjs/schedule';
import { createApp } from '../src/bootstrap';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { JobRunner } from '../src/modules/jobs/job-runner.service';
import { createTestApp, type TestApp } from './support/test-app';
import { sleep } from './helpers';

interface JobRow {
  attempts: number;
  last_error: string | null;
  locked_by: string | null;
  next_run_at: Date;
  last_succeeded_at: Date | null;
}

describe('job runner', () => {
  let t: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const row = async (name: string) =>
    ((await t.db.dataSource.query('SELECT * FROM scheduled_jobs WHERE name = $1', [name])) as JobRow[])[0];

  /** A second API replica on the same database: its own pool on a server, the same connection on PGlite. */
  async function replica(): Promise<{ app: NestFastifyApplication; runner: JobRunner; close: () => Promise<void> }> {
    const own = t.db.driver === 'postgres' ? await openDatabase(t.config) : null;
    const db: DatabaseHandle = own ?? { ...t.db, close: async () => undefined };
    const app = await createApp(t.config, db, createLogger('silent'));
    await app.init();
    return { app, runner: app.get(JobRunner), close: async () => app.close() };
  }

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    t = await createTestApp({ DIGEST_AT: '08:00', ALLIANCE_TIME_ZONE: 'Asia/Shanghai' });
  });
  afterAll(async () => {
    await t.close();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('runs each due run on one replica only, never two at once', async () => {
    const other = await replica();
    let active = 0;
    let most = 0;
    const runs: string[] = [];
    const job = (who: string) => ({
      name: 'test.once-across-replicas',
      schedule: { everyMs: 100 },
      run: async () => {
        most = Math.max(most, ++active);
        runs.push(who);
        await sleep(30);
        active--;
      },
    });
    t.app.get(JobRunner).register(job('first'));
    other.runner.register(job('second'));
    const started = Date.now();
    await sleep(2000);
    await other.close();
    const elapsed = Date.now() - started;

    expect(most).toBe(1);
    // Both replicas tick every 100 ms; claimed once, a run is due again after 80 ms at the earliest.
    expect(runs.length).toBeGreaterThanOrEqual(5);
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsed / 80) + 2);
  });

  it('logs and records a failure, retries later each time, and goes on after a success', async () => {
    const calls: number[] = [];
    t.app.get(JobRunner).register({
      name: 'test.flaky',
      schedule: { everyMs: 50 },
      run: async () => {
        calls.push(Date.now());
        if (calls.length <= 3) throw new Error(`failure ${calls.length}`);
      },
    });
    for (let i = 0; i < 60 && calls.length < 4; i++) await sleep(50);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    // Backoff doubles from the interval: 50, 100, 200 ms between the failed tries.
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(90);
    expect(calls[3] - calls[2]).toBeGreaterThanOrEqual(190);
    await sleep(100);
    expect(await row('test.flaky')).toMatchObject({
      attempts: 0,
      last_error: null,
      last_succeeded_at: expect.any(Date),
    });
  });

  it('keeps the failure on the job until the next success', async () => {
    let fail = true;
    const runner = t.app.get(JobRunner);
    runner.register({
      name: 'test.recorded',
      schedule: { cron: '0 3 * * *', timeZone: 'Asia/Shanghai' },
      run: async () => {
        if (fail) throw new Error('the mail server said no');
      },
    });
    await sleep(200); // the tick at registration finds it not due (03:00)
    expect(await runner.runNow('test.recorded')).toBe(true);
    const failed = await row('test.recorded');
    expect(failed).toMatchObject({ attempts: 1, last_error: 'the mail server said no', locked_by: null });
    // A daily job retries a minute later, not tomorrow.
    expect(failed.next_run_at.getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(failed.next_run_at.getTime() - Date.now()).toBeLessThan(61_000);
    fail = false;
    expect(await runner.runNow('test.recorded')).toBe(true);
    expect(await row('test.recorded')).toMatchObject({ attempts: 0, last_error: null });
  });

  it("sends the digest at the configured hour in the alliance's time zone, and a missed one as soon as the app is up", async () => {
    const digest = await row('notifications.daily-digest');
    // 08:00 in Shanghai is midnight UTC: the next one after now.
    const next = digest.next_run_at;
    expect([next.getUTCHours(), next.getUTCMinutes(), next.getUTCSeconds()]).toEqual([0, 0, 0]);
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);

    // The app was down at 08:00: the row is overdue, and the next start runs it.
    await t.db.dataSource.query(
      `UPDATE scheduled_jobs SET next_run_at = now() - interval '1 hour' WHERE name = 'notifications.daily-digest'`,
    );
    const other = await replica();
    for (let i = 0; i < 40 && (await row('notifications.daily-digest')).next_run_at.getTime() < Date.now(); i++)
      await sleep(50);
    await other.close();
    const after = await row('notifications.daily-digest');
    expect(after.next_run_at.getTime()).toBe(next.getTime());
    expect(after.last_succeeded_at).toEqual(expect.any(Date));
  });

  it('stops cleanly: shutdown aborts a running job, waits for it, releases its claim, leaves it due and leaves no timer', async () => {
    const other = await replica();
    let finished = false;
    other.runner.register({
      name: 'test.long',
      schedule: { everyMs: 60_000 },
      run: (signal) =>
        new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => {
            finished = true;
            resolve();
          }),
        ),
    });
    for (let i = 0; i < 40 && !(await row('test.long'))?.locked_by; i++) await sleep(50);
    expect((await row('test.long')).locked_by).toEqual(expect.any(String));
    const scheduler = other.app.get(SchedulerRegistry);
    const started = Date.now();
    await other.close();
    expect(finished).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    const left = await row('test.long');
    expect(left.locked_by).toBeNull();
    // Cut short, it is due for the next replica now, not an interval later.
    expect(left.next_run_at.getTime()).toBeLessThanOrEqual(Date.now());
    expect([...scheduler.getIntervals(), ...scheduler.getTimeouts(), ...scheduler.getCronJobs().keys()]).toEqual([]);
  });

  it('takes over a claim that a stopped replica left to lapse', async () => {
    let ran = 0;
    const runner = t.app.get(JobRunner);
    runner.register({ name: 'test.orphaned', schedule: { everyMs: 100 }, run: async () => void ran++ });
    for (let i = 0; i < 40 && ran === 0; i++) await sleep(50);
    // Another replica claimed it and died: its lease runs on for a moment, then lapses.
    await t.db.dataSource.query(
      `UPDATE scheduled_jobs SET locked_by = 'gone:1:dead', locked_until = now() + interval '500 milliseconds', next_run_at = now() WHERE name = 'test.orphaned'`,
    );
    await sleep(100);
    const before = ran;
    await sleep(250);
    expect(ran).toBe(before); // still held
    for (let i = 0; i < 40 && ran === before; i++) await sleep(50);
    expect(ran).toBeGreaterThan(before);
    expect((await row('test.orphaned')).locked_by).not.toBe('gone:1:dead');
  });

  it('stops a run whose claim another replica took, rather than run it twice', async () => {
    let aborted = false;
    const runner = t.app.get(JobRunner);
    runner.register({
      name: 'test.usurped',
      schedule: { cron: '0 4 * * *', timeZone: 'Asia/Shanghai' },
      leaseMs: 300, // renewed every 100 ms
      run: (signal) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
    });
    const run = runner.runNow('test.usurped');
    for (let i = 0; i < 40 && !(await row('test.usurped'))?.locked_by; i++) await sleep(25);
    await t.db.dataSource.query(`UPDATE scheduled_jobs SET locked_by = 'other:2:alive' WHERE name = 'test.usurped'`);
    await run;
    expect(aborted).toBe(true);
    expect((await row('test.usurped')).locked_by).toBe('other:2:alive'); // the run that stopped did not release the other's claim
  });

  it('tells when the background work that requests asked for is done', async () => {
    const runner = t.app.get(JobRunner);
    let finished = 0;
    runner.register({
      name: 'test.soon',
      schedule: { cron: '0 5 * * *', timeZone: 'Asia/Shanghai' },
      run: async () => {
        await sleep(100);
        finished++;
      },
    });
    await sleep(100); // the tick at registration finds it not due
    runner.runSoon('test.soon');
    await runner.whenIdle();
    expect(finished).toBe(1);
  });
});
