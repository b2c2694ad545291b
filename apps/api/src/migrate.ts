import 'reflect-metadata';
import { loadConfig } from './common/config/app-config';
import { openDatabase } from './common/database/database';

/** `npm run migration:run`: applies pending migrations (opening the database does it) and exits. */
openDatabase(loadConfig())
  .then(async (db) => {
    process.stdout.write(`Migrations applied (${db.driver}).\n`);
    await db.close();
  })
  .catch((err: unknown) => {
    process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
