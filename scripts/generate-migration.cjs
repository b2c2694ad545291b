// Prints the SQL that brings a database from the landed migrations to the entities' schema.
// Usage: build the api, then: node scripts/generate-migration.cjs postgres://postgres@127.0.0.1/scratch_db
const { DataSource } = require('typeorm');
const { ENTITIES } = require('../apps/api/dist/apps/api/src/common/database/entities');
const { MIGRATIONS } = require('../apps/api/dist/apps/api/src/common/database/migrations');
(async () => {
  const ds = new DataSource({
    type: 'postgres',
    url: process.argv[2],
    entities: ENTITIES,
    migrations: MIGRATIONS,
    uuidExtension: 'pgcrypto',
  });
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) console.log('UP\t' + q.query.replace(/\n/g, ' '));
  for (const q of sql.downQueries.reverse()) console.log('DOWN\t' + q.query.replace(/\n/g, ' '));
  await ds.destroy();
})();
