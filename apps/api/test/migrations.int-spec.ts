import { isDeepStrictEqual } from 'node:util';
import type { QueryRunner } from 'typeorm';
import { loadConfig } from '../src/common/config/app-config';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { MIGRATIONS } from '../src/common/database/migrations';
import { ThrowawayPostgres, withPostgresServer } from './support/throwaway-postgres';

type Schema = Record<'columns' | 'enums' | 'indexes' | 'constraints' | 'triggers' | 'functions', string[]>;

/** The schema as the catalogue tells it: tables and columns, enum values, indexes, constraints, triggers, functions. */
async function schemaOf(db: DatabaseHandle): Promise<Schema> {
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
    functions: await rows(`
      SELECT pg_get_functiondef(p.oid) AS line
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
      LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
      WHERE d.objid IS NULL ORDER BY 1`),
  };
}

async function inTransaction(db: DatabaseHandle, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = db.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await work(runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** The schema of a database no migration has touched: only TypeORM's own table of migrations run. */
const isEmpty = (schema: Schema) =>
  Object.values(schema)
    .flat()
    .filter((line) => !/\bmigrations\b/.test(line));

const server = withPostgresServer();

/**
 * The migrations on a real PostgreSQL server, a throwaway cluster of the test's own (never the
 * machine's shared server): all the way up from an empty database, each one down and up again to the
 * schema it built, down to an empty database, and up again to the same schema. (On the embedded
 * database the same migrations run up in every test, through the template.)
 */
server.describe('migrations (a throwaway PostgreSQL cluster of their own)', () => {
  let pg: ThrowawayPostgres;
  let db: DatabaseHandle;

  beforeAll(async () => {
    pg = await ThrowawayPostgres.start(server.bin);
    await pg.admin('CREATE DATABASE migrations');
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await pg?.destroy();
  });

  it('go up from an empty database, each down and up again to its schema, down to empty, and up again to the same schema', async () => {
    // Opening the database runs every migration, from none.
    db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: pg.url('migrations') }));
    const built = await schemaOf(db);
    expect(built.columns.length).toBeGreaterThan(100);
    expect(await db.dataSource.showMigrations()).toBe(false);

    // Down one at a time from the top; at each step that migration up again (to the schema it built)
    // and down again (to the schema below it), in a transaction of its own as the runner does.
    const differing: string[] = [];
    for (let i = MIGRATIONS.length - 1; i >= 0; i--) {
      const name = MIGRATIONS[i].name;
      const above = await schemaOf(db);
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      const below = await schemaOf(db);
      await inTransaction(db, (runner) => new MIGRATIONS[i]().up(runner));
      if (!isDeepStrictEqual(await schemaOf(db), above)) differing.push(`${name}: up again after down`);
      await inTransaction(db, (runner) => new MIGRATIONS[i]().down(runner));
      if (!isDeepStrictEqual(await schemaOf(db), below)) differing.push(`${name}: down again after up`);
    }
    expect(differing).toEqual([]);
    expect(isEmpty(await schemaOf(db))).toEqual([]);

    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await schemaOf(db)).toEqual(built);
  }, 600_000);
});
