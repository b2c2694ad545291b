import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import S3rver from '@20minutes/s3rver';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { type DatabaseHandle, openDatabase } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { sessionCookie } from './helpers';
import { attachmentBehaviours, PDF, upload } from './support/attachment-behaviours';
import { describeOnOwnCluster, ownCluster } from './support/own-cluster';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Attachments in an S3 bucket (what replicas share), on an S3-compatible server this test starts,
 * through the same tests as on disk (attachments.int-spec.ts), and a PostgreSQL cluster it starts too.
 */
const BUCKET = 'alliance-files';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-s3-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: BUCKET }],
});
let endpoint = '';
let client: S3Client;
const cluster = ownCluster();

beforeAll(async () => {
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
});

afterAll(async () => {
  client.destroy();
  server.httpServer.closeAllConnections();
  await server.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const s3Env = () => ({
  S3_ENDPOINT: endpoint,
  S3_BUCKET: BUCKET,
  S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
});

describeOnOwnCluster('attachments on an S3-compatible server', () => {
  attachmentBehaviours({
    name: 'S3',
    env: s3Env,
    holds: async (_t, key) => {
      try {
        await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
        return true;
      } catch (err) {
        if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
        throw err;
      }
    },
    cluster,
  });

  /** Two replicas as docker-compose.yml runs them: one database, one bucket, a DATA_DIR each. */
  describe('attachments on S3: replicas', () => {
    let t: TestApp;
    let replica: NestFastifyApplication;
    let replicaDb: DatabaseHandle;
    const replicaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-replica-'));
    beforeAll(async () => {
      t = await createTestApp(s3Env(), cluster);
      const config = { ...t.config, dataDir: replicaDir };
      replicaDb = await openDatabase(config);
      replica = await createApp(config, replicaDb, createLogger('silent'));
      await replica.init();
      await replica.getHttpAdapter().getInstance().ready();
    });
    afterAll(async () => {
      await replica?.close();
      await t.close();
      fs.rmSync(replicaDir, { recursive: true, force: true });
    });

    it('serves through one replica a file uploaded through the other, and keeps none in either folder', async () => {
      const operator = await t.signIn('operator@example.org');
      const uploaded = await upload(operator, PDF, 'through-one.pdf');
      expect(uploaded.status).toBe(201);
      const res = await request(replica.getHttpServer())
        .get(uploaded.body.url)
        .set('Cookie', sessionCookie(operator))
        .buffer(true)
        .parse((raw, done) => {
          const chunks: Buffer[] = [];
          raw.on('data', (chunk: Buffer) => chunks.push(chunk));
          raw.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect((res.body as Buffer).equals(PDF)).toBe(true);
      expect(
        await request(replica.getHttpServer())
          .get(uploaded.body.url)
          .then((r) => r.status),
      ).toBe(404);
      for (const dir of [t.config.dataDir, replicaDir]) expect(fs.existsSync(path.join(dir, 'files'))).toBe(false);
    });
  });
});
