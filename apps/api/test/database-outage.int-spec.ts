import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DEMO_PASSWORD } from '../../../seeds/demo-seed';
import { findRepoRoot } from '../src/common/config/app-config';
import { freePort, postgresBinaries, ThrowawayPostgres } from './support/throwaway-postgres';
import { sleep } from './helpers';

const ROOT = findRepoRoot(__dirname);
const MAIN = path.join(ROOT, 'apps/api/dist/apps/api/src/main.js');
const BIN = postgresBinaries();

// A machine without PostgreSQL's server packages skips this; CI installs them and insists (REQUIRE_POSTGRES_SERVER).
if (!BIN && process.env.REQUIRE_POSTGRES_SERVER)
  throw new Error('PostgreSQL server binaries are required (apt-get install postgresql)');
const describeWithServer = BIN ? describe : describe.skip;

/** Whether the API build is newer than every source file it is built from. */
function builtFresh(): boolean {
  if (!fs.existsSync(MAIN)) return false;
  const built = fs.statSync(MAIN).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : entry.name.endsWith('.ts') && fs.statSync(file).mtimeMs > built;
    });
  return !['apps/api/src', 'libs/contracts/src', 'migrations', 'seeds'].some((dir) => newer(path.join(ROOT, dir)));
}

/** The built API as its own process, as `npm start` runs it, so that a crash is a crash. */
class ApiProcess {
  private output = '';
  exit: number | null | undefined;
  readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.on('exit', (code) => (this.exit = code));
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  /** What the process wrote, for the failure message. */
  tail(): string {
    return this.output.slice(-4000);
  }

  /** The errors it logged (pino level 50 and up) other than the outage itself, for the failure message. */
  errors(): string[] {
    return this.output
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line) && !line.includes('"msg":"database unreachable: answered 503"'))
      .map((line) => line.slice(0, 1500));
  }

  /** SIGTERM, as a process manager stops it; resolves with how it ended. */
  stop(): Promise<{ code: number | null; signal: string | null }> {
    if (!this.alive) return Promise.resolve({ code: this.exit ?? null, signal: null });
    return new Promise((resolve) => {
      this.child.once('exit', (code, signal) => resolve({ code, signal }));
      this.child.kill('SIGTERM');
    });
  }
}

describeWithServer('a database outage (a throwaway PostgreSQL cluster of its own)', () => {
  let pg: ThrowawayPostgres;
  let api: ApiProcess;
  let base: string;
  let operator: TestAgent;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-outage-'));

  const until = async (what: string, check: () => Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      // A 200 from a process that is not ours (the API exited, another took its port) is no answer.
      if (api && !api.alive) throw new Error(`the API exited (code ${api.exit}) before ${what}:\n${api.tail()}`);
      if (await check().catch(() => false)) return Date.now();
      await sleep(100);
    }
    throw new Error(`${what} within ${ms} ms; the API wrote:\n${api?.tail()}`);
  };
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
    // The built API, as npm start runs it: built here unless a build newer than every source is there.
    if (!builtFresh()) {
      const build = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'apps/api/tsconfig.app.json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`api build failed:\n${build.stdout}\n${build.stderr}`);
    }

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
      // The pollers that crashed the process when the database went away: run them often.
      OUTBOX_POLL_MS: '200',
      EXPIRY_POLL_MS: '300',
    });
    await until('the API answers its health check', async () => (await health()).status === 200, 90_000);
    operator = request.agent(base);
    const login = await operator
      .post('/api/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ email: 'operator@example.org', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await pg?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

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
