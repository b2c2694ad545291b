import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './common/config/app-config';
import { openDatabase } from './common/database/database';
import { stopOnSignals } from './common/http/graceful-shutdown';
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
