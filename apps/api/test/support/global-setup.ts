import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../src/common/config/app-config';
import { openDatabase } from '../../src/common/database/database';
import { seedDemoData } from '../../../../seeds/demo-seed';
import { buildTemplate, withDatabase, type TemplateInfo } from './template';

/**
 * Builds one migrated, seeded database for the whole run; every test file then starts from a
 * copy of it (CREATE DATABASE … TEMPLATE on a server, a loaded dump with PGlite), so files are
 * isolated and can run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  const infoFile = path.join(os.tmpdir(), `alliance-test-template-${process.pid}.json`);
  process.env.ALLIANCE_TEST_TEMPLATE = infoFile;
  const serverUrl = process.env.TEST_DATABASE_URL;
  let info: TemplateInfo;
  if (serverUrl) {
    const templateDb = `alliance_tpl_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb}`);
    await admin.query(`CREATE DATABASE ${templateDb}`);
    await admin.end();
    await buildTemplate(withDatabase(serverUrl, templateDb));
    info = { kind: 'postgres', adminUrl: serverUrl, templateDb };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-tpl-'));
    const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }));
    await seedDemoData(db.dataSource);
    await db.close();
    const dumpFile = path.join(dataDir, 'template.tar.gz');
    await dumpPglite(path.join(dataDir, 'pgdata'), dumpFile);
    info = { kind: 'pglite', dumpFile };
  }
  fs.writeFileSync(infoFile, JSON.stringify(info));
}

async function dumpPglite(dir: string, file: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const pg = await PGlite.create({ dataDir: dir, extensions: { pg_trgm, pgcrypto } });
  const dump = await pg.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pg.close();
}
