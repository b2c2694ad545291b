import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

/** The newest PostgreSQL server binaries installed from Debian's packages, or null. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

/**
 * `describe` where PostgreSQL's server binaries are installed, `describe.skip` elsewhere; a machine
 * that must run these tests (CI: REQUIRE_POSTGRES_SERVER) fails without them instead of skipping.
 */
export function withPostgresServer(): { bin: string; describe: jest.Describe } {
  const bin = postgresBinaries();
  if (!bin && process.env.REQUIRE_POSTGRES_SERVER)
    throw new Error('PostgreSQL server binaries are required (apt-get install postgresql)');
  return { bin: bin ?? '', describe: bin ? describe : describe.skip };
}

/**
 * A free TCP port on 127.0.0.1 for a server that a test starts in another process. It is chosen
 * below the kernel's ephemeral range (32768 and up on Linux): a port from `listen(0)` is free only
 * until the kernel hands it to the next `listen(0)`, such as another jest worker's supertest server,
 * which then answers in place of the process that was meant to bind it.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A PostgreSQL cluster of a test's own, on its own port and socket folder, so that stopping or
 * refusing it touches nothing else on the machine. As root (CI) it runs as the `postgres` user,
 * since initdb refuses root.
 */
export class ThrowawayPostgres {
  readonly dir: string;
  private readonly asRoot = process.getuid?.() === 0;

  private constructor(
    private readonly bin: string,
    readonly port: number,
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-pg-'));
    if (this.asRoot) execFileSync('chown', ['postgres', this.dir]);
  }

  static async start(bin: string): Promise<ThrowawayPostgres> {
    const pg = new ThrowawayPostgres(bin, await freePort());
    pg.run('initdb', ['-D', pg.data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    pg.ctl('start');
    return pg;
  }

  /** A cluster on a copy of a stopped cluster's data folder: a second or two, where initdb and migrations take several. */
  static async startFrom(bin: string, data: string): Promise<ThrowawayPostgres> {
    const pg = new ThrowawayPostgres(bin, await freePort());
    execFileSync('cp', ['-a', '--reflink=auto', data, pg.data]);
    pg.ctl('start');
    return pg;
  }

  get data(): string {
    return path.join(this.dir, 'data');
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Runs SQL as the superuser in the `postgres` database (not the one a test takes away). */
  async admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** `pg_ctl start|stop|restart`; `mode` is the shutdown mode (fast, immediate). */
  ctl(action: 'start' | 'stop' | 'restart', mode: 'fast' | 'immediate' = 'fast'): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const log = path.join(this.dir, 'server.log');
    if (action === 'start') this.run('pg_ctl', ['start', '-D', this.data, '-w', '-o', options, '-l', log]);
    else if (action === 'stop') this.run('pg_ctl', ['stop', '-D', this.data, '-m', mode, '-w']);
    else this.run('pg_ctl', ['restart', '-D', this.data, '-m', mode, '-w', '-o', options, '-l', log]);
  }

  async destroy(): Promise<void> {
    try {
      this.ctl('stop', 'immediate');
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const file = path.join(this.bin, tool);
    if (this.asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  }
}
