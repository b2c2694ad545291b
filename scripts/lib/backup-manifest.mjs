// What `npm run backup` and `npm run restore` share: where the portal keeps its data (the same variables
// as the API reads), the manifest of a database and of the attachment files, and its comparison.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const MANIFEST = 'manifest.json';
export const SERVER_DUMP = 'database.dump';
export const EMBEDDED_DUMP = 'database.tar.gz';

/** The portal's storage as the API sees it (apps/api/src/common/config/app-config.ts). */
export function portalStorage(env = process.env) {
  const s3Names = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
  const s3Set = s3Names.filter((name) => env[name]);
  if (s3Set.length && s3Set.length < s3Names.length)
    throw new Error(`set all of ${s3Names.join(', ')} or none (missing: ${s3Names.filter((n) => !env[n]).join(', ')})`);
  const dataDir = resolve(env.DATA_DIR || join(process.cwd(), '.data'));
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    pgdata: join(dataDir, 'pgdata'),
    filesDir: join(dataDir, 'files'),
    s3: s3Set.length
      ? {
          endpoint: env.S3_ENDPOINT,
          bucket: env.S3_BUCKET,
          region: env.S3_REGION || 'us-east-1',
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        }
      : null,
  };
}

/** A path the user typed: relative to where they ran `npm run` (npm itself runs scripts from the root). */
export const userPath = (p) => resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** pg_dump/pg_restore: PG_BIN, else the newest of Debian's server packages, else the PATH. */
export function postgresTool(name) {
  if (process.env.PG_BIN) return join(process.env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin', name);
  }
  return name;
}

/** pg_dump's and pg_restore's connection: the URL without its password, which goes in PGPASSWORD (not in `ps`). */
export function libpqConnection(databaseUrl) {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

export function toolVersion(tool) {
  try {
    return execFileSync(tool, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${tool} is not installed (install PostgreSQL's client tools, or set PG_BIN to their folder)`);
  }
}

// The text of a row depends on these settings: fixed, so that both sides of a round trip print the same.
export const MANIFEST_SETTINGS = `SET TIME ZONE 'UTC'; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres';
  SET extra_float_digits = 3; SET bytea_output = 'hex'`;

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table's row count and checksum (the MD5 of its rows' MD5s, sorted: the same rows give the same
 * sum whatever their physical order) and every sequence's position. `query(sql)` answers rows.
 */
export async function databaseManifest(query) {
  const tables = await query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
      ORDER BY 1, 2`,
  );
  const result = { tables: {}, sequences: {} };
  for (const { schema, name } of tables) {
    const [row] = await query(
      `SELECT count(*)::text AS rows,
              md5(coalesce(string_agg(h, '' ORDER BY h COLLATE "C"), '')) AS checksum
         FROM (SELECT md5(t::text) AS h FROM ${quote(schema)}.${quote(name)} t) r`,
    );
    result.tables[`${schema}.${name}`] = { rows: Number(row.rows), checksum: row.checksum };
  }
  const sequences = await query(
    `SELECT schemaname AS schema, sequencename AS name, last_value::text AS value FROM pg_sequences ORDER BY 1, 2`,
  );
  for (const s of sequences) result.sequences[`${s.schema}.${s.name}`] = s.value;
  return result;
}

/** SHA-256 and size of everything a stream carries, passed on unchanged. */
export function hashing() {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return { tap, result: () => ({ sha256: hash.digest('hex'), bytes }) };
}

export async function sha256File(file) {
  const { tap, result } = hashing();
  await pipeline(createReadStream(file), tap, async function* (source) {
    for await (const _ of source);
  });
  return result();
}

/** Every file under `root`, as storage keys (`attachments/2026/12/<uuid>`), sorted. */
export function listFiles(root) {
  if (!existsSync(root)) return [];
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) found.push(relative(root, file).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** Copies `from` to `to` (folders made), answering the content's SHA-256 and size. */
export async function copyHashed(source, to) {
  mkdirSync(dirname(to), { recursive: true });
  const { tap, result } = hashing();
  await pipeline(source, tap, createWriteStream(to, { flags: 'wx' }));
  return result();
}

/** The S3 client of the portal's bucket, as the API builds it (file-storage.ts). */
export async function s3Client(s3) {
  const { S3Client } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  // A bucket's own requests (list, delete many) go to `/<bucket>`, not the SDK's `/<bucket>/`: the same
  // request to S3, and the only form some compatible servers (s3rver, the tests' server) sign alike.
  client.middlewareStack.add(
    (next) => async (args) => {
      if (/^\/[^/]+\/$/.test(args.request.path)) args.request.path = args.request.path.slice(0, -1);
      return next(args);
    },
    { step: 'build', name: 'bucketPathWithoutSlash' },
  );
  return client;
}

/** Every key in the bucket. */
export async function listObjects(client, bucket) {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const keys = [];
  let token;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys.sort();
}

/** SHA-256 of every stored attachment: files under DATA_DIR/files, or objects in the bucket. */
export async function storedFilesManifest(storage) {
  const files = {};
  if (storage.s3) {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const client = await s3Client(storage.s3);
    for (const key of await listObjects(client, storage.s3.bucket)) {
      const object = await client.send(new GetObjectCommand({ Bucket: storage.s3.bucket, Key: key }));
      const { tap, result } = hashing();
      await pipeline(object.Body, tap, async function* (source) {
        for await (const _ of source);
      });
      files[key] = result();
    }
    client.destroy();
  } else {
    for (const key of listFiles(storage.filesDir)) files[key] = await sha256File(join(storage.filesDir, key));
  }
  return files;
}

/** The differences between what a backup recorded and what a restore holds; empty when identical. */
export function compareManifests(expected, actual) {
  const differences = [];
  const compare = (what, a, b, show) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in b)) differences.push(`${what} ${key}: missing after the restore`);
      else if (!(key in a)) differences.push(`${what} ${key}: not in the backup`);
      else if (show(a[key]) !== show(b[key]))
        differences.push(`${what} ${key}: ${show(a[key])} in the backup, ${show(b[key])} restored`);
    }
  };
  compare('table', expected.tables, actual.tables, (t) => `${t.rows} rows, checksum ${t.checksum}`);
  compare('sequence', expected.sequences, actual.sequences, (v) => String(v));
  compare('file', expected.files, actual.files, (f) => `${f.bytes} bytes, sha256 ${f.sha256}`);
  return differences;
}

/** PGlite with the extensions the API loads (apps/api/src/common/database/database.ts). */
export async function openPglite(options) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const db = await PGlite.create({ ...options, extensions: { pg_trgm, pgcrypto } });
  await db.exec(MANIFEST_SETTINGS);
  return db;
}

/** Whether a PGlite data folder is open (PGlite keeps postmaster.pid there while it is, and removes it on close). */
export const pgliteInUse = (pgdata) => existsSync(join(pgdata, 'postmaster.pid'));

export const totals = (files) => ({
  count: Object.keys(files).length,
  bytes: Object.values(files).reduce((sum, f) => sum + f.bytes, 0),
});
