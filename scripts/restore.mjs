// `npm run restore`: a folder written by `npm run backup` back into the portal's database and attachment
// storage, then the restored copy checked against the backup's manifest (every table's row count and
// checksum, every sequence, every file's SHA-256); any difference fails the restore.
//
// Usage: npm run restore -- <backup folder> [--force]
// The target is what the API would use: DATABASE_URL (created when it does not exist) or the embedded
// database in DATA_DIR/pgdata, and DATA_DIR/files or the S3 bucket (S3_*). A backup of a server goes
// back onto a server, one of the embedded database onto the embedded database. A target that holds
// data is refused unless --force: then the server's schemas are dropped, the bucket emptied, and the
// embedded database's and files' folders set aside as pgdata.replaced-<time> and files.replaced-<time>.
// The portal must be stopped while its embedded database is restored.
import { execFile } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import {
  compareManifests,
  databaseManifest,
  libpqConnection,
  listObjects,
  MANIFEST,
  MANIFEST_SETTINGS,
  openPglite,
  pgliteInUse,
  portalStorage,
  postgresTool,
  s3Client,
  sha256File,
  storedFilesManifest,
  toolVersion,
  totals,
  userPath,
} from './lib/backup-manifest.mjs';

const run = promisify(execFile);
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const SYSTEM_SCHEMAS = `nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`;

/** The backup is what its manifest says, before anything is touched. */
async function checkBackup(folder, manifest) {
  const problems = [];
  const dump = join(folder, manifest.database.file);
  if (!existsSync(dump)) problems.push(`${manifest.database.file} is missing`);
  else if ((await sha256File(dump)).sha256 !== manifest.database.sha256)
    problems.push(`${manifest.database.file} does not match its SHA-256 in the manifest`);
  for (const [key, expected] of Object.entries(manifest.files)) {
    const file = join(folder, 'files', ...key.split('/'));
    if (!existsSync(file)) problems.push(`files/${key} is missing`);
    else if ((await sha256File(file)).sha256 !== expected.sha256)
      problems.push(`files/${key} does not match its SHA-256`);
  }
  if (problems.length) throw new Error(`the backup in ${folder} is damaged:\n  ${problems.join('\n  ')}`);
}

