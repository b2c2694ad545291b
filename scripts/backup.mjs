// `npm run backup`: the portal's database and attachment files into one folder, with a manifest that
// `npm run restore` checks the restored copy against.
//
// Usage: npm run backup                    (into backups/<UTC time>/)
//        npm run backup -- --dir <folder>  (into that folder, which must not exist or be empty)
// Reads the API's own variables: DATABASE_URL (a PostgreSQL server: pg_dump -Fc in one snapshot with the
// manifest, while the portal keeps serving) or else the embedded database in DATA_DIR/pgdata (PGlite's
// own dump of its data folder; the portal must be stopped: only one PGlite may open the folder), and the
// files in DATA_DIR/files or in the S3 bucket (S3_*). PG_BIN names the folder of pg_dump when the
// newest installed one is not the one to use.
//
// The folder holds database.dump or database.tar.gz, files/<storage key>, and manifest.json: each table's
// row count and checksum, each sequence's position, each file's SHA-256 and size, the dump's SHA-256.
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import {
  copyHashed,
  databaseManifest,
  EMBEDDED_DUMP,
  libpqConnection,
  listFiles,
  listObjects,
  MANIFEST,
  MANIFEST_SETTINGS,
  openPglite,
  pgliteInUse,
  portalStorage,
  postgresTool,
  s3Client,
  SERVER_DUMP,
  sha256File,
  toolVersion,
  totals,
  userPath,
} from './lib/backup-manifest.mjs';

const run = promisify(execFile);

async function backupServer(databaseUrl, folder) {
  const pgDump = postgresTool('pg_dump');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One snapshot for the dump and the manifest: writes made meanwhile are in neither.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ snapshot, version }] = (
      await client.query('SELECT pg_export_snapshot() AS snapshot, version() AS version')
    ).rows;
    const file = join(folder, SERVER_DUMP);
    const started = performance.now();
    const { dbname, env } = libpqConnection(databaseUrl);
    await run(pgDump, ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, '--dbname', dbname], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((err) => {
      throw new Error(`pg_dump failed (${toolVersion(pgDump)}):\n${err.stderr || err.message}`);
    });
    const dumpMs = performance.now() - started;
    await client.query(MANIFEST_SETTINGS);
    const manifest = await databaseManifest(async (sql) => (await client.query(sql)).rows);
    await client.query('COMMIT');
    // Sequences stand outside every snapshot: a value taken by a writer while pg_dump ran is in the server
    // but not in the dump. The manifest records the positions the dump holds, which a restore gives back.
    manifest.sequences = await dumpedSequences(file);
    return { kind: 'server', file: SERVER_DUMP, version, tool: toolVersion(pgDump), dumpMs, ...manifest };
  } finally {
    await client.end();
  }
}

/**
 * The sequences' positions as a custom-format dump sets them (its SEQUENCE SET entries, read back by
 * pg_restore): `schema.name` → the last value, or null for a sequence never used, as pg_sequences says.
 */
async function dumpedSequences(file) {
  const pgRestore = postgresTool('pg_restore');
  const { stdout: toc } = await run(pgRestore, ['--list', file], { maxBuffer: 64 * 1024 * 1024 });
  const listFile = `${file}.sequences.list`;
  writeFileSync(
    listFile,
    toc
      .split('\n')
      .filter((line) => / SEQUENCE SET /.test(line))
      .join('\n') + '\n',
  );
  try {
    const { stdout } = await run(pgRestore, ['--use-list', listFile, '--file', '-', file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const sequences = {};
    for (const [, name, value, called] of stdout.matchAll(/setval\('([^']+)', (\d+), (true|false)\)/g))
      sequences[name.replaceAll('"', '')] = called === 'true' ? value : null;
    return Object.fromEntries(Object.entries(sequences).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  } finally {
    rmSync(listFile, { force: true });
  }
}

async function backupEmbedded(pgdata, folder) {
  if (!existsSync(join(pgdata, 'PG_VERSION')))
    throw new Error(`there is no embedded database in ${pgdata} (DATA_DIR); is DATABASE_URL meant to be set?`);
  if (pgliteInUse(pgdata))
    throw new Error(
      `the portal has the embedded database open (${join(pgdata, 'postmaster.pid')} is there): stop it first ` +
        '(Ctrl-C, or SIGTERM), then back up; only one process may open the folder. If the portal is not running, ' +
        'it was not stopped cleanly: start it and stop it once.',
    );
  const db = await openPglite({ dataDir: pgdata });
  try {
    const [{ version }] = (await db.query('SELECT version() AS version')).rows;
    const manifest = await databaseManifest(async (sql) => (await db.query(sql)).rows);
    const started = performance.now();
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(join(folder, EMBEDDED_DUMP), Buffer.from(await dump.arrayBuffer()));
    return { kind: 'embedded', file: EMBEDDED_DUMP, version, dumpMs: performance.now() - started, ...manifest };
  } finally {
    await db.close();
  }
}

async function backupFiles(storage, folder) {
  const files = {};
  const target = (key) => join(folder, 'files', ...key.split('/'));
  if (storage.s3) {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const client = await s3Client(storage.s3);
    for (const key of await listObjects(client, storage.s3.bucket)) {
      const object = await client.send(new GetObjectCommand({ Bucket: storage.s3.bucket, Key: key }));
      files[key] = { ...(await copyHashed(object.Body, target(key))), contentType: object.ContentType };
    }
    client.destroy();
  } else {
    for (const key of listFiles(storage.filesDir))
      files[key] = await copyHashed(createReadStream(join(storage.filesDir, ...key.split('/'))), target(key));
  }
  return files;
}

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const folder = values.dir ? userPath(values.dir) : userPath(join('backups', stamp));

let made = false;
try {
  const storage = portalStorage();
  if (existsSync(folder) && readdirSync(folder).length) throw new Error(`${folder} is not empty`);
  mkdirSync(folder, { recursive: true });
  made = true;
  const started = performance.now();
  const { tables, sequences, ...database } = storage.databaseUrl
    ? await backupServer(storage.databaseUrl, folder)
    : await backupEmbedded(storage.pgdata, folder);
  // The files after the database: a file uploaded in between is an unreferenced extra, never a missing one.
  const files = await backupFiles(storage, folder);
  const dump = await sha256File(join(folder, database.file));
  const manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: { kind: database.kind, file: database.file, version: database.version, tool: database.tool, ...dump },
    storage: storage.s3 ? { kind: 's3', bucket: storage.s3.bucket } : { kind: 'disk' },
    tables,
    sequences,
    files,
  };
  writeFileSync(join(folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  const rows = Object.values(tables).reduce((sum, t) => sum + t.rows, 0);
  const { count, bytes } = totals(files);
  console.log(
    `Backup written to ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s:\n` +
      `  database (${database.kind === 'server' ? 'PostgreSQL server, pg_dump' : 'embedded PGlite, its data folder'}): ` +
      `${Object.keys(tables).length} tables, ${rows.toLocaleString('en')} rows, ${(dump.bytes / 1e6).toFixed(1)} MB\n` +
      `  files (${storage.s3 ? `S3 bucket ${storage.s3.bucket}` : storage.filesDir}): ${count} files, ${(bytes / 1e6).toFixed(1)} MB`,
  );
} catch (err) {
  console.error(`Backup failed: ${err.message}`);
  // No half backup left to be mistaken for a whole one.
  if (made) rmSync(folder, { recursive: true, force: true });
  process.exit(1);
}
