import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { ApiProcess, signIn, startPortal, until, type Portal } from './support/api-process';
import { withPostgresServer } from './support/throwaway-postgres';
import { sleep } from './helpers';

const server = withPostgresServer();

/** A year the alliance has finished. */
const YEAR = new Date().getUTCFullYear() - 1;

interface ReportRow {
  status: string;
  step: string;
  progress: number;
  attempts: number;
  claimed_by: string | null;
  storage_key: string | null;
}

/**
 * An annual report being written when the API gets SIGTERM: the job runner stops it between two of
 * its steps and puts it back in the queue, keeping no file, and the process exits 0; the next API
 * process on the same database takes it from the queue and writes it. The processes are the built
 * API, on a throwaway PostgreSQL cluster of the test's own.
 */
server.describe('an annual report being written at SIGTERM (a throwaway PostgreSQL cluster of its own)', () => {
  let portal: Portal;
  let next: ApiProcess | undefined;
  let db: Client;

  const reportRow = async (id: string) =>
    (
      await db.query<ReportRow>(
        'SELECT status, step, progress, attempts, claimed_by, storage_key FROM annual_reports WHERE id = $1',
        [id],
      )
    ).rows[0];
  const storedFiles = () => {
    const root = path.join(portal.env.DATA_DIR, 'files', 'annual-reports');
    return fs.existsSync(root)
      ? fs.readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.pdf'))
      : [];
  };

  beforeAll(async () => {
    // Info: the shutdown's steps are read from the log.
    portal = await startPortal(server.bin, { LOG_LEVEL: 'info' });
    db = new Client({ connectionString: portal.env.DATABASE_URL });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    await next?.stop();
    await db?.end();
    await portal?.stop();
  });

  it('goes back to the queue with no file kept, and the next API process on the same database writes it', async () => {
    const secretariat = await signIn(portal.api.base, 'secretariat@example.org');
    // Another session holds the agreements' table, as a slow query or a long transaction would: the
    // report waits in the middle of its steps, where the shutdown finds it.
    const blocker = new Client({ connectionString: portal.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE partner_agreements IN ACCESS EXCLUSIVE MODE');
    let id: string;
    let running: ReportRow;
    try {
      const asked = await secretariat
        .post('/api/annual-reports')
        .set('X-Requested-With', 'XMLHttpRequest')
        .send({ year: YEAR, language: 'en' });
      expect(asked.status).toBe(202);
      id = asked.body.id as string;
      await until(
        'the report is being written, waiting for the agreements',
        async () => {
          running = await reportRow(id);
          const { rows } = await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
              WHERE c.relname = 'partner_agreements' AND NOT l.granted`,
          );
          // Past its claim (progress 0) into its steps: the agreements' jobs also wait for the table.
          return running.status === 'running' && running.progress > 0 && rows[0].n > 0;
        },
        30_000,
        portal.api,
      );
      expect(running!).toMatchObject({ status: 'running', attempts: 1, storage_key: null });
      expect(running!.progress).toBeGreaterThan(0);

      const stopped = portal.api.stop();
      // The job runner aborts its jobs once the requests in flight are answered (the HTTP server stops
      // listening, waits half a second for what its connections sent, then closes): the agreements are
      // freed after that. (The log is written through a buffer, flushed at exit: it cannot tell when.)
      await until(
        'the API stops taking connections',
        () =>
          fetch(`${portal.api.base}/api/health`).then(
            () => false,
            () => true,
          ),
        10_000,
      );
      await sleep(2000);
      await blocker.query('ROLLBACK');
      expect(await stopped).toEqual({ code: 0, signal: null });
    } finally {
      await blocker.end();
    }

    const messages = portal.api
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['job runner stopped', 'stopped: database closed']));
    expect(messages).not.toContain('jobs still running at shutdown; their claims lapse by themselves');
    expect(portal.api.errors()).toEqual([]);
    expect(await reportRow(id!)).toEqual({
      status: 'queued',
      step: 'queued',
      progress: 0,
      attempts: 1,
      claimed_by: null,
      storage_key: null,
    });
    expect(storedFiles()).toEqual([]);

    // The next process on the same database and files takes it from the queue at once and writes it
    // (its job was left due: not 30 s later, when the runners look for queued reports anyway).
    next = await ApiProcess.start(portal.env);
    const up = Date.now();
    await until(
      'the next API process writes the report',
      async () => (await reportRow(id!)).status === 'done',
      15_000,
      next,
    );
    process.stdout.write(
      `annual report put back in the queue at SIGTERM (step ${running!.step}, ${running!.progress}%); the next process wrote it ${Date.now() - up} ms after it answered\n`,
    );
    const done = await reportRow(id!);
    expect(done).toMatchObject({ status: 'done', progress: 100, attempts: 2, claimed_by: null });
    expect(storedFiles()).toEqual([path.join(String(YEAR), `${id!}-2.pdf`)]);
    const pdf = fs.readFileSync(path.join(portal.env.DATA_DIR, 'files', 'annual-reports', String(storedFiles()[0])));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = await (await signIn(next.base, 'secretariat@example.org')).get(`/api/annual-reports/${id!}/file`);
    expect({
      status: file.status,
      type: file.headers['content-type'],
      size: Number(file.headers['content-length']),
    }).toEqual({
      status: 200,
      type: 'application/pdf',
      size: pdf.length,
    });
    expect(next.errors()).toEqual([]);
  }, 240_000);
});
