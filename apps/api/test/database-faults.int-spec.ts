import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { ORG } from '../../../seeds/demo-data';
import { DEMO_SERVICE } from '../../../seeds/demo-agreement-services';
import { completeRequest } from './financing-support';
import { ApiProcess, signIn, startPortal, until as waitUntil, type Portal } from './support/api-process';
import { ThrowawayPostgres, withPostgresServer } from './support/throwaway-postgres';
import { sleep } from './helpers';

const server = withPostgresServer();

const WRITERS = 8;
/** Longer than this, an answer is a hang, not a refusal (the API gives up connecting after 5 s). */
const HANG_MS = 6000;
/** Published projects made before the load: an organization has one open expression per project. */
const PROJECTS = 3000;

/** The five creates that accept an Idempotency-Key, by their tables; the writers take them in turn. */
const KINDS = [
  'posts',
  'financing_requests',
  'expressions_of_interest',
  'service_requests',
  'membership_applications',
] as const;
type Kind = (typeof KINDS)[number];
type Mode = 'fast' | 'immediate';
/** What names a created record in its answer and its table: the id, or a membership application's reference. */
const REF: Record<Kind, 'id' | 'reference'> = {
  posts: 'id',
  financing_requests: 'id',
  expressions_of_interest: 'id',
  service_requests: 'id',
  membership_applications: 'reference',
};

/** A logical write: one key, sent until acknowledged. */
interface Write {
  kind: Kind;
  key: string;
  attempts: number;
  /** An expression's project (one of its own). */
  projectId?: string;
  /** The acknowledged record's id (a membership application's reference). */
  ref?: string;
}
/** One attempt's answer: a status, or the network error's message; how long it took; the server's state then. */
interface Attempt {
  status: number | string;
  ms: number;
  during: 'up' | 'outage';
}
/** One shutdown mode's figures, for the closing note. */
interface Figures {
  mode: Mode;
  acknowledged: number;
  found: number;
  duplicates: number;
  retried: number;
  refusedDuringOutage: number;
  slowestRefusalMs: number;
  recoveryMs: number;
  byKind: string;
}

/**
 * The PostgreSQL server restarted under a write load of 8 connections, with a fast shutdown
 * (sessions ended politely) and with an immediate one (a crash: recovery from the WAL on start).
 * The writers take the five creates that accept an Idempotency-Key in turn (posts, financing
 * requests, expressions of interest, service requests, membership applications), each write with a
 * fresh key, sent again with it on 503 or a network error until acknowledged. Afterwards every
 * acknowledged write is in the database, no key made two rows, the outage answered 503 promptly,
 * and the API served again within 5 s of the server's return without a restart of its own.
 */
