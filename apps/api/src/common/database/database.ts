import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { StatementCounter } from './statement-counter';

export interface DatabaseHandle {
  dataSource: DataSource;
  driver: 'postgres' | 'pglite';
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5000;

/**
 * Settings of every server connection. The JIT compiler pays for itself on analytical queries, not on
 * the portal's short ones: it took 70 ms to compile a financing list the database answered in 20
 * (PGlite has no JIT).
 */
const SESSION_SETTINGS = '-c jit=off';

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  synchronize: false,
  uuidExtension: 'pgcrypto',
} as const satisfies Partial<DataSourceOptions>;

/** PGlite ships its extensions as separate ESM modules. */
async function openPglite(config: AppConfig) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  if (config.embeddedTemplate) {
    // Tests: an in-memory database loaded from a migrated dump.
    return PGlite.create({ extensions: { pg_trgm, pgcrypto }, loadDataDir: config.embeddedTemplate });
  }
  const dir = path.join(config.dataDir, 'pgdata');
  fs.mkdirSync(dir, { recursive: true });
  return PGlite.create({ dataDir: dir, extensions: { pg_trgm, pgcrypto } });
}

/**
 * Opens PostgreSQL: the server at DATABASE_URL, or else the embedded PGlite under DATA_DIR.
 * Runs the pending migrations either way, so both run the same schema.
 */
export async function openDatabase(config: AppConfig, logger?: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      logger: new StatementCounter(logger),
      url: config.databaseUrl,
      // A server that does not answer makes a request wait 5 s at most, then 503 (see database-errors.ts).
      extra: { max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, options: SESSION_SETTINGS },
      // An idle connection the server ended (a restart, an outage) is dropped by the pool and logged, never thrown.
      poolErrorHandler: (err: Error) =>
        logger?.warn({ err }, 'a database connection was lost; the pool opens a new one when needed'),
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    return {
      dataSource,
      driver: 'postgres',
      close: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  }
  const pglite = await openPglite(config);
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataSource = new DataSource({ ...common, logger: new StatementCounter(logger), extra: createPgConfig(pglite) });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    driver: 'pglite',
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
