import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { JobRunner } from '../src/modules/jobs/job-runner.service';
import { WRITE_COUNTERS_PURGE_JOB } from '../src/modules/rate-limits/rate-limits.module';
import { expectThrottled, freshWindow, sessionCookie } from './helpers';
import { describeOnOwnCluster, ownCluster } from './support/own-cluster';
import { Client_, createTestApp, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const INDONESIA_PARK = '00000000-0000-4000-8000-000000000203';

// The counts that replicas agree on live in a PostgreSQL cluster this file starts, not on the machine's server.
const cluster = ownCluster();

const post = (n: number) => ({
  kind: 'opportunity',
  titleEn: `Factory units, offer ${n}`,
  titleZh: `标准厂房招租 ${n}`,
  bodyEn: 'Twelve standard factory units are ready for lease.',
  bodyZh: '园区内十二栋标准厂房可供租赁。',
  countries: ['KH'],
  sectors: ['textiles_garments'],
  tags: [],
  parkId: SSEZ_PARK,
  visibility: 'public',
});

const application = (n: number) => ({
  nameEn: `Flood Test Park ${n} Co., Ltd.`,
  type: 'park_operator',
  country: 'LA',
  descriptionEn: 'Builds and runs an industrial park.',
  contactName: 'Zhou Lin',
  contactEmail: `flood${n}@example.org`,
  parks: [{ nameEn: `Flood Park ${n}`, country: 'LA' }],
  acceptTerms: true,
  locale: 'en',
});

describeOnOwnCluster('write rate limit per user', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      { RATE_LIMIT_WRITES_PER_MINUTE_USER: '5', RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000' },
      cluster,
    );
  });
  afterAll(() => t.close());

  it('lets one user write the limit in a minute, then answers 429 with Retry-After; another user and reads are unaffected', async () => {
    const operator = await t.signIn('operator@example.org');
    const operator2 = await t.signIn('operator2@example.org');
    await freshWindow(t);
    const statuses: number[] = [];
    for (let n = 1; n <= 5; n++) statuses.push((await operator.post('/api/posts', post(n))).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);

    const flood = await operator.post('/api/posts', post(6));
    expectThrottled(flood);
    expect(flood.body.message).toContain('this account');
    // A refused write changes nothing.
    const [{ n }] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM posts WHERE title_en LIKE 'Factory units, offer %'`,
    )) as { n: number }[];
    expect(n).toBe(5);
    // Every write counts, not only posts.
    expectThrottled(await operator.patch('/api/auth/me', { displayName: 'Flooding operator' }));

    expect((await operator.get('/api/posts')).status).toBe(200);
    expect((await operator2.post('/api/posts', { ...post(7), parkId: INDONESIA_PARK })).status).toBe(201);
  });
});

describeOnOwnCluster('write rate limit per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      {
        RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '3',
        // The applications' own hourly limit stays out of the way: the general limit is what refuses here.
        APPLICATIONS_PER_IP_PER_HOUR: '1000',
      },
      cluster,
    );
  });
  afterAll(() => t.close());

  it('refuses an anonymous address that floods membership applications with 429 and Retry-After', async () => {
    await freshWindow(t);
    const statuses: number[] = [];
    for (let n = 1; n <= 3; n++)
      statuses.push((await t.anonymous().post('/api/membership-applications', application(n))).status);
    expect(statuses).toEqual([201, 201, 201]);
    const flood = await t.anonymous().post('/api/membership-applications', application(4));
    expectThrottled(flood);
    expect(flood.body.message).toContain('this address');
    const [{ n }] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM membership_applications WHERE contact_email LIKE 'flood%@example.org'`,
    )) as { n: number }[];
    expect(n).toBe(3);
  });
});

describeOnOwnCluster('write rate limit across replicas', () => {
  let t: TestApp;
  let other: { app: NestFastifyApplication; db: DatabaseHandle } | undefined;
  beforeAll(async () => {
    t = await createTestApp(
      { RATE_LIMIT_WRITES_PER_MINUTE_USER: '4', RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000' },
      cluster,
    );
  });
  afterAll(async () => {
    await other?.app.close();
    await t.close();
  });

  it('counts in the database: a second app on the same database sees the first one’s count', async () => {
    const db = await openDatabase(t.config);
    const app = await createApp(t.config, db, createLogger('silent'));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    other = { app, db };

    const onA = await t.signIn('operator@example.org');
    await freshWindow(t);
    for (let n = 1; n <= 3; n++) expect((await onA.post('/api/posts', post(n))).status).toBe(201);
    // The same session, through the other replica.
    const onB = new Client_(request.agent(app.getHttpServer()));
    const cookie = sessionCookie(onA);
    expect((await onB.post('/api/posts', post(4)).set('Cookie', cookie)).status).toBe(201);
    expectThrottled(await onB.post('/api/posts', post(5)).set('Cookie', cookie));
    expectThrottled(await onA.post('/api/posts', post(6)));

    const counters = (await t.db.dataSource.query(
      `SELECT c.count FROM write_counters c JOIN users u ON c.key = 'user:' || u.id WHERE u.email = 'operator@example.org'`,
    )) as { count: number }[];
    expect(counters).toEqual([{ count: 6 }]);
  });

  it('purges the counters of ended minutes with a job, keeping the current one', async () => {
    await t.db.dataSource.query(
      `INSERT INTO write_counters (key, window_start, count) VALUES ('address:192.0.2.1', now() - interval '1 hour', 9)`,
    );
    await t.anonymous().post('/api/auth/forgot-password', { email: 'nobody@example.org' });
    await t.app.get(JobRunner).runNow(WRITE_COUNTERS_PURGE_JOB);
    const keys = ((await t.db.dataSource.query(`SELECT key FROM write_counters`)) as { key: string }[]).map(
      (k) => k.key,
    );
    expect(keys).not.toContain('address:192.0.2.1');
    // The forgot-password request's own minute stays.
    expect(keys.filter((k) => k.startsWith('address:')).length).toBeGreaterThanOrEqual(1);
  });
});
