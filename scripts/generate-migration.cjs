// Prints the SQL that brings an empty PostgreSQL database to the entities' schema.
// Usage: node scripts/generate-migration.cjs postgres://postgres@127.0.0.1/empty_db
const { DataSource } = require('typeorm');
const { ENTITIES } = require('../apps/api/dist/apps/api/src/common/database/entities');
(async () => {
  const ds = new DataSource({ type: 'postgres', url: process.argv[2], entities: ENTITIES, uuidExtension: 'pgcrypto' });
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) console.log('UP\t' + q.query.replace(/\n/g, ' '));
  for (const q of sql.downQueries.reverse()) console.log('DOWN\t' + q.query.replace(/\n/g, ' '));
  await ds.destroy();
})();
