import * as fs from 'node:fs';
import { Client } from 'pg';
import { readTemplateInfo } from './template';

export default async function globalTeardown(): Promise<void> {
  const info = readTemplateInfo();
  if (info.kind === 'postgres' && info.adminUrl) {
    const admin = new Client({ connectionString: info.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${info.templateDb}`);
    await admin.end();
  } else if (info.dumpFile) {
    fs.rmSync(info.dumpFile, { force: true });
  }
  if (process.env.ALLIANCE_TEST_TEMPLATE) fs.rmSync(process.env.ALLIANCE_TEST_TEMPLATE, { force: true });
}