/** A client of the target database, which is created when it does not exist yet. */
async function connectCreating(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return client;
  } catch (err) {
    if (err.code !== '3D000') throw err;
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`).finally(() => admin.end());
  const created = new pg.Client({ connectionString: databaseUrl });
  await created.connect();
  return created;
}

async function restoreServer(databaseUrl, file, force) {
  const pgRestore = postgresTool('pg_restore');
  const client = await connectCreating(databaseUrl);
  try {
    const [{ relations }] = (
      await client.query(
        `SELECT count(*)::int AS relations FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${SYSTEM_SCHEMAS}`,
      )
    ).rows;
    if (relations > 0 && !force)
      throw new Error(
        `the database at DATABASE_URL is not empty (${relations} tables, views and sequences): restore into a new ` +
          'database, or add --force to drop what it holds',
      );
    if (relations > 0) {
      // Nothing is dropped before this pg_restore has read the whole dump (a tool older than the dump, a
      // damaged file or a wrong PG_BIN fails here, with the target as it was).
      await run(pgRestore, ['--list', file], { maxBuffer: 64 * 1024 * 1024 }).catch((err) => {
        throw new Error(
          `pg_restore cannot read the dump (${toolVersion(pgRestore)}); nothing was dropped:\n${err.stderr || err.message}`,
        );
      });
      // As a new database: every schema of ours dropped, an empty public schema.
      const schemas = (await client.query(`SELECT nspname FROM pg_namespace WHERE ${SYSTEM_SCHEMAS}`)).rows;
      for (const { nspname } of schemas) await client.query(`DROP SCHEMA "${nspname.replaceAll('"', '""')}" CASCADE`);
      await client.query('CREATE SCHEMA public');
    }
    const { dbname, env } = libpqConnection(databaseUrl);
    await run(
      pgRestore,
      ['--exit-on-error', '--single-transaction', '--no-owner', '--no-acl', '--dbname', dbname, file],
      { env, maxBuffer: 64 * 1024 * 1024 },
    ).catch((err) => {
      throw new Error(`pg_restore failed (${toolVersion(pgRestore)}):\n${err.stderr || err.message}`);
    });
    await client.query(MANIFEST_SETTINGS);
    return await databaseManifest(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

/** Whether the folder `dir` is there and holds anything. */
const occupied = (dir) => existsSync(dir) && readdirSync(dir).length > 0;

/** Loads PGlite's dump into a new folder beside the target; answers its manifest. The caller moves it in place. */
async function restoreEmbedded(pgdata, file) {
  const staging = `${pgdata}.restoring-${stamp}`;
  mkdirSync(staging, { recursive: true });
  const db = await openPglite({ dataDir: staging, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    return { staging, manifest: await databaseManifest(async (sql) => (await db.query(sql)).rows) };
  } finally {
    await db.close();
  }
}

async function restoreFiles(storage, folder, manifest, force) {
  const keys = Object.keys(manifest.files);
  const source = (key) => join(folder, 'files', ...key.split('/'));
  if (storage.s3) {
    const { DeleteObjectsCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
    const client = await s3Client(storage.s3);
    try {
      const present = await listObjects(client, storage.s3.bucket);
      if (present.length && !force) throw bucketNotEmpty(storage.s3.bucket, present.length);
      for (let i = 0; i < present.length; i += 1000)
        await client.send(
          new DeleteObjectsCommand({
            Bucket: storage.s3.bucket,
            Delete: { Objects: present.slice(i, i + 1000).map((Key) => ({ Key })) },
          }),
        );
      for (const key of keys)
        await client.send(
          new PutObjectCommand({
            Bucket: storage.s3.bucket,
            Key: key,
            // A buffer, as the API puts files: a stream would be sent in aws-chunked encoding, which not every
            // S3-compatible server takes.
            Body: readFileSync(source(key)),
            ContentType: manifest.files[key].contentType ?? 'application/octet-stream',
          }),
        );
    } finally {
      client.destroy();
    }
    return null;
  }
  const staging = `${storage.filesDir}.restoring-${stamp}`;
  mkdirSync(staging, { recursive: true });
  for (const key of keys) cpSync(source(key), join(staging, ...key.split('/')), { errorOnExist: true, force: false });
  return staging;
}

const bucketNotEmpty = (bucket, count) =>
  new Error(`the S3 bucket ${bucket} is not empty (${count} objects): add --force to delete them`);

/** Moves `staging` to `target`, setting a target that is there aside. */
function moveInPlace(staging, target) {
  if (existsSync(target)) renameSync(target, `${target}.replaced-${stamp}`);
  renameSync(staging, target);
}

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
const staged = [];
try {
  if (positionals.length !== 1) throw new Error('name the backup folder: npm run restore -- <folder> [--force]');
  const folder = userPath(positionals[0]);
  if (!existsSync(join(folder, MANIFEST))) throw new Error(`${folder} holds no ${MANIFEST}: not a backup`);
  const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'));
  const storage = portalStorage();
  const force = values.force === true;
  if (manifest.database.kind === 'server' && !storage.databaseUrl)
    throw new Error('this is a backup of a PostgreSQL server: set DATABASE_URL to the database to restore it into');
  if (manifest.database.kind === 'embedded' && storage.databaseUrl)
    throw new Error('this is a backup of the embedded database: unset DATABASE_URL to restore it into DATA_DIR');
  if (!storage.databaseUrl) {
    if (pgliteInUse(storage.pgdata))
      throw new Error(`the portal has the embedded database in ${storage.pgdata} open: stop it first`);
    if (occupied(storage.pgdata) && !force)
      throw new Error(`${storage.pgdata} already holds a database: restore into a new DATA_DIR, or add --force`);
  }
  if (!storage.s3 && occupied(storage.filesDir) && !force)
    throw new Error(`${storage.filesDir} already holds files: restore into a new DATA_DIR, or add --force`);
  if (storage.s3 && !force) {
    const client = await s3Client(storage.s3);
    const present = await listObjects(client, storage.s3.bucket).finally(() => client.destroy());
    if (present.length) throw bucketNotEmpty(storage.s3.bucket, present.length);
  }

  const started = performance.now();
  await checkBackup(folder, manifest);
  let restored;
  if (storage.databaseUrl) {
    restored = await restoreServer(storage.databaseUrl, join(folder, manifest.database.file), force);
  } else {
    const { staging, manifest: m } = await restoreEmbedded(storage.pgdata, join(folder, manifest.database.file));
    staged.push(staging);
    restored = m;
  }
  const filesStaging = await restoreFiles(storage, folder, manifest, force);
  if (filesStaging) staged.push(filesStaging);
  const files = await storedFilesManifest(filesStaging ? { ...storage, filesDir: filesStaging } : storage);
  const differences = compareManifests(manifest, { ...restored, files });
  if (differences.length) {
    throw new Error(
      `the restored copy differs from the backup (${differences.length} differences):\n  ${differences.join('\n  ')}` +
        (storage.databaseUrl ? '\nThe database at DATABASE_URL holds the restored copy as it is.' : ''),
    );
  }
  // Checked: the embedded database and the files take their places.
  if (!storage.databaseUrl) moveInPlace(staged.shift(), storage.pgdata);
  if (filesStaging) moveInPlace(staged.shift(), storage.filesDir);
  const rows = Object.values(restored.tables).reduce((sum, t) => sum + t.rows, 0);
  const { count, bytes } = totals(files);
  console.log(
    `Restored ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s, identical to its manifest:\n` +
      `  database (${storage.databaseUrl ? 'PostgreSQL server' : `embedded PGlite in ${storage.pgdata}`}): ` +
      `${Object.keys(restored.tables).length} tables, ${rows.toLocaleString('en')} rows, ` +
      `${Object.keys(restored.sequences).length} sequences\n` +
      `  files (${storage.s3 ? `S3 bucket ${storage.s3.bucket}` : storage.filesDir}): ${count} files, ${(bytes / 1e6).toFixed(1)} MB, SHA-256 each`,
  );
} catch (err) {
  for (const dir of staged) rmSync(dir, { recursive: true, force: true });
  console.error(`Restore failed: ${err.message}`);
  process.exit(1);
}
