import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DEMO_PASSWORD } from '../../../../seeds/demo-data';
import { findRepoRoot } from '../../src/common/config/app-config';
import { sleep } from '../helpers';
import { freePort, ThrowawayPostgres } from './throwaway-postgres';

/*
 * The built API as processes of their own, as `npm start` runs it (a crash is a crash, a SIGTERM is a
 * SIGTERM): for the tests of outages, shutdown and replicas, against servers the test starts itself.
 */
export const ROOT = findRepoRoot(__dirname);
const MAIN = path.join(ROOT, 'apps/api/dist/apps/api/src/main.js');

/** Whether the API build is newer than every source file it is built from. */
export function builtFresh(): boolean {
  if (!fs.existsSync(MAIN)) return false;
  const built = fs.statSync(MAIN).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(file) : entry.name.endsWith('.ts') && fs.statSync(file).mtimeMs > built;
    });
  return !['apps/api/src', 'libs/contracts/src', 'migrations', 'seeds'].some((dir) => newer(path.join(ROOT, dir)));
}

/**
 * What the tests' API processes run with unless told otherwise: the demo data (one account per role),
 * the outbox and the expiry jobs polling often, only warnings logged.
 */
const TEST_ENV = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'true',
  OUTBOX_POLL_MS: '200',
  EXPIRY_POLL_MS: '300',
};

/** The built API as its own process, as `npm start` runs it, so that a crash is a crash. */
export class ApiProcess {
  private output = '';
  exit: number | null | undefined;
  readonly child: ChildProcess;
  /** Where it listens (on `env.PORT`). */
  readonly base: string;

  constructor(env: Record<string, string>) {
    this.base = `http://127.0.0.1:${env.PORT}`;
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

  /**
   * The API on `port` (a free one unless given) with the tests' settings under `env`, once it answers
   * its health check.
   */
  static async start(env: Record<string, string>, port?: number): Promise<ApiProcess> {
    const api = new ApiProcess({ ...TEST_ENV, PORT: String(port ?? (await freePort())), ...env });
    try {
      await until(
        'the API answers its health check',
        async () => (await fetch(`${api.base}/api/health`)).ok,
        180_000,
        api,
      );
    } catch (error) {
      await api.stop();
      throw error;
    }
    return api;
  }

  /** Everything the process wrote (its log lines, one JSON object each). */
  log(): string {
    return this.output;
  }

  /** What the process wrote last, for the failure message. */
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

/** Builds the API unless a build newer than every source is there (the tests spawn the built API). */
export function ensureApiBuilt(): void {
  if (builtFresh()) return;
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'apps/api/tsconfig.app.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`api build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Waits until `check` holds (polling every 100 ms), failing after `ms` with `what` and the API's output. */
export async function until(
  what: string,
  check: () => Promise<boolean>,
  ms: number,
  api?: ApiProcess,
): Promise<number> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    // A 200 from a process that is not ours (the API exited, another took its port) is no answer.
    if (api && !api.alive) throw new Error(`the API exited (code ${api.exit}) before ${what}:\n${api.tail()}`);
    if (await check().catch(() => false)) return Date.now();
    await sleep(100);
  }
  throw new Error(`${what} within ${ms} ms; the API wrote:\n${api?.tail()}`);
}

/** A demo account signed in on the API at `base`: an agent that keeps its session cookie. */
export async function signIn(base: string, email = 'operator@example.org'): Promise<TestAgent> {
  const agent = request.agent(base);
  const login = await agent
    .post('/api/auth/login')
    .set('X-Requested-With', 'XMLHttpRequest')
    .send({ email, password: DEMO_PASSWORD });
  if (login.status !== 200) throw new Error(`${email} could not sign in: ${login.status} ${login.text}`);
  return agent;
}

/** The API on a throwaway cluster of its own: the process, the cluster, its files' folder. */
export interface Portal {
  pg: ThrowawayPostgres;
  api: ApiProcess;
  /** The database's URL and the files' folder, for another process on the same data. */
  env: { DATABASE_URL: string; DATA_DIR: string };
  /** Stops the API, the cluster, and removes the files. */
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster with a database `alliance`, and the built API on it (demo data,
 * the tests' settings under `env`), answering its health check. A start that fails stops what it
 * started: give the hook longer than the 180 s the health check is waited for (300 s), or the hook
 * ends first and the process outlives the test.
 */
export async function startPortal(bin: string, env: Record<string, string> = {}): Promise<Portal> {
  ensureApiBuilt();
  const pg = await ThrowawayPostgres.start(bin);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-portal-'));
  const stop = async () => {
    await portal.api?.stop();
    await pg.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const portal = { pg, env: { DATABASE_URL: pg.url('alliance'), DATA_DIR: dataDir }, stop } as Portal;
  try {
    await pg.admin('CREATE DATABASE alliance');
    portal.api = await ApiProcess.start({ ...portal.env, ...env });
    return portal;
  } catch (error) {
    await stop();
    throw error;
  }
}
