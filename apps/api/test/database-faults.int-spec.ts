import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DEMO_PASSWORD } from '../../../seeds/demo-seed';
import { completeRequest } from './financing-support';
import { ApiProcess, ensureApiBuilt, until as waitUntil } from './support/api-process';
import { freePort, postgresBinaries, ThrowawayPostgres } from './support/throwaway-postgres';
import { sleep } from './helpers';

const BIN = postgresBinaries();

// A machine without PostgreSQL's server packages skips this; CI installs them and insists (REQUIRE_POSTGRES_SERVER).
if (!BIN && process.env.REQUIRE_POSTGRES_SERVER)
  throw new Error('PostgreSQL server binaries are required (apt-get install postgresql)');
const describeWithServer = BIN ? describe : describe.skip;

const WRITERS = 8;
/** Longer than this, an answer is a hang, not a refusal (the API gives up connecting after 5 s). */
const HANG_MS = 6000;

type Kind = 'posts' | 'financing_requests';
/** A logical write: one key, sent until acknowledged. */
interface Write {
  kind: Kind;
  key: string;
  attempts: number;
  id?: string;
}
/** One attempt's answer: a status, or the network error's message; how long it took; the server's state then. */
interface Attempt {
  status: number | string;
  ms: number;
  during: 'up' | 'outage';
}

/**
 * The PostgreSQL server restarted under a write load of 8 connections, first with a fast shutdown
 * (sessions ended politely), then with an immediate one (a crash: recovery from the WAL on start).
 * Each writer creates posts or financing requests, each with a fresh Idempotency-Key, and sends it
 * again on 503 or a network error until acknowledged. Afterwards every acknowledged write is in the
 * database, no key made two rows, the outage answered 503 promptly, and the API served again within
 * 5 s of the server's return without a restart of its own.
 */
