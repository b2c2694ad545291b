import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiProcess, ensureApiBuilt, ROOT, signIn } from './support/api-process';
import { freePort, ThrowawayPostgres, withPostgresServer } from './support/throwaway-postgres';

// A machine without PostgreSQL's server packages skips the server's half; CI installs them and insists.
const server = withPostgresServer();

/** An S3-compatible server in the test's process (@20minutes/s3rver ships no types). */
interface S3rver {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rverServer = require('@20minutes/s3rver') as new (options: object) => S3rver;

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5b50000000049454e44ae426082',
  'hex',
);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run backup` / `npm run restore` as a user runs them: a process of its own, with the portal's variables. */
function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<ScriptRun> {
  const base = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'DATA_DIR',
    'S3_ENDPOINT',
    'S3_BUCKET',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
  ])
    delete base[key];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'scripts', `${name}.mjs`), ...args],
      { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const manifest = (folder: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
    database: { kind: string; sha256: string };
    tables: Record<string, { rows: number; checksum: string }>;
    sequences: Record<string, string>;
    files: Record<string, { sha256: string; bytes: number }>;
  };
/** What a round trip must keep: every table, sequence and file. */
const contents = (folder: string) => {
  const { tables, sequences, files } = manifest(folder);
  return { tables, sequences, files };
};

/** The API as its own process on `env`, answering its health check: no demo data and no outbox unless asked. */
async function startApi(env: Record<string, string>): Promise<{ api: ApiProcess; base: string }> {
  const api = await ApiProcess.start({ OUTBOX_POLL_MS: '0', SEED_DEMO: 'false', ...env });
  return { api, base: api.base };
}

interface Written {
  postId: string;
  files: { id: string; content: Buffer }[];
}

/** The operator uploads a picture and a PDF and writes a post with both: the records a backup must keep. */
async function writeRecords(base: string): Promise<Written> {
  const operator = await signIn(base);
  const pdf = Buffer.from(`%PDF-1.4\n% ${randomBytes(24).toString('hex')}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  const files = [];
  for (const [content, name] of [
    [PNG, 'site plan.png'],
    [pdf, '园区 brochure.pdf'],
  ] as const) {
    const res = await operator
      .post('/api/attachments')
      .set('X-Requested-With', 'XMLHttpRequest')
      .attach('file', content, { filename: name, contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    files.push({ id: res.body.id as string, content });
  }
  const post = await operator
    .post('/api/posts')
    .set('X-Requested-With', 'XMLHttpRequest')
    .send({
      kind: 'news',
      visibility: 'members',
      titleEn: 'Written before the backup',
      bodyEn: 'It must come back.',
      attachmentIds: files.map((f) => f.id),
    });
  expect(post.status).toBe(201);
  return { postId: post.body.id as string, files };
}

/** A demo user signs in on the restored portal, reads the post and downloads its files, byte for byte. */
async function expectServes(base: string, written: Written): Promise<void> {
  const operator = await signIn(base);
  const post = await operator.get(`/api/posts/${written.postId}`);
  expect(post.status).toBe(200);
  expect(post.body.titleEn).toBe('Written before the backup');
  for (const file of written.files) {
    const res = await operator
      .get(`/api/attachments/${file.id}`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(sha256(res.body as Buffer)).toBe(sha256(file.content));
  }
}

/** The manifest names every uploaded file with its SHA-256, and holds the post and the attachments' rows. */
function expectRecorded(folder: string, written: Written): void {
  const m = manifest(folder);
  expect(Object.values(m.files).map((f) => f.sha256)).toEqual(
    expect.arrayContaining(written.files.map((f) => sha256(f.content))),
  );
  expect(m.tables['public.attachments'].rows).toBeGreaterThanOrEqual(2);
  expect(m.tables['public.users'].rows).toBeGreaterThan(5);
  expect(m.tables['public.posts'].rows).toBeGreaterThan(1);
}

/** A copy of a backup with one change made by `damage`. */
function damagedCopy(folder: string, damage: (copy: string) => void): string {
  const copy = `${folder}-damaged-${randomBytes(3).toString('hex')}`;
  fs.cpSync(folder, copy, { recursive: true });
  damage(copy);
  return copy;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

server.describe('npm run backup and npm run restore on a PostgreSQL server (a throwaway cluster)', () => {
  let pg: ThrowawayPostgres;
  let source: ApiProcess;
  let written: Written;
  const sourceDir = path.join(work, 'server-source');
  const backup = path.join(work, 'server-backup');

  beforeAll(async () => {
    ensureApiBuilt();
    pg = await ThrowawayPostgres.start(server.bin);
    await pg.admin('CREATE DATABASE alliance');
    const started = await startApi({ DATABASE_URL: pg.url('alliance'), DATA_DIR: sourceDir, SEED_DEMO: 'true' });
    source = started.api;
    written = await writeRecords(started.base);
  }, 300_000);

  afterAll(async () => {
    await source?.stop();
    await pg?.destroy();
  });

  it('backs up while the portal serves, restores into a new database and files folder identically, and the portal serves from it', async () => {
    const made = await script('backup', ['--dir', backup], { DATABASE_URL: pg.url('alliance'), DATA_DIR: sourceDir });
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(manifest(backup).database.kind).toBe('server');
    expectRecorded(backup, written);

    const restoredDir = path.join(work, 'server-restored');
    const restored = await script('restore', [backup], { DATABASE_URL: pg.url('restored'), DATA_DIR: restoredDir });
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toContain('identical to its manifest');

    // The round trip by the tools themselves: a backup of the restored copy has the same manifest.
    const again = path.join(work, 'server-backup-of-restored');
    expect(
      await script('backup', ['--dir', again], { DATABASE_URL: pg.url('restored'), DATA_DIR: restoredDir }),
    ).toMatchObject({
      code: 0,
    });
    expect(contents(again)).toEqual(contents(backup));

    const { api, base } = await startApi({ DATABASE_URL: pg.url('restored'), DATA_DIR: restoredDir });
    try {
      await expectServes(base, written);
    } finally {
      await api.stop();
    }
  }, 300_000);

  it('backs up the files of an S3 bucket and restores them into another bucket, where the portal serves them', async () => {
    const storeDir = path.join(work, 's3rver');
    const s3 = new S3rverServer({
      address: '127.0.0.1',
      port: await freePort(),
      silent: true,
      directory: storeDir,
      configureBuckets: [{ name: 'attachments' }, { name: 'restored' }],
    });
    const { port } = await s3.run();
    const bucket = (name: string) => ({
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: name,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    try {
      await pg.admin('CREATE DATABASE alliance_s3');
      const source = {
        DATABASE_URL: pg.url('alliance_s3'),
        DATA_DIR: path.join(work, 's3-source'),
        ...bucket('attachments'),
      };
      const portal = await startApi({ ...source, SEED_DEMO: 'true' });
      let inS3: Written;
      try {
        inS3 = await writeRecords(portal.base);
      } finally {
        await portal.api.stop();
      }
      const folder = path.join(work, 's3-backup');
      expect(await script('backup', ['--dir', folder], source)).toMatchObject({ code: 0, stderr: '' });
      expectRecorded(folder, inS3);

      const target = {
        DATABASE_URL: pg.url('restored_s3'),
        DATA_DIR: path.join(work, 's3-restored'),
        ...bucket('restored'),
      };
      expect(await script('restore', [folder], target)).toMatchObject({ code: 0, stderr: '' });
      const again = path.join(work, 's3-backup-of-restored');
      expect(await script('backup', ['--dir', again], target)).toMatchObject({ code: 0 });
      expect(contents(again)).toEqual(contents(folder));
      // The bucket now holds files: a second restore into it is refused.
      const over = await script('restore', [folder], { ...target, DATABASE_URL: pg.url('restored_s3_again') });
      expect(over.code).toBe(1);
      expect(over.stderr).toContain('bucket restored is not empty');

      const restored = await startApi(target);
      try {
        await expectServes(restored.base, inS3);
      } finally {
        await restored.api.stop();
      }
    } finally {
      await s3.close();
    }
  }, 300_000);

  it('refuses a database that holds data unless --force, a damaged backup, and a restore that differs from its manifest', async () => {
    const env = { DATABASE_URL: pg.url('alliance'), DATA_DIR: path.join(work, 'server-refusals') };
    const overLive = await script('restore', [backup], env);
    expect(overLive.code).toBe(1);
    expect(overLive.stderr).toContain('is not empty');

    const damaged = damagedCopy(backup, (copy) => {
      const key = Object.keys(manifest(copy).files)[0];
      fs.appendFileSync(path.join(copy, 'files', ...key.split('/')), 'x');
    });
    const fromDamaged = await script('restore', [damaged], { ...env, DATABASE_URL: pg.url('from_damaged') });
    expect(fromDamaged.code).toBe(1);
    expect(fromDamaged.stderr).toContain('is damaged');

    // A manifest that does not match what the dump holds: the restore runs, then its check fails loudly.
    const differing = damagedCopy(backup, (copy) => {
      const m = manifest(copy);
      m.tables['public.posts'].rows += 1;
      fs.writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify(m));
    });
    const fromDiffering = await script('restore', [differing], {
      DATABASE_URL: pg.url('from_differing'),
      DATA_DIR: path.join(work, 'server-differing'),
    });
    expect(fromDiffering.code).toBe(1);
    expect(fromDiffering.stderr).toMatch(
      /differs from the backup \(1 differences\):\n {2}table public\.posts: \d+ rows/,
    );

    // --force replaces what the database holds, and the result is again identical.
    const forced = await script('restore', [backup, '--force'], {
      DATABASE_URL: pg.url('from_differing'),
      DATA_DIR: path.join(work, 'server-differing'),
    });
    expect(forced).toMatchObject({ code: 0, stderr: '' });
  }, 300_000);
});

describe('npm run backup and npm run restore on the embedded database (PGlite)', () => {
  const sourceDir = path.join(work, 'embedded-source');
  const backup = path.join(work, 'embedded-backup');
  let written: Written;

  beforeAll(() => ensureApiBuilt());

  it('refuses while the portal runs; once it is stopped backs up, restores into a new DATA_DIR identically, and the portal serves from it', async () => {
    // As `npm start` on a fresh clone: the embedded database, seeded with the demo data, files on disk.
    const { api, base } = await startApi({ DATA_DIR: sourceDir, SEED_DEMO: 'true' });
    try {
      written = await writeRecords(base);
      const whileRunning = await script('backup', ['--dir', backup], { DATA_DIR: sourceDir });
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.stderr).toContain('stop it first');
      expect(fs.existsSync(backup)).toBe(false);
    } finally {
      expect(await api.stop()).not.toMatchObject({ code: 1 });
    }

    const made = await script('backup', ['--dir', backup], { DATA_DIR: sourceDir });
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(manifest(backup).database.kind).toBe('embedded');
    expectRecorded(backup, written);

    const restoredDir = path.join(work, 'embedded-restored');
    const restored = await script('restore', [backup], { DATA_DIR: restoredDir });
    expect(restored).toMatchObject({ code: 0, stderr: '' });

    const again = path.join(work, 'embedded-backup-of-restored');
    expect(await script('backup', ['--dir', again], { DATA_DIR: restoredDir })).toMatchObject({ code: 0 });
    expect(contents(again)).toEqual(contents(backup));

    const overRestored = await script('restore', [backup], { DATA_DIR: restoredDir });
    expect(overRestored.code).toBe(1);
    expect(overRestored.stderr).toContain('already holds a database');

    const restoredApi = await startApi({ DATA_DIR: restoredDir });
    try {
      await expectServes(restoredApi.base, written);
    } finally {
      await restoredApi.api.stop();
    }
  }, 600_000);
});
