import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/common/config/app-config';
import { openDatabase, type DatabaseHandle } from '../../src/common/database/database';
import { createLogger } from '../../src/common/logging/logger';
import { OutboxEmail } from '../../src/modules/mail/entities/outbox-email.entity';
import { DEMO_PASSWORD } from '../../../../seeds/demo-seed';
import type { OwnCluster } from './own-cluster';
import { copyTemplate, readTemplateInfo } from './template';

export { DEMO_PASSWORD };
export { ORG, DEMO_ACCOUNTS } from '../../../../seeds/demo-data';

/** An HTTP client that keeps cookies and sends the CSRF header on state-changing requests, as the web app does. */
export class Client_ {
  constructor(readonly agent: TestAgent) {}
  get(url: string) {
    return this.agent.get(url);
  }
  post(url: string, body?: object) {
    return this.agent
      .post(url)
      .set('X-Requested-With', 'XMLHttpRequest')
      .send(body ?? {});
  }
  patch(url: string, body?: object) {
    return this.agent
      .patch(url)
      .set('X-Requested-With', 'XMLHttpRequest')
      .send(body ?? {});
  }
  put(url: string, body?: object) {
    return this.agent
      .put(url)
      .set('X-Requested-With', 'XMLHttpRequest')
      .send(body ?? {});
  }
}
export type HttpClient = Client_;

export interface TestApp {
  app: NestFastifyApplication;
  db: DatabaseHandle;
  config: AppConfig;
  /** A client with no session. */
  anonymous(): HttpClient;
  /** A client signed in as the given account (demo password by default). */
  signIn(email: string, password?: string): Promise<HttpClient>;
  /** E-mails in the outbox to an address, newest first. */
  outbox(to: string): Promise<OutboxEmail[]>;
  /** The link in the newest e-mail to an address, and its token; waits a little for e-mail that a job writes. */
  linkFor(to: string): Promise<{ link: string; token: string }>;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule over a fresh copy of the migrated, seeded test database: the run's (on the
 * server of TEST_DATABASE_URL, or PGlite), or with `cluster`, the one in a PostgreSQL cluster the test
 * file started itself (own-cluster.ts).
 */
export async function createTestApp(env: Record<string, string> = {}, cluster?: OwnCluster): Promise<TestApp> {
  // Uploaded files go to a folder of this app's own, removed on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-'));
  const baseEnv: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    OUTBOX_POLL_MS: '0',
    EXPIRY_POLL_MS: '0',
    DIGEST_AT: 'off',
    DATA_DIR: dataDir,
    // A test file writes far faster than a person, all from 127.0.0.1: the write rate limit's own tests set theirs.
    RATE_LIMIT_WRITES_PER_MINUTE_USER: '100000',
    RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '100000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...env,
  };
  const info = cluster ? undefined : readTemplateInfo();
  const database = cluster
    ? await cluster.copy()
    : info?.kind === 'postgres'
      ? await copyTemplate(info.adminUrl as string, info.templateDb as string)
      : undefined;
  const config = loadConfig(database ? { ...baseEnv, DATABASE_URL: database.url } : baseEnv);
  // On PGlite the app loads the run's dump.
  if (!database) config.embeddedTemplate = new Blob([fs.readFileSync(info?.dumpFile as string)]);
  const db = await openDatabase(config);
  const app = await createApp(config, db, createLogger(config.logLevel));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();

  const outbox = (to: string) =>
    db.dataSource.getRepository(OutboxEmail).find({ where: { toAddress: to }, order: { createdAt: 'DESC' } });

  return {
    app,
    db,
    config,
    anonymous: () => new Client_(request.agent(server)),
    async signIn(email, password = DEMO_PASSWORD) {
      const client = new Client_(request.agent(server));
      const res = await client.post('/api/auth/login', { email, password });
      if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return client;
    },
    outbox,
    async linkFor(to) {
      let [mail] = await outbox(to);
      for (let i = 0; i < 50 && !mail; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [mail] = await outbox(to);
      }
      const link = mail?.bodyText.match(/https?:\/\/\S+/)?.[0];
      if (!link) throw new Error(`no link in the outbox for ${to}`);
      return { link, token: new URL(link).searchParams.get('token') as string };
    },
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      await db.close();
      await database?.drop();
    },
  };
}
