import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/common/config/app-config';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { MIGRATIONS } from '../src/common/database/migrations';
import { withDatabase } from './support/template';

/** The schema as the catalogue tells it: tables and columns, enum values, indexes, constraints, triggers. */
async function schemaOf(db: DatabaseHandle): Promise<Record<string, string[]>> {
  const rows = async (sql: string) => ((await db.dataSource.query(sql)) as { line: string }[]).map((row) => row.line);
  return {
    columns: await rows(`
      SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' ' || is_nullable
             || ' ' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`),
    enums: await rows(`
      SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY t.typname ORDER BY 1`),
    indexes: await rows(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    constraints: await rows(`
      SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public' ORDER BY 1`),
    triggers: await rows(`
      SELECT tgrelid::regclass || ' ' || pg_get_triggerdef(t.oid) AS line
      FROM pg_trigger t WHERE NOT tgisinternal ORDER BY 1`),
  };
}

const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * Every migration goes down and up again on a real server: the schema after down + up is the one the
 * migrations built the first time. (On the embedded database the same migrations run up in every
 * test, through the template.)
 */
(serverUrl ? describe : describe.skip)('migrations', () => {
  const name = `alliance_migrations_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let db: DatabaseHandle;

  beforeAll(async () => {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: withDatabase(serverUrl as string, name) }));
  });

  afterAll(async () => {
    await db?.close();
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('go all the way down and up again to the same schema', async () => {
    const built = await schemaOf(db);
    expect(built.columns.length).toBeGreaterThan(100);
    for (let i = 0; i < MIGRATIONS.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await schemaOf(db)).toEqual(built);
  }, 300_000);
});
