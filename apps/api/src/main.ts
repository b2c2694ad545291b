import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type AppConfig } from './common/config/app-config';
import { openDatabase, type DatabaseHandle } from './common/database/database';
import { createLogger } from './common/logging/logger';
import { createApp } from './bootstrap';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../../../seeds/demo-seed';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/**
 * SIGTERM and SIGINT stop the process gracefully, and it exits 0: the job runner stops its timers and
 * waits for running jobs (10 s at most), the HTTP server stops listening and lets the requests in
 * flight finish, then the database closes. A second signal stops at once (exit 1).
 */
function stopOnSignals(app: NestFastifyApplication, db: DatabaseHandle, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping at once');
      logger.flush();
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'stopping: jobs stop, requests in flight finish, then the database closes');
    app
      .close()
      .then(() => db.close())
      .then(
        () => {
          logger.info({ ms: Date.now() - started }, 'stopped: database closed');
          logger.flush();
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'stopping failed');
          logger.flush();
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  logger.info(
    { driver: db.driver, dataDir: db.driver === 'pglite' ? config.dataDir : undefined },
    'database ready, migrations applied',
  );
  if (config.seedDemo) {
    const created = await seedDemoData(db.dataSource);
    if (created > 0) logger.info({ created }, 'demo data seeded');
  }
  const app = await createApp(config, db, logger);
  stopOnSignals(app, db, logger);
  await app.listen(config.port);
  const lines = [
    '',
    `  Alliance Portal is running at ${config.appUrl}`,
    `  API docs: ${config.appUrl}/api/docs   Health: ${config.appUrl}/api/health`,
    `  Database: ${db.driver === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
  ];
  if (config.seedDemo) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(26)} ${account.description}`);
  }
  lines.push('  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