describeWithServer('database faults under write load (a throwaway PostgreSQL cluster of its own)', () => {
  let pg: ThrowawayPostgres;
  let api: ApiProcess;
  let base: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-faults-'));

  const until = (what: string, check: () => Promise<boolean>, ms: number) => waitUntil(what, check, ms, api);

  async function signIn(): Promise<TestAgent> {
    const agent = request.agent(base);
    const login = await agent
      .post('/api/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ email: 'operator@example.org', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    return agent;
  }

  const create = (agent: TestAgent, write: Write) =>
    agent
      .post(write.kind === 'posts' ? '/api/posts' : '/api/financing-requests')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Idempotency-Key', write.key)
      .timeout(HANG_MS * 2)
      .send(
        write.kind === 'posts'
          ? { kind: 'news', visibility: 'members', titleEn: `Under load ${write.key}`, bodyEn: 'Written under load.' }
          : completeRequest({ titleEn: `Under load ${write.key}` }),
      );

  async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: pg.url('alliance') });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    ensureApiBuilt();
    pg = await ThrowawayPostgres.start(BIN as string);
    await pg.admin('CREATE DATABASE alliance');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = new ApiProcess({
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: pg.url('alliance'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      OUTBOX_POLL_MS: '200',
      EXPIRY_POLL_MS: '300',
      // Eight writers as one user from one address write far faster than people: the write limits
      // (tested in rate-limits.int-spec.ts) are set out of the way.
      RATE_LIMIT_WRITES_PER_MINUTE_USER: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000000',
    });
    await until(
      'the API answers its health check',
      async () => (await request(base).get('/api/health')).status === 200,
      90_000,
    );
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged write and makes no duplicate through fast and immediate restarts, answering 503 meanwhile and recovering within 5 s', async () => {
    const agents = await Promise.all(Array.from({ length: WRITERS }, () => signIn()));
    const writes: Write[] = [];
    const attempts: Attempt[] = [];
    let during: Attempt['during'] = 'up';
    let stopping = false;

    // Each writer: a fresh key per logical write, the same key again until the write is acknowledged.
    const writer = async (n: number) => {
      while (!stopping) {
        const write: Write = { kind: n % 2 ? 'financing_requests' : 'posts', key: randomUUID(), attempts: 0 };
        writes.push(write);
        const giveUp = () => Date.now() > deadline;
        while (write.id === undefined && !giveUp()) {
          write.attempts++;
          const started = Date.now();
          const state = during;
          const res = await create(agents[n], write).catch((error: Error) => error.message);
          const status = typeof res === 'string' ? res : res.status;
          attempts.push({ status, ms: Date.now() - started, during: state });
          if (typeof res !== 'string' && res.status === 201) write.id = (res.body as { id: string }).id;
          else await sleep(100);
        }
      }
    };
    let deadline = Date.now() + 60_000;
    const load = Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));

    const recoveries: Record<string, number> = {};
    for (const mode of ['fast', 'immediate'] as const) {
      await sleep(1500);
      const before = writes.filter((w) => w.id).length;
      expect(before).toBeGreaterThan(0);
      during = 'outage';
      pg.ctl('stop', mode);
      await sleep(2000);
      // A request of its own during the outage: refused at once, in the one error shape.
      const started = Date.now();
      const refused = await request(base).get('/api/parks');
      expect({ status: refused.status, error: refused.body.error }).toEqual({
        status: 503,
        error: 'SERVICE_UNAVAILABLE',
      });
      expect(Date.now() - started).toBeLessThan(HANG_MS);
      pg.ctl('start');
      const back = Date.now();
      during = 'up';
      const served = await until(
        `the API serves again after a ${mode} restart`,
        async () => (await request(base).get('/api/parks')).status === 200,
        5000,
      );
      recoveries[mode] = served - back;
      expect(recoveries[mode]).toBeLessThan(5000);
      // Writes are acknowledged again too.
      await until(
        `writes are acknowledged again after a ${mode} restart`,
        async () => writes.filter((w) => w.id).length > before,
        5000,
      );
      expect(api.alive).toBe(true);
    }
    await sleep(1500);
    stopping = true;
    // Writes still unacknowledged are sent again until they are (the server is up), within 30 s.
    deadline = Date.now() + 30_000;
    await load;

    const acknowledged = writes.filter((w) => w.id !== undefined);
    expect(writes.filter((w) => w.id === undefined).map((w) => w.key)).toEqual([]);

    // Every acknowledged write is there, by id and by key; no key has two rows; no row without its write.
    const found: { kind: Kind; id: string; key: string }[] = [];
    for (const kind of ['posts', 'financing_requests'] as const) {
      const mine = acknowledged.filter((w) => w.kind === kind);
      const rows = await sql<{ id: string; key: string }>(
        `SELECT id, idempotency_key AS key FROM ${kind} WHERE id = ANY($1) AND idempotency_key = ANY($2)`,
        [mine.map((w) => w.id), mine.map((w) => w.key)],
      );
      found.push(...rows.map((r) => ({ kind, ...r })));
      expect(rows.map((r) => `${r.id} ${r.key}`).sort()).toEqual(mine.map((w) => `${w.id} ${w.key}`).sort());
      const twice = await sql(
        `SELECT idempotency_key, count(*)::int AS n FROM ${kind} WHERE idempotency_key IS NOT NULL
          GROUP BY idempotency_key HAVING count(*) > 1`,
      );
      expect(twice).toEqual([]);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${kind} WHERE idempotency_key = ANY($1)`,
        [writes.filter((w) => w.kind === kind).map((w) => w.key)],
      );
      expect(n).toBe(mine.length);
    }

    // The outage answered 503 (never 500, never a dropped connection), each within a few seconds.
    const refusedAnswers = attempts.filter((a) => a.status !== 201);
    const statuses = [...new Set(attempts.map((a) => a.status))].sort();
    expect(statuses).toEqual([201, 503]);
    expect(attempts.filter((a) => a.during === 'outage' && a.status === 503).length).toBeGreaterThan(0);
    const slowest = Math.max(...refusedAnswers.map((a) => a.ms));
    expect(slowest).toBeLessThan(HANG_MS);
    expect({ alive: api.alive, errors: api.errors() }).toEqual({ alive: true, errors: [] });

    const retried = acknowledged.filter((w) => w.attempts > 1).length;
    console.log(
      [
        `recovery after fast restart: ${recoveries.fast} ms`,
        `recovery after immediate restart: ${recoveries.immediate} ms`,
        `writes acknowledged ${acknowledged.length}, found ${found.length}` +
          ` (posts ${found.filter((f) => f.kind === 'posts').length},` +
          ` financing requests ${found.filter((f) => f.kind === 'financing_requests').length})`,
        `requests ${attempts.length}: ${attempts.length - refusedAnswers.length} answered 201,` +
          ` ${refusedAnswers.length} answered 503 (slowest ${slowest} ms); ${retried} writes sent more than once`,
        'keys with more than one row: 0',
      ].join('\n'),
    );
  }, 180_000);

  it('stops cleanly on SIGTERM after all that', async () => {
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(await api.stop());
    expect(api.tail()).not.toMatch(/unhandled|uncaught|"level":60/i);
  }, 20_000);
});
