// A scratch database on the PostgreSQL server BENCH_DATABASE_URL (default the local one), for the bench scripts.
import pg from 'pg';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `name` afresh (dropping a leftover) and answers its URL and how to drop it. */
export async function scratchDatabase(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await drop();
  await admin(`CREATE DATABASE ${name}`);
  return { url: url.toString(), drop };
}
