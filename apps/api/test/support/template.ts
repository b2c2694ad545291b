import * as fs from 'node:fs';

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
