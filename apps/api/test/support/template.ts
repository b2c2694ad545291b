import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/common/config/app-config';
import { openDatabase } from '../../src/common/database/database';
import { seedDemoData } from '../../../../seeds/demo-seed';

export interface TemplateInfo {
  kind: 'postgres' | 'pglite';
  /** postgres: the admin URL and the template database's name. */
  adminUrl?: string;
  templateDb?: string;
  /** pglite: a gzipped dump of a migrated, seeded data directory. */
  dumpFile?: string;
}

/** The global setup writes where its template is and passes the file's path to the workers in the environment. */
export function readTemplateInfo(): TemplateInfo {
  const file = process.env.ALLIANCE_TEST_TEMPLATE;
  if (!file) throw new Error('ALLIANCE_TEST_TEMPLATE is not set: run the tests through jest (global setup)');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TemplateInfo;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Migrates the (empty) database at `url` and seeds the demo data into it: the template every test app copies. */
export async function buildTemplate(url: string): Promise<void> {
  const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }));
  await seedDemoData(db.dataSource);
  await db.close();
}

/** A database of a test app's own: its URL, and how to drop it when the app closes. */
export interface DatabaseCopy {
  url: string;
  drop(): Promise<void>;
}

/** Copies the template database (CREATE DATABASE … TEMPLATE) on the server that `adminUrl` reaches. */
export async function copyTemplate(adminUrl: string, templateDb: string): Promise<DatabaseCopy> {
  const name = `alliance_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE ${templateDb}`);
  return { url: withDatabase(adminUrl, name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
