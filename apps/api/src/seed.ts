import 'reflect-metadata';
import { loadConfig } from './common/config/app-config';
import { openDatabase } from './common/database/database';
import { seedDemoData } from '../../../seeds/demo-seed';

/** `npm run seed`: loads the demo data into the configured database (refused in production). */
async function run(): Promise<void> {
  const config = loadConfig();
  if (config.nodeEnv === 'production') throw new Error('Demo data is never seeded in production');
  const db = await openDatabase(config);
  try {
    const created = await seedDemoData(db.dataSource);
    process.stdout.write(`Demo data: ${created} records created (existing records left unchanged).\n`);
  } finally {
    await db.close();
  }
}

run().catch((err: unknown) => {
  process.stderr.write(`Seeding failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
