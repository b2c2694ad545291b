import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { ApiProcess, signIn, startPortal, until as waitUntil, type Portal } from './support/api-process';
import { ThrowawayPostgres, withPostgresServer } from './support/throwaway-postgres';
import { sleep } from './helpers';

const server = withPostgresServer();

server.describe('a database outage (a throwaway PostgreSQL cluster of its own)', () => {
  let portal: Portal;
  let pg: ThrowawayPostgres;
  let api: ApiProcess;
  let base: string;
  let operator: TestAgent;

  const until = (what: string, check: () => Promise<boolean>, ms: number) => waitUntil(what, check, ms, api);
  const health = () => request(base).get('/api/health');
  const createPost = (title: string) =>
    operator
      .post('/api/posts')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ kind: 'news', visibility: 'members', titleEn: title, bodyEn: 'Written around an outage.' });
  const postTitles = async () =>
    ((await operator.get('/api/posts?status=draft&limit=100')).body as { items: { titleEn: string }[] }).items.map(
      (p) => p.titleEn,
    );

  beforeAll(async () => {
    // The built API, as npm start runs it, with the pollers that crashed the process when the
    // database went away running often (the tests' settings).
    portal = await startPortal(server.bin);
    ({ pg, api } = portal);
    base = api.base;
    operator = await signIn(base);
  }, 300_000);

  afterAll(async () => portal?.stop());

  it('survives the database refusing connections, answers 503 meanwhile, recovers by itself and loses no acknowledged write', async () => {
    expect((await createPost('Before the outage')).status).toBe(201);

    // Writes keep coming while the database goes away: each one is either acknowledged or refused.
    const acknowledged: string[] = [];
    const refused: (number | string)[] = [];
    const writer = (async () => {
      for (let i = 0; i < 30; i++) {
        const res = await createPost(`During the outage ${i}`).catch((err: Error) => err.message);
        if (typeof res !== 'string' && res.status === 201) acknowledged.push(`During the outage ${i}`);
        else refused.push(typeof res === 'string' ? res : res.status);
        await sleep(50);
      }
    })();
    await sleep(300);
    await pg.admin(`ALTER DATABASE alliance WITH ALLOW_CONNECTIONS false`);
    try {
      await pg.admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'alliance'`);
      await writer;
      // No traffic for a while: the pollers meet the outage on their own.
      await sleep(3000);
      expect({ alive: api.alive, output: api.alive ? '' : api.tail() }).toEqual({ alive: true, output: '' });
      expect({ refused: [...new Set(refused)], errors: api.errors() }).toEqual({ refused: [503], errors: [] });

      const down = [
        await health(),
        await request(base).get('/api/parks'),
        await createPost('Refused'),
        await operator.get('/api/auth/me'),
      ];
      expect(down.map((r) => r.status)).toEqual([503, 503, 503, 503]);
      for (const res of down) {
        expect(res.body).toMatchObject({
          statusCode: 503,
          error: 'SERVICE_UNAVAILABLE',
          requestId: res.headers['x-request-id'],
        });
      }
      expect(down[1].headers['retry-after']).toBe('5');
    } finally {
      // The database comes back whatever the outcome, so that the next test starts from a working one.
      await pg.admin(`ALTER DATABASE alliance WITH ALLOW_CONNECTIONS true`);
    }
    const back = Date.now();
    const recovered = await until(
      'the API serves again',
      async () => (await request(base).get('/api/parks')).status === 200,
      5000,
    );
    expect(recovered - back).toBeLessThan(5000);
    // The session survived; every acknowledged write is there; the refused one is not.
    expect((await operator.get('/api/auth/me')).status).toBe(200);
    const titles = await postTitles();
    expect(titles).toEqual(expect.arrayContaining(['Before the outage', ...acknowledged]));
    expect(titles).not.toContain('Refused');
    expect((await createPost('After the outage')).status).toBe(201);
    expect(api.alive).toBe(true);
  }, 60_000);

  it('rides out a server restart (fast and immediate shutdown) the same way', async () => {
    for (const mode of ['fast', 'immediate'] as const) {
      pg.ctl('stop', mode);
      await sleep(1000);
      expect((await request(base).get('/api/parks')).status).toBe(503);
      expect((await createPost(`While stopped (${mode})`)).status).toBe(503);
      pg.ctl('start');
      await until(
        `the API serves again after a ${mode} restart`,
        async () => (await createPost(`After the ${mode} restart`)).status === 201,
        5000,
      );
      expect(api.alive).toBe(true);
    }
    const titles = await postTitles();
    expect(titles).toEqual(expect.arrayContaining(['After the fast restart', 'After the immediate restart']));
    expect(titles).not.toContain('While stopped (fast)');
  }, 60_000);

  it('stops cleanly on SIGTERM after all that', async () => {
    // Nest closes the app (jobs, HTTP, database), then ends by the signal it was sent.
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(await api.stop());
    expect(api.tail()).not.toMatch(/unhandled|uncaught|"level":60/i);
  }, 20_000);
});