server.describe('database faults under write load (a throwaway PostgreSQL cluster of its own)', () => {
  let portal: Portal;
  let pg: ThrowawayPostgres;
  let api: ApiProcess;
  let base: string;
  let projects: string[] = [];
  const figures: Figures[] = [];

  const until = (what: string, check: () => Promise<boolean>, ms: number) => waitUntil(what, check, ms, api);

  /** A writer's sessions: the operator's (posts, financing and service requests) and the banker's (expressions). */
  interface Sessions {
    operator: TestAgent;
    banker: TestAgent;
  }

  function create(sessions: Sessions, write: Write) {
    const send = (agent: TestAgent | ReturnType<typeof request>, url: string, body: object) =>
      agent
        .post(url)
        .set('X-Requested-With', 'XMLHttpRequest')
        .set('Idempotency-Key', write.key)
        .timeout(HANG_MS * 2)
        .send(body);
    const title = `Under load ${write.key}`;
    switch (write.kind) {
      case 'posts':
        return send(sessions.operator, '/api/posts', {
          kind: 'news',
          visibility: 'members',
          titleEn: title,
          bodyEn: 'Written under load.',
        });
      case 'financing_requests':
        return send(sessions.operator, '/api/financing-requests', completeRequest({ titleEn: title }));
      case 'expressions_of_interest':
        return send(sessions.banker, `/api/cooperation/projects/${write.projectId}/expressions`, {
          message: `${title}: our clients look for a second base.`,
        });
      case 'service_requests':
        return send(sessions.operator, `/api/agreement-services/${DEMO_SERVICE.legalConsultation}/requests`, {
          needEn: `${title}: a dispute with a supplier.`,
        });
      case 'membership_applications':
        // Anonymous, from the public form: one pending application per address, so an address per write.
        return send(request(base), '/api/membership-applications', {
          nameEn: `Park under load ${write.key}`,
          type: 'park_operator',
          country: 'LA',
          contactName: 'Zhou Lin',
          contactEmail: `${write.key}@example.org`,
          acceptTerms: true,
        });
    }
  }

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
    // Eight writers as two users and a visitor from one address write far faster than people: the
    // write limits (tested in rate-limits.int-spec.ts, membership.int-spec.ts) are set out of the way.
    portal = await startPortal(server.bin, {
      RATE_LIMIT_WRITES_PER_MINUTE_USER: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000000',
      APPLICATIONS_PER_IP_PER_HOUR: '10000',
    });
    ({ pg, api } = portal);
    base = api.base;
    // Published projects of the Sihanoukville operator for the banker's expressions, one each.
    const rows = await sql<{ id: string }>(
      `INSERT INTO cooperation_projects
         (organization_id, kind, status, audience, title_en, summary_en, description_en, sectors, country,
          size_usd, published_at, expires_at, submitted_at)
       SELECT $1, 'seeking_investment', 'open', 'members', 'Investors wanted ' || n, 'Land and workshops ready.',
              'Serviced land and standard workshops.', ARRAY['textiles_garments'], 'KH', 20000000,
              now(), now() + interval '365 days', now()
         FROM generate_series(1, $2) AS n
       RETURNING id`,
      [ORG.ssez, PROJECTS],
    );
    projects = rows.map((r) => r.id);
  }, 300_000);

  afterAll(async () => {
    await portal?.stop();
    if (figures.length) process.stdout.write(`database faults under load of ${WRITERS} writers:\n${report(figures)}\n`);
  });

  it.each(['fast', 'immediate'] as const)(
    'loses no acknowledged write and makes no duplicate through the %s shutdown, answering 503 meanwhile and recovering within 5 s',
    async (mode) => {
      const sessions = await Promise.all(
        Array.from({ length: WRITERS }, async () => ({
          operator: await signIn(base, 'operator@example.org'),
          banker: await signIn(base, 'banker@example.org'),
        })),
      );
      const writes: Write[] = [];
      const attempts: Attempt[] = [];
      let during: Attempt['during'] = 'up';
      let stopping = false;
      let deadline = Date.now() + 60_000;

      // Each writer: the kinds in turn, a fresh key per logical write, the same key again until acknowledged.
      const writer = async (n: number) => {
        for (let i = n; !stopping; i++) {
          const kind = KINDS[i % KINDS.length];
          const write: Write = { kind, key: randomUUID(), attempts: 0 };
          if (kind === 'expressions_of_interest') write.projectId = projects.pop();
          writes.push(write);
          while (write.ref === undefined && Date.now() < deadline) {
            write.attempts++;
            const started = Date.now();
            const state = during;
            const res = await create(sessions[n], write).catch((error: Error) => error.message);
            attempts.push({
              status: typeof res === 'string' ? res : res.status,
              ms: Date.now() - started,
              during: state,
            });
            if (typeof res !== 'string' && res.status === 201)
              write.ref = (res.body as Record<string, string>)[REF[kind]];
            else await sleep(100);
          }
        }
      };
      const load = Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));

      await sleep(1500);
      const before = writes.filter((w) => w.ref).length;
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
      const recoveryMs = served - back;
      expect(recoveryMs).toBeLessThan(5000);
      // Writes are acknowledged again too.
      await until(
        `writes are acknowledged again after a ${mode} restart`,
        async () => writes.filter((w) => w.ref).length > before,
        5000,
      );
      expect(api.alive).toBe(true);
      await sleep(1500);
      stopping = true;
      // Writes still unacknowledged are sent again until they are (the server is up), within 30 s.
      deadline = Date.now() + 30_000;
      await load;

      expect(writes.filter((w) => w.ref === undefined).map((w) => `${w.kind} ${w.key}`)).toEqual([]);
      expect(new Set(writes.map((w) => w.kind))).toEqual(new Set(KINDS));

      // Per kind: every acknowledged write is there, by its id (reference) and key; no key has two rows;
      // no row without its write.
      let found = 0;
      let duplicates = 0;
      const byKind: string[] = [];
      for (const kind of KINDS) {
        const mine = writes.filter((w) => w.kind === kind);
        const rows = await sql<{ ref: string; key: string }>(
          `SELECT ${REF[kind]}::text AS ref, idempotency_key AS key FROM ${kind}
            WHERE ${REF[kind]}::text = ANY($1) AND idempotency_key = ANY($2)`,
          [mine.map((w) => w.ref), mine.map((w) => w.key)],
        );
        expect(rows.map((r) => `${r.ref} ${r.key}`).sort()).toEqual(mine.map((w) => `${w.ref} ${w.key}`).sort());
        const twice = await sql<{ key: string; n: number }>(
          `SELECT idempotency_key AS key, count(*)::int AS n FROM ${kind} WHERE idempotency_key IS NOT NULL
            GROUP BY idempotency_key HAVING count(*) > 1`,
        );
        expect(twice).toEqual([]);
        const [{ n }] = await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${kind} WHERE idempotency_key = ANY($1)`,
          [mine.map((w) => w.key)],
        );
        expect(n).toBe(mine.length);
        found += rows.length;
        duplicates += twice.length;
        byKind.push(`${kind.replace(/_/g, ' ')} ${rows.length}`);
      }

      // The outage answered 503 (never 500, never a dropped connection), each within a few seconds.
      const refusals = attempts.filter((a) => a.status !== 201);
      expect([...new Set(attempts.map((a) => a.status))].sort()).toEqual([201, 503]);
      const refusedDuringOutage = refusals.filter((a) => a.during === 'outage').length;
      expect(refusedDuringOutage).toBeGreaterThan(0);
      const slowestRefusalMs = Math.max(...refusals.map((a) => a.ms));
      expect(slowestRefusalMs).toBeLessThan(HANG_MS);
      expect({ alive: api.alive, errors: api.errors() }).toEqual({ alive: true, errors: [] });

      figures.push({
        mode,
        acknowledged: writes.filter((w) => w.ref !== undefined).length,
        found,
        duplicates,
        retried: writes.filter((w) => w.attempts > 1).length,
        refusedDuringOutage,
        slowestRefusalMs,
        recoveryMs,
        byKind: byKind.join(', '),
      });
    },
    120_000,
  );

  it('stops cleanly on SIGTERM after all that', async () => {
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(await api.stop());
    expect(api.tail()).not.toMatch(/unhandled|uncaught|"level":60/i);
  }, 20_000);
});

/** The figures of each shutdown mode, one line each. */
function report(figures: Figures[]): string {
  return figures
    .map(
      (f) =>
        `  ${f.mode} shutdown: ${f.acknowledged} writes acknowledged, ${f.found} found in the database (${f.byKind}),` +
        ` ${f.duplicates} keys with two rows, ${f.retried} writes sent more than once,` +
        ` ${f.refusedDuringOutage} answered 503 during the outage (slowest refusal ${f.slowestRefusalMs} ms),` +
        ` API serving again ${f.recoveryMs} ms after the server's return`,
    )
    .join('\n');
}
