import { randomUUID } from 'node:crypto';
import { addColleague } from './helpers';
import { completeRequest } from './financing-support';
import { insertProject } from './support/cooperation';
import { describeOnOwnCluster, ownCluster } from './support/own-cluster';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202'; // the operator's
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

type Answer = { status: number; body: Record<string, unknown> };

const cluster = ownCluster();

/**
 * The five creates a client may send again with the same Idempotency-Key (its answer lost on the
 * way): the same key from the same user gives back the record first created, with the same answer,
 * and creates nothing; another user's same key is its own; a malformed key is refused; no key, as before.
 * Its app runs on a PostgreSQL cluster this file starts.
 */
describeOnOwnCluster('idempotency keys on creates', () => {
  let t: TestApp;
  let operator: HttpClient;
  let colleague: HttpClient; // another user of the operator's organization
  let operator2: HttpClient;
  let banker: HttpClient;
  let insurer: HttpClient;
  let secretariat: HttpClient;
  let serviceId: string;

  const send = (client: HttpClient, url: string, body: object, key?: string) => {
    const req = client.agent.post(url).set('X-Requested-With', 'XMLHttpRequest');
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body) as unknown as Promise<Answer>;
  };
  const rows = async (table: string, key: string): Promise<number> =>
    Number(
      (
        (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE idempotency_key = $1`, [key])) as {
          n: number;
        }[]
      )[0].n,
    );
  const count = async (table: string): Promise<number> =>
    Number(((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n);

  const post = { kind: 'news', visibility: 'members', titleEn: 'Phase IV opens', bodyEn: 'Ten more buildings.' };
  const need = { parkId: SSEZ_PARK, needEn: 'A dispute with a supplier under Cambodian law.' };
  const message = { message: 'Our clients in Suzhou make garments and look for a second base.' };

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: 'Asia/Shanghai' }, cluster);
    await addColleague(t, 'operator@example.org', 'colleague@example.org');
    [operator, colleague, operator2, banker, insurer, secretariat] = await Promise.all([
      t.signIn('operator@example.org'),
      t.signIn('colleague@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('insurer@example.org'),
      t.signIn('secretariat@example.org'),
    ]);
    const agreement = await secretariat.post('/api/agreements', {
      kind: 'legal_services',
      titleEn: 'Legal services for overseas parks',
      counterpartyIds: [ORG.lawyers],
    });
    const agreementId = agreement.body.id as string;
    expect((await secretariat.post(`/api/agreements/${agreementId}/sign`, { signedOn: today() })).status).toBe(200);
    expect((await secretariat.post(`/api/agreements/${agreementId}/activate`, {})).status).toBe(200);
    const service = await secretariat.post(`/api/agreements/${agreementId}/services`, {
      nameEn: 'Overseas legal consultation',
      descriptionEn: 'A consultation at a legal service centre.',
      providerOrganizationId: ORG.lawyers,
    });
    expect(service.status).toBe(201);
    serviceId = service.body.id as string;
  });
  afterAll(() => t.close());

  /** The same key twice from one user: one record, the same answer; another user's same key: a record of its own. */
  async function sameKeyTwice(
    table: string,
    first: (key: string) => Promise<Answer>,
    other: (key: string) => Promise<Answer>,
  ): Promise<void> {
    const key = randomUUID();
    const before = await count(table);
    const created = await first(key);
    expect(created.status).toBe(201);
    const again = await first(key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(created.body);
    expect(await rows(table, key)).toBe(1);
    expect(await count(table)).toBe(before + 1);

    const theirs = await other(key);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(created.body.id);
    expect(await rows(table, key)).toBe(2);
  }

  it('a post', async () => {
    await sameKeyTwice(
      'posts',
      (key) => send(operator, '/api/posts', post, key),
      (key) => send(colleague, '/api/posts', post, key),
    );
  });

  it('a financing request', async () => {
    await sameKeyTwice(
      'financing_requests',
      (key) => send(operator, '/api/financing-requests', completeRequest(), key),
      (key) => send(colleague, '/api/financing-requests', completeRequest(), key),
    );
  });

  it('an expression of interest (sent again, it is no second open one refused with 409)', async () => {
    const projectId = await insertProject(t, { organizationId: ORG.ssez });
    const url = `/api/cooperation/projects/${projectId}/expressions`;
    await sameKeyTwice(
      'expressions_of_interest',
      (key) => send(banker, url, message, key),
      (key) => send(insurer, url, message, key),
    );
    // Without a key the second one is refused, as before: the bank has one open.
    expect((await send(banker, url, message)).status).toBe(409);
  });

  it('a service request', async () => {
    const url = `/api/agreement-services/${serviceId}/requests`;
    await sameKeyTwice(
      'service_requests',
      (key) => send(operator, url, need, key),
      (key) => send(operator2, url, { needEn: 'Advice on a lease.' }, key),
    );
  });

  it('a membership application: the same key and e-mail give the first receipt; another e-mail with it is refused', async () => {
    const application = (contactEmail: string) => ({
      nameEn: 'Jiangsu–Laos Industrial Park Co., Ltd.',
      type: 'park_operator',
      country: 'LA',
      contactName: 'Zhou Lin',
      contactEmail,
      acceptTerms: true,
    });
    const key = randomUUID();
    const before = await count('membership_applications');
    const created = await send(t.anonymous(), '/api/membership-applications', application('laos@example.org'), key);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ reference: expect.stringMatching(/^AP-/), createdAt: expect.any(String) });
    // Sent again (the one-pending-per-address rule would refuse a second application with 409).
    const again = await send(t.anonymous(), '/api/membership-applications', application('laos@example.org'), key);
    expect(again).toMatchObject({ status: 201, body: created.body });
    expect(await count('membership_applications')).toBe(before + 1);
    expect((await t.outbox('laos@example.org')).length).toBe(1);

    const stranger = await send(t.anonymous(), '/api/membership-applications', application('other@example.org'), key);
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({ error: 'IDEMPOTENCY_KEY_REUSED', details: [{ field: 'Idempotency-Key' }] });
    expect(JSON.stringify(stranger.body)).not.toContain(created.body.reference as string);
    expect(await rows('membership_applications', key)).toBe(1);
  });

  it('two copies of one request at the same time make one record, both answered with it', async () => {
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => send(operator, '/api/posts', post, key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await rows('posts', key)).toBe(1);
  });

  it('the same key with another body gives back the first record, unchanged', async () => {
    const key = randomUUID();
    const created = await send(operator, '/api/posts', post, key);
    const other = await send(operator, '/api/posts', { ...post, titleEn: 'Something else' }, key);
    expect(other).toMatchObject({ status: 201, body: { id: created.body.id, titleEn: 'Phase IV opens' } });
  });

  it('a malformed key is refused with 400 IDEMPOTENCY_KEY_INVALID on each of the five, and nothing is created', async () => {
    const projectId = await insertProject(t, { organizationId: ORG.ssez });
    const tables = [
      'posts',
      'financing_requests',
      'expressions_of_interest',
      'service_requests',
      'membership_applications',
    ];
    const before = await Promise.all(tables.map(count));
    for (const key of ['short', 'x'.repeat(129), 'has space in it', 'dots.are.not.ok', 'semi;colon;key', '']) {
      const answers = [
        await send(operator, '/api/posts', post, key),
        await send(operator, '/api/financing-requests', completeRequest(), key),
        await send(banker, `/api/cooperation/projects/${projectId}/expressions`, message, key),
        await send(operator, `/api/agreement-services/${serviceId}/requests`, need, key),
        await send(t.anonymous(), '/api/membership-applications', {}, key),
      ];
      for (const answer of answers) {
        expect({ key, status: answer.status, error: answer.body.error }).toEqual({
          key,
          status: 400,
          error: 'IDEMPOTENCY_KEY_INVALID',
        });
        expect(answer.body.details).toEqual([
          expect.objectContaining({ field: 'Idempotency-Key', constraint: 'idempotencyKey' }),
        ]);
      }
    }
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('without a key each create makes a new record, as before', async () => {
    const first = await send(operator, '/api/posts', post);
    const second = await send(operator, '/api/posts', post);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    const a = await send(operator, '/api/financing-requests', completeRequest());
    const b = await send(operator, '/api/financing-requests', completeRequest());
    expect(b.body.id).not.toBe(a.body.id);
    const url = `/api/agreement-services/${serviceId}/requests`;
    const c = await send(operator, url, need);
    const d = await send(operator, url, need);
    expect([c.status, d.status]).toEqual([201, 201]);
    expect(d.body.id).not.toBe(c.body.id);
    const rowsWithoutKey = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM posts WHERE id = ANY($1) AND idempotency_key IS NULL`,
      [[first.body.id, second.body.id]],
    )) as { n: number }[];
    expect(Number(rowsWithoutKey[0].n)).toBe(2);
  });
});
