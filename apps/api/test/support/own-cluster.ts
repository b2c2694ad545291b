import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRepoRoot } from '../../src/common/config/app-config';
import { buildTemplate, copyTemplate, type DatabaseCopy } from './template';
import { postgresBinaries, ThrowawayPostgres } from './throwaway-postgres';

const BIN = postgresBinaries();

// A machine without PostgreSQL's server packages skips the tests on a cluster of their own; CI installs them and insists.
if (!BIN && process.env.REQUIRE_POSTGRES_SERVER)
  throw new Error('PostgreSQL server binaries are required (apt-get install postgresql)');

/** `describe` for tests whose apps run on a cluster of the file's own; skipped where there are no server binaries. */
export const describeOnOwnCluster = BIN ? describe : describe.skip;

const TEMPLATE = 'alliance_template';

/**
 * A test file's own PostgreSQL cluster (its own port, started by the file, never the machine's shared
 * server), holding one migrated, seeded template database that each app of the file copies
 * (CREATE DATABASE … TEMPLATE). It starts with the first app that asks for a database, so a file
 * whose tests are skipped starts nothing.
 */
export class OwnCluster {
  private started?: Promise<ThrowawayPostgres>;

  /** A fresh copy of the template database for one app. */
  async copy(): Promise<DatabaseCopy> {
    const pg = await (this.started ??= OwnCluster.start());
    return copyTemplate(pg.url('postgres'), TEMPLATE);
  }

  async destroy(): Promise<void> {
    const pg = await this.started?.catch(() => undefined);
    await pg?.destroy();
  }

  private static async start(): Promise<ThrowawayPostgres> {
    return ThrowawayPostgres.startFrom(BIN as string, await seededData());
  }
}

const CACHE_PREFIX = 'alliance-pg-seeded-';

/**
 * The data folder of a stopped cluster that holds the migrated, seeded template, built once for the
 * sources it is made from and kept in the temp folder: each file copies it rather than running
 * initdb, the migrations and the seed again (several seconds each time).
 */
async function seededData(): Promise<string> {
  const cache = path.join(os.tmpdir(), `${CACHE_PREFIX}${sourcesHash()}`);
  if (!fs.existsSync(cache)) await buildSeeded(cache);
  const now = new Date();
  fs.utimesSync(cache, now, now); // in use: kept by the pruning of old ones
  return path.join(cache, 'data');
}

async function buildSeeded(cache: string): Promise<void> {
  if (!BIN) throw new Error('PostgreSQL server binaries are required (apt-get install postgresql)');
  const pg = await ThrowawayPostgres.start(BIN);
  try {
    await pg.admin(`CREATE DATABASE ${TEMPLATE}`);
    await buildTemplate(pg.url(TEMPLATE));
    pg.ctl('stop');
    // Moved into place whole, so a cache folder that exists is complete; another file may have got there first.
    if (!fs.existsSync(cache)) fs.renameSync(pg.dir, cache);
  } catch (err) {
    if (!fs.existsSync(cache)) throw err;
  } finally {
    await pg.destroy();
  }
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const other = path.join(os.tmpdir(), name);
    if (name.startsWith(CACHE_PREFIX) && other !== cache && fs.statSync(other).mtimeMs < dayAgo)
      fs.rmSync(other, { recursive: true, force: true });
  }
}

/** A hash of what the seeded cluster is made from (the server, the entities, migrations, seeds and this recipe). */
function sourcesHash(): string {
  const root = findRepoRoot(__dirname);
  const hash = createHash('sha256').update(BIN ?? '');
  const add = (file: string) => hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) add(file);
    }
  };
  for (const dir of ['apps/api/src', 'libs/contracts/src', 'migrations', 'seeds']) walk(path.join(root, dir));
  for (const file of ['package-lock.json', 'apps/api/test/support/template.ts', 'apps/api/test/support/own-cluster.ts'])
    add(path.join(root, file));
  return hash.digest('hex').slice(0, 16);
}

/** The calling test file's own cluster, destroyed after the file's last test. */
export function ownCluster(): OwnCluster {
  const cluster = new OwnCluster();
  afterAll(() => cluster.destroy());
  return cluster;
}
