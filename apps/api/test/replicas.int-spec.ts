import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../../seeds/demo-seed';
import { ApiProcess, ensureApiBuilt } from './support/api-process';
import { freePort, ThrowawayPostgres, withPostgresServer } from './support/throwaway-postgres';
import { sleep } from './helpers';

const server = withPostgresServer();

const WRITES_PER_USER = 10;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request on a connection of its own (no keep-alive): a refused connection is a request no replica accepted. */
function call(
  port: number,
  method: string,
  url: string,
  options: { cookie?: string; json?: unknown; body?: Buffer; contentType?: string; agent?: http.Agent } = {},
): Promise<Answer> {
  const body = options.json !== undefined ? Buffer.from(JSON.stringify(options.json)) : options.body;
  const headers: http.OutgoingHttpHeaders = { 'X-Requested-With': 'XMLHttpRequest' };
  if (options.cookie) headers.Cookie = options.cookie;
  if (body) {
    headers['Content-Type'] = options.json !== undefined ? 'application/json' : options.contentType;
    headers['Content-Length'] = body.length;
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;

/** A connection that no replica accepted (refused, or reset before any answer): safe to send to another. */
const notAccepted = (err: unknown) =>
  ['ECONNREFUSED', 'ECONNRESET'].includes((err as NodeJS.ErrnoException).code ?? '') ||
  (err as Error).message === 'socket hang up';

interface JobRun {
  job: string;
  replica: string;
  started: string;
  ended: string;
}

/** The runs of jobs the processes logged (the job runner writes one line per run, at debug level). */
const jobRuns = (processes: ApiProcess[]): JobRun[] =>
  processes
    .flatMap((api) => api.log().split('\n'))
    .filter((line) => line.includes('"msg":"job ran"'))
    .map((line) => JSON.parse(line) as JobRun);

/** Runs by job, each job's in the order they started. */
function byName(runs: JobRun[]): Map<string, JobRun[]> {
  const byJob = new Map<string, JobRun[]>();
  for (const run of runs) byJob.set(run.job, [...(byJob.get(run.job) ?? []), run]);
  for (const list of byJob.values()) list.sort((a, b) => a.started.localeCompare(b.started));
  return byJob;
}

/** Each run of a job that began before the previous run of the same job had ended. */
function overlapsOf(byJob: Map<string, JobRun[]>): string[] {
  const overlaps: string[] = [];
  for (const [job, list] of byJob)
    for (let i = 1; i < list.length; i++)
      if (new Date(list[i].started) < new Date(list[i - 1].ended))
        overlaps.push(
          `${job}: ${list[i - 1].replica} until ${list[i - 1].ended}, ${list[i].replica} from ${list[i].started}`,
        );
  return overlaps;
}

/** "job: 12 + 9 runs", runs per replica. */
const describeRuns = (byJob: Map<string, JobRun[]>): string[] =>
  [...byJob].map(([job, list]) => {
    const perReplica = new Map<string, number>();
    for (const run of list) perReplica.set(run.replica, (perReplica.get(run.replica) ?? 0) + 1);
    return `${job}: ${[...perReplica.values()].join(' + ')} runs`;
  });

server.describe('two API replicas on one database (a throwaway PostgreSQL cluster of their own)', () => {
  let pg: ThrowawayPostgres;
  let db: Client;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-replicas-'));
  const ports: number[] = [];
  const replicas: (ApiProcess | undefined)[] = [undefined, undefined];
  /** Each process of each replica, in the order they started: the job runner's lines are read from their logs. */
  const processes: ApiProcess[] = [];

  /** Replica `i` on its port, once it answers its health check. */
  async function start(i: number): Promise<void> {
    const api = await ApiProcess.start(
      {
        DATABASE_URL: pg.url('alliance'),
        // The uploads' folder is shared, as a volume both replicas mount would be.
        DATA_DIR: dataDir,
        LOG_LEVEL: 'debug',
        RATE_LIMIT_WRITES_PER_MINUTE_USER: String(WRITES_PER_USER),
        RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '100000',
      },
      ports[i],
    );
    replicas[i] = api;
    processes.push(api);
  }

  async function signIn(port: number, email: string): Promise<string> {
    const res = await call(port, 'POST', '/api/auth/login', { json: { email, password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('ap_session='));
    return (cookie as string).split(';')[0];
  }

  /** Counting is per minute of the database's clock: start a flood with enough of the minute left. */
  async function freshWindow(): Promise<void> {
    const { rows } = await db.query<{ left: string }>(`SELECT 60 - extract(epoch FROM now())::numeric % 60 AS left`);
    if (Number(rows[0].left) < 20) await sleep(Number(rows[0].left) * 1000 + 200);
  }

  beforeAll(async () => {
    ensureApiBuilt();
    pg = await ThrowawayPostgres.start(server.bin);
    await pg.admin('CREATE DATABASE alliance');
    ports.push(await freePort(), await freePort());
    // One after the other: the first migrates and seeds, the second finds it done.
    await start(0);
    await start(1);
    db = new Client({ connectionString: pg.url('alliance') });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await Promise.all(replicas.map((api) => api?.stop()));
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a session opened on one replica on the other, and counts the write limit across both', async () => {
    const cookie = await signIn(ports[0], 'operator@example.org');
    const me = await call(ports[1], 'GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect((json(me).user as { email: string }).email).toBe('operator@example.org');

    await freshWindow();
    const statuses: number[] = [];
    for (let n = 0; n < WRITES_PER_USER + 2; n++) {
      const post = { kind: 'news', visibility: 'members', titleEn: `Round robin ${n}`, bodyEn: 'Across replicas.' };
      statuses.push((await call(ports[n % 2], 'POST', '/api/posts', { cookie, json: post })).status);
    }
    expect(statuses).toEqual([...Array(WRITES_PER_USER).fill(201), 429, 429]);
    // Another user through the same replicas is not affected.
    const other = await signIn(ports[1], 'operator2@example.org');
    const theirs = { kind: 'news', visibility: 'members', titleEn: 'Not throttled', bodyEn: 'Another account.' };
    expect((await call(ports[0], 'POST', '/api/posts', { cookie: other, json: theirs })).status).toBe(201);

    // Signing out on B ends the session on A.
    expect((await call(ports[1], 'POST', '/api/auth/logout', { cookie: other })).status).toBe(204);
    expect((await call(ports[0], 'GET', '/api/auth/me', { cookie: other })).status).toBe(401);
  });

  it('throttles failed sign-ins to one account counted across both replicas', async () => {
    const email = 'insurer@example.org';
    const attempt = (port: number, password: string) =>
      call(port, 'POST', '/api/auth/login', { json: { email, password } });
    // The default limit: 5 failures per account in 15 minutes, sent to A and B in turn.
    const failures: number[] = [];
    for (let n = 0; n < 5; n++) failures.push((await attempt(ports[n % 2], 'not the password')).status);
    expect(failures).toEqual([401, 401, 401, 401, 401]);
    // The sixth try, even with the right password, is refused by either replica.
    for (const port of ports) {
      const refused = await attempt(port, DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('serves a file uploaded through one replica from the other', async () => {
    const cookie = await signIn(ports[1], 'secretariat@example.org');
    const boundary = 'replicas-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="brief.pdf"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await call(ports[0], 'POST', '/api/attachments', {
      cookie,
      body,
      contentType: `multipart/form-data; boundary=${boundary}`,
    });
    expect(uploaded.status).toBe(201);
    const downloaded = await call(ports[1], 'GET', `/api/attachments/${json(uploaded).id as string}`, { cookie });
    expect(downloaded.status).toBe(200);
    expect(downloaded.body.equals(PDF)).toBe(true);
  });

  it('claims each job for one replica at a time: no two runs of a job overlap', async () => {
    // Both replicas have been polling (outbox every 200 ms, the expiry jobs every 300 ms) since they started.
    await sleep(6000);
    const runs = jobRuns(processes);
    const byJob = byName(runs);
    process.stdout.write(`job runs by replica (${runs.length} in all):\n  ${describeRuns(byJob).join('\n  ')}\n`);
    expect(overlapsOf(byJob)).toEqual([]);
    expect(byJob.get('mail.outbox')?.length ?? 0).toBeGreaterThanOrEqual(10);
    // Both replicas took turns at the claims.
    expect(new Set(runs.map((run) => run.replica)).size).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('runs every job once when both replicas find all of them due at the same moment', async () => {
    // Both stopped, every job made due, both started at once: each replica's start looks at every job
    // (the catch-up of a run missed while none was up), so both claim every job at the same moment.
    await Promise.all(replicas.map((api) => api?.stop()));
    await db.query(`UPDATE scheduled_jobs SET next_run_at = now(), locked_by = NULL, locked_until = NULL`);
    const { rows: jobs } = await db.query<{ name: string; schedule: string }>(
      `SELECT name, schedule FROM scheduled_jobs ORDER BY name`,
    );
    const first = processes.length;
    await Promise.all([start(0), start(1)]);
    await sleep(3000);
    // Stopped again, so that each process has written all of its log.
    await Promise.all(replicas.map((api) => api?.stop()));
    const byJob = byName(jobRuns(processes.slice(first)));
    process.stdout.write(
      `every job due on both replicas at once (${jobs.length} jobs), runs by replica:\n  ${describeRuns(byJob).join('\n  ')}\n`,
    );
    // A job due again within these seconds (the outbox, the expiries) may run several times, one run at a
    // time; one due every 30 s or more, or at a time of day (the digest), runs exactly once.
    const interval = (schedule: string) => Number(/^every (\d+) ms$/.exec(schedule)?.[1] ?? Infinity);
    expect(jobs.length).toBeGreaterThanOrEqual(14);
    expect(jobs.filter((job) => !byJob.has(job.name)).map((job) => job.name)).toEqual([]);
    expect(
      jobs
        .filter((job) => interval(job.schedule) >= 30_000 && byJob.get(job.name)?.length !== 1)
        .map((job) => `${job.name}: ${byJob.get(job.name)?.length} runs`),
    ).toEqual([]);
    expect(overlapsOf(byJob)).toEqual([]);
    // Both were in the contest and each won some.
    expect(new Set([...byJob.values()].flat().map((run) => run.replica)).size).toBe(2);
    await Promise.all([start(0), start(1)]);
  }, 300_000);

  it('loses no request in a rolling restart: one replica stopped and started while the other serves, then the other', async () => {
    const cookie = await signIn(ports[0], 'banker@example.org');
    let sent = 0;
    let answered = 0;
    let resent = 0;
    const failures: string[] = [];
    let running = true;
    let next = 0;

    /** The round-robin client: each request to the next replica, and to the other when that one did not take it. */
    async function roundRobin(url: string): Promise<void> {
      sent++;
      const first = next++ % 2;
      for (let attempt = 0; attempt < 6; attempt++) {
        try {
          const res = await call(ports[(first + attempt) % 2], 'GET', url, { cookie });
          if (res.status >= 200 && res.status < 300) answered++;
          else failures.push(`${url}: ${res.status} ${res.body.toString().slice(0, 200)}`);
          return;
        } catch (err) {
          if (!notAccepted(err)) throw err;
          resent++;
        }
      }
      failures.push(`${url}: no replica took it`);
    }
    const loops = Array.from({ length: 4 }, async (_, k) => {
      while (running) await roundRobin(k % 2 === 0 ? '/api/auth/me' : '/api/posts?limit=5');
    });

    const timings: string[] = [];
    for (const i of [0, 1]) {
      await sleep(500);
      const stopped = Date.now();
      const exit = await (replicas[i] as ApiProcess).stop();
      expect(exit).toEqual({ code: 0, signal: null });
      timings.push(`${'AB'[i]} stopped in ${Date.now() - stopped} ms`);
      await sleep(500);
      const started = Date.now();
      await start(i);
      timings.push(`${'AB'[i]} back in ${Date.now() - started} ms`);
    }
    await sleep(500);
    running = false;
    await Promise.all(loops);

    process.stdout.write(
      `rolling restart: ${sent} requests sent, ${answered} answered 2xx, ${resent} connections refused and sent to the other replica; ${timings.join(', ')}\n`,
    );
    expect(failures).toEqual([]);
    expect(answered).toBe(sent);
    expect(sent).toBeGreaterThan(50);
  }, 300_000);

  it('finishes the requests in flight on SIGTERM, stops its jobs, closes the database and exits 0', async () => {
    const cookie = await signIn(ports[1], 'operator2@example.org');
    const api = replicas[1] as ApiProcess;
    // Connections the replica has taken (each answered once), as a browser's or a proxy's kept-alive ones.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 28 });
    await Promise.all(Array.from({ length: 28 }, () => call(ports[1], 'GET', '/api/health', { agent })));
    const reads = Array.from({ length: 24 }, () => call(ports[1], 'GET', '/api/posts?limit=50', { cookie, agent }));
    const writes = Array.from({ length: 4 }, (_, n) =>
      call(ports[1], 'POST', '/api/posts', {
        cookie,
        agent,
        json: { kind: 'news', visibility: 'members', titleEn: `In flight ${n}`, bodyEn: 'Sent before SIGTERM.' },
      }),
    );
    // Stop it as soon as the first answer is back, with the rest still in flight.
    await Promise.race([...reads, ...writes]);
    const signalled = Date.now();
    const exit = await api.stop();
    const shutdownMs = Date.now() - signalled;
    const answers = await Promise.all([...reads, ...writes]);
    agent.destroy();
    process.stdout.write(
      `SIGTERM under load: ${answers.length} requests in flight, statuses ${[...new Set(answers.map((a) => a.status))].join(', ')}; exited in ${shutdownMs} ms\n`,
    );
    expect(answers.map((a) => a.status)).toEqual([...Array(24).fill(200), ...Array(4).fill(201)]);
    expect(exit).toEqual({ code: 0, signal: null });
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM posts WHERE title_en LIKE 'In flight %'`,
    );
    expect(rows[0].n).toBe(4);
    const stopLines = api
      .log()
      .split('\n')
      .filter((line) => /"msg":"(stopping|HTTP server closed|job runner stopped|stopped)/.test(line));
    expect(stopLines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      'stopping: requests in flight finish, jobs stop, then the database closes',
      'HTTP server closed: every request taken was answered',
      'job runner stopped',
      'stopped: database closed',
    ]);
    expect(api.errors()).toEqual([]);
  }, 120_000);
});
