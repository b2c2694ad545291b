import { auditCount, fieldSet } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';

/** The defects the hostile-input probe found, one test each; the suite in hostile-input.*.int-spec.ts keeps every route to them. */
describe('request input no field may hold', () => {
  let t: TestApp;
  let operator: HttpClient;
  let secretariat: HttpClient;
  const rows = async (table: string) =>
    Number(((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    [operator, secretariat] = await Promise.all([
      t.signIn('operator@example.org'),
      t.signIn('secretariat@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it('refuses a NUL character in a field with 400 naming it, and writes nothing', async () => {
    const [posts, audit] = [await rows('posts'), await auditCount(t)];
    const res = await operator.post('/api/posts', {
      kind: 'news',
      visibility: 'public',
      titleEn: 'Open\u0000day',
      bodyEn: 'ok',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      requestId: res.headers['x-request-id'],
    });
    expect(res.body.details).toEqual([
      { field: 'titleEn', constraint: 'noControlCharacters', message: 'titleEn contains a control character (U+0000)' },
    ]);
    expect([await rows('posts'), await auditCount(t)]).toEqual([posts, audit]);
  });

  it('names the field of a NUL deep in a body and in a list, and refuses other control characters but tab and new lines', async () => {
    const nested = await operator.post('/api/posts', {
      kind: 'event',
      visibility: 'public',
      titleEn: 'Forum',
      tags: ['ok', 'b\u0000d'],
      event: { place: 'Hall\u001b[31m' },
    });
    expect(nested.status).toBe(400);
    expect(fieldSet(nested).sort()).toEqual(['event.place', 'tags.1']);

    const text = await operator.post('/api/posts/preview', { markdown: 'Line one\r\n\tindented\nline three' });
    expect(text.status).toBe(200);
  });

  it('refuses a NUL in a query string and in a path, where lists, search and the audit log used to answer 500', async () => {
    for (const url of [
      '/api/organizations?q=a%00',
      '/api/parks?q=%00',
      '/api/search?q=%00',
      '/api/financing-requests?q=%00',
    ]) {
      const res = await operator.get(url);
      expect({ url, status: res.status, fields: fieldSet(res) }).toEqual({ url, status: 400, fields: ['q'] });
    }
    const audit = await secretariat.get('/api/audit?action=%00');
    expect(audit.status).toBe(400);
    expect(fieldSet(audit)).toEqual(['action']);
    const path = await operator.get('/api/posts/%00');
    expect(path.status).toBe(400);
    expect(fieldSet(path)).toEqual(['id']);
  });

  it('refuses a lone surrogate, where e-mail fields crashed (sign-in and forgot-password too) and parks stored U+FFFD', async () => {
    const login = await t
      .anonymous()
      .post('/api/auth/login', { email: 'a\ud800b@example.org', password: 'whatever-it-is' });
    expect(login.status).toBe(400);
    expect(login.body.details).toEqual([expect.objectContaining({ field: 'email', constraint: 'wellFormedUnicode' })]);
    const forgot = await t.anonymous().post('/api/auth/password/forgot', { email: '\udc00@example.org' });
    expect(forgot.status).toBe(400);
    expect(fieldSet(forgot)).toEqual(['email']);

    const before = (await operator.get(`/api/parks/${SSEZ_PARK}`)).body as { nameEn: string; version: number };
    const park = await operator.patch(`/api/parks/${SSEZ_PARK}`, { nameEn: 'Park \ud83d', version: before.version });
    expect(park.status).toBe(400);
    expect(fieldSet(park)).toEqual(['nameEn']);
    expect((await operator.get(`/api/parks/${SSEZ_PARK}`)).body).toMatchObject({
      nameEn: before.nameEn,
      version: before.version,
    });

    // A whole pair is text like any other.
    const emoji = await operator.post('/api/posts/preview', { markdown: 'Groundbreaking 🎉' });
    expect(emoji.status).toBe(200);
  });

  it('refuses bodies nested deeper than 32 levels with 400, before sign-in and before the parser works through them', async () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    for (const raw of [deep(2000), deep(100_000), '{"email":'.repeat(2000) + '1' + '}'.repeat(2000)]) {
      const res = await t
        .anonymous()
        .agent.post('/api/auth/login')
        .set('X-Requested-With', 'XMLHttpRequest')
        .set('Content-Type', 'application/json')
        .send(raw);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: 'The request body is nested more than 32 levels deep',
      });
    }
    // 32 levels are fine as far as nesting goes (the body is still not a sign-in).
    const ok = await t
      .anonymous()
      .agent.post('/api/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send(deep(32));
    expect(ok.status).toBe(400);
    expect(ok.body.message).not.toMatch(/nested/);
  });

  it('answers a body over 1 MB with 413 and malformed JSON with 400, both in the one error shape', async () => {
    const big = await operator.agent
      .post('/api/posts')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ bodyEn: 'x'.repeat(1_100_000) }));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      requestId: big.headers['x-request-id'],
    });
    const malformed = await operator.agent
      .post('/api/posts')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send('{"kind":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, error: 'BAD_REQUEST' });
  });

  it('refuses a page beyond the last one a list serves, where the offset overflowed bigint', async () => {
    for (const url of [
      '/api/parks?page=99999999999999999999',
      '/api/organizations?page=100001',
      '/api/notifications?page=1e400',
    ]) {
      const res = await operator.get(url);
      expect({ url, status: res.status, fields: fieldSet(res) }).toEqual({ url, status: 400, fields: ['page'] });
    }
    expect((await operator.get('/api/parks?page=100000')).body).toMatchObject({ items: [], page: 100000 });
  });

  it('answers a page past the end with the same totals as the first page (no row carries the window count)', async () => {
    for (const url of ['/api/parks', '/api/organizations', '/api/notifications', '/api/financing-requests']) {
      const first = (await operator.get(`${url}?limit=1`)).body;
      const past = (await operator.get(`${url}?limit=1&page=100000`)).body;
      expect(first.total).toBeGreaterThan(0);
      expect({ url, items: past.items, total: past.total, unread: past.unread }).toEqual({
        url,
        items: [],
        total: first.total,
        unread: first.unread,
      });
    }
  });

  it('refuses numbers beyond the range JSON carries exactly, and prototype keys', async () => {
    const huge = await operator.patch(`/api/parks/${SSEZ_PARK}`, { localJobs: 1e300 });
    expect(huge.status).toBe(400);
    expect(fieldSet(huge)).toEqual(['localJobs']);
    const proto = await operator.agent
      .post('/api/posts/preview')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send('{"markdown":"x","__proto__":{"isAdmin":true}}');
    expect(proto.status).toBe(400);
    expect(fieldSet(proto)).toEqual(['__proto__']);
  });

  it('takes JSON in UTF-8 only, with 415 for another charset (what the body parser used to answer with a 500)', async () => {
    for (const charset of ['latin1', 'utf-16le']) {
      const res = await operator.agent
        .post('/api/posts/preview')
        .set('X-Requested-With', 'XMLHttpRequest')
        .set('Content-Type', `application/json; charset=${charset}`)
        .send('{"markdown":"x"}');
      expect({ charset, status: res.status, error: res.body.error }).toEqual({
        charset,
        status: 415,
        error: 'UNSUPPORTED_MEDIA_TYPE',
      });
    }
  });

  it("never mistakes a client's words for a database outage", async () => {
    const res = await t.anonymous().post('/api/auth/login', { 'Client was closed and is not queryable': 'x\u0007' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('VALIDATION_FAILED');
    const malformed = await t
      .anonymous()
      .agent.post('/api/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send('[Connection terminated');
    expect(malformed.status).toBe(400);
  });

  it('refuses the same values in the cells of a parks CSV, by row and column, and imports nothing', async () => {
    const parks = await rows('parks');
    const csv = [
      'organizationId,nameEn,country,city',
      `00000000-0000-4000-8000-000000000011,Bell\u0007 Park,KH,Phnom Penh`,
      `00000000-0000-4000-8000-000000000011,Nul\u0000 Park,KH,Kampot`,
    ].join('\n');
    const res = await secretariat.agent
      .post('/api/parks/import')
      .set('X-Requested-With', 'XMLHttpRequest')
      .attach('file', Buffer.from(csv), { filename: 'parks.csv', contentType: 'text/csv' });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('IMPORT_INVALID');
    expect(res.body.details).toEqual([
      expect.objectContaining({ row: 2, field: 'nameEn', constraint: 'noControlCharacters' }),
      expect.objectContaining({ row: 3, field: 'nameEn', constraint: 'noControlCharacters' }),
    ]);
    expect(await rows('parks')).toBe(parks);
  });
});
