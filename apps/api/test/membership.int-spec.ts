import { auditCount, fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const PENDING_SIMILAR = '00000000-0000-4000-8000-000000000302'; // demo: "Sihanoukville SEZ Company"
const PENDING_RESEARCH = '00000000-0000-4000-8000-000000000304'; // demo: a research centre (the Nanjing institute's, 303, was approved)

const application = (override: Record<string, unknown> = {}) => ({
  nameEn: 'Jiangsu–Laos Industrial Park Co., Ltd.',
  nameZh: '江苏—老挝产业园有限公司',
  type: 'park_operator',
  country: 'LA',
  website: 'https://laos-park.example.org',
  descriptionEn: 'Builds and runs an industrial park near Vientiane.',
  contactName: 'Zhou Lin',
  contactEmail: 'zhou.lin@example.org',
  contactPhone: '+856 21 555 0199',
  parks: [
    { nameEn: 'Vientiane Jiangsu Industrial Park', nameZh: '万象江苏产业园', country: 'LA', city: 'Vientiane' },
    { nameZh: '琅勃拉邦物流园', country: 'LA' },
  ],
  acceptTerms: true,
  locale: 'zh',
  ...override,
});

async function countRows(t: TestApp, table: string): Promise<number> {
  const [row] = (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return Number(row.n);
}

describe('membership applications', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let banker: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, banker] = await Promise.all([t.signIn('secretariat@example.org'), t.signIn('banker@example.org')]);
  });
  afterAll(() => t.close());

  describe('the public form', () => {
    it('accepts an application from a visitor, answers a reference and e-mails it in the applicant’s language', async () => {
      const res = await t.anonymous().post('/api/membership-applications', application());
      expect(res.status).toBe(201);
      expect(res.body.reference).toMatch(/^AP-\d{4}-\d{5}$/);
      const [mail] = await t.outbox('zhou.lin@example.org');
      expect(mail.subject).toContain(res.body.reference);
      expect(mail.bodyText).toContain('江苏—老挝产业园有限公司');
      expect(mail.bodyText).toContain('入盟申请');
    });

    it('names every bad field, nested ones by path, and stores nothing', async () => {
      const before = await countRows(t, 'membership_applications');
      const res = await t.anonymous().post('/api/membership-applications', {
        nameEn: 'x'.repeat(301),
        type: 'secretariat',
        country: 'ZZ',
        website: 'javascript:alert(1)',
        contactName: '',
        contactEmail: 'nobody',
        contactPhone: 'call me maybe',
        parks: [{ nameEn: 'Park', country: 'Laos' }],
        acceptTerms: false,
        locale: 'fr',
      });
      expect(res.status).toBe(400);
      expect([...new Set(fields(res))].sort()).toEqual(
        [
          'acceptTerms',
          'contactEmail',
          'contactName',
          'contactPhone',
          'country',
          'locale',
          'nameEn',
          'parks.0.country',
          'type',
          'website',
        ].sort(),
      );
      const tooManyParks = await t
        .anonymous()
        .post(
          '/api/membership-applications',
          application({ parks: Array.from({ length: 21 }, (_, i) => ({ nameEn: `Park ${i}`, country: 'LA' })) }),
        );
      expect(fields(tooManyParks)).toEqual(['parks']);
      const nameless = await t
        .anonymous()
        .post('/api/membership-applications', application({ nameEn: undefined, nameZh: undefined }));
      expect([...new Set(fields(nameless))]).toEqual(['nameEn']);
      const bankWithParks = await t
        .anonymous()
        .post('/api/membership-applications', application({ type: 'financial_institution' }));
      expect(bankWithParks.status).toBe(422);
      expect(fields(bankWithParks)).toEqual(['parks']);
      expect(await countRows(t, 'membership_applications')).toBe(before);
    });

    it('drops a submission whose hidden honeypot field is filled, without telling the bot', async () => {
      const before = await countRows(t, 'membership_applications');
      const res = await t
        .anonymous()
        .post(
          '/api/membership-applications',
          application({ contactEmail: 'bot@example.org', homepage: 'http://spam.example' }),
        );
      expect(res.status).toBe(201);
      expect(res.body.reference).toMatch(/^AP-/);
      expect(await countRows(t, 'membership_applications')).toBe(before);
      expect(await t.outbox('bot@example.org')).toHaveLength(0);
    });

    it('refuses a second pending application from the same e-mail with 409', async () => {
      const res = await t.anonymous().post('/api/membership-applications', application({ nameEn: 'Another name' }));
      expect(res.status).toBe(409);
      expect(fields(res)).toEqual(['contactEmail']);
    });
  });

  describe("the secretariat's queue", () => {
    it('is for the secretariat only', async () => {
      expect((await t.anonymous().get('/api/membership-applications')).status).toBe(401);
      expect((await banker.get('/api/membership-applications')).status).toBe(403);
      expect((await banker.get(`/api/membership-applications/${PENDING_SIMILAR}`)).status).toBe(403);
      expect((await banker.post(`/api/membership-applications/${PENDING_SIMILAR}/approve`)).status).toBe(403);
    });

    it('filters by status and type, oldest pending first', async () => {
      const pending = await secretariat.get('/api/membership-applications?status=pending&limit=100');
      expect(pending.status).toBe(200);
      const created = pending.body.items.map((a: { createdAt: string }) => a.createdAt);
      expect(created).toEqual([...created].sort());
      const research = await secretariat.get('/api/membership-applications?type=research_institute&status=pending');
      expect(research.body.items.map((a: { id: string }) => a.id)).toEqual([PENDING_RESEARCH]);
      const bad = await secretariat.get('/api/membership-applications?status=open');
      expect(fields(bad)).toEqual(['status']);
    });

    it('warns about existing organizations with a similar name, in English or in Chinese', async () => {
      const similar = await secretariat.get(`/api/membership-applications/${PENDING_SIMILAR}`);
      expect(similar.body.similarOrganizations.map((o: { id: string }) => o.id)).toContain(ORG.ssez);

      await t.anonymous().post(
        '/api/membership-applications',
        application({
          nameEn: undefined,
          nameZh: '西哈努克港经济特区有限责任公司',
          contactEmail: 'zh-only@example.org',
          parks: [],
        }),
      );
      const list = await secretariat.get(`/api/membership-applications?q=${encodeURIComponent('有限责任公司')}`);
      const [zhOnly] = list.body.items;
      expect(zhOnly.similarOrganizations[0]).toMatchObject({ id: ORG.ssez, nameZh: '西哈努克港经济特区有限公司' });
      expect(zhOnly.similarOrganizations[0].similarity).toBeGreaterThan(0.5);

      const unrelated = await secretariat.get(`/api/membership-applications/${PENDING_RESEARCH}`);
      expect(unrelated.body.similarOrganizations).toEqual([]);
    });
  });

  describe('decisions', () => {
    it('approves: creates the active organization with its parks, invites the contact as its admin, who can then edit the park', async () => {
      const [pending] = (
        await secretariat.get(`/api/membership-applications?q=${encodeURIComponent('zhou.lin@example.org')}`)
      ).body.items;
      const res = await secretariat.post(`/api/membership-applications/${pending.id}/approve`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved', organizationId: expect.any(String) });
      expect(res.body.decidedAt).toBeTruthy();

      const org = (await secretariat.get(`/api/organizations/${res.body.organizationId}`)).body;
      expect(org).toMatchObject({
        status: 'active',
        memberSince: new Date().toISOString().slice(0, 10),
        nameZh: '江苏—老挝产业园有限公司',
        type: 'park_operator',
      });
      expect(org.contact).toMatchObject({ contactEmail: 'zhou.lin@example.org' });
      const parks = (await t.anonymous().get(`/api/parks?organizationId=${org.id}`)).body.items;
      expect(parks.map((p: { nameZh: string }) => p.nameZh).sort()).toEqual(
        ['万象江苏产业园', '琅勃拉邦物流园'].sort(),
      );

      const [invitation] = await t.outbox('zhou.lin@example.org');
      expect(invitation.subject).toBe(`入盟申请已获批准（${res.body.reference}）`);
      expect(invitation.bodyText).toContain('“江苏—老挝产业园有限公司”的入盟申请');
      expect(invitation.bodyText).not.toMatch(/\.\./);
      const { token } = await t.linkFor('zhou.lin@example.org');
      const accepted = await t
        .anonymous()
        .post('/api/auth/invitations/accept', { token, password: 'Vientiane-park-2026' });
      expect(accepted.status).toBe(204);
      const newAdmin = await t.signIn('zhou.lin@example.org', 'Vientiane-park-2026');
      const me = (await newAdmin.get('/api/auth/me')).body;
      expect(me.user).toMatchObject({ orgRole: 'admin', locale: 'zh' });
      expect(me.organization).toMatchObject({ status: 'active', type: 'park_operator' });
      const edit = await newAdmin.patch(`/api/parks/${parks[0].id}`, {
        enterpriseCount: 3,
        latitude: 17.97,
        longitude: 102.6,
      });
      expect(edit.status).toBe(200);

      const again = await secretariat.post(`/api/membership-applications/${pending.id}/approve`);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');
      expect(again.body.message).toBe('Cannot approve a record that is approved; allowed: none');
    });

    it('writes nothing when the approval fails (contact already has an account)', async () => {
      await t.anonymous().post(
        '/api/membership-applications',
        application({
          nameEn: 'Duplicate Contact Park',
          nameZh: undefined,
          contactEmail: 'operator2@example.org',
          parks: [],
        }),
      );
      const [pending] = (
        await secretariat.get(`/api/membership-applications?q=${encodeURIComponent('operator2@example.org')}`)
      ).body.items;
      const [orgs, parks, audits] = [
        await countRows(t, 'organizations'),
        await countRows(t, 'parks'),
        await auditCount(t),
      ];
      const res = await secretariat.post(`/api/membership-applications/${pending.id}/approve`);
      expect(res.status).toBe(409);
      expect(res.body.error).toBe('EMAIL_TAKEN');
      expect([await countRows(t, 'organizations'), await countRows(t, 'parks'), await auditCount(t)]).toEqual([
        orgs,
        parks,
        audits,
      ]);
      expect((await secretariat.get(`/api/membership-applications/${pending.id}`)).body.status).toBe('pending');
    });

    it('rejects with a required reason, e-mailed to the applicant; a rejected application cannot be approved', async () => {
      const noReason = await secretariat.post(`/api/membership-applications/${PENDING_RESEARCH}/reject`, {
        reason: '  ',
      });
      expect(noReason.status).toBe(400);
      expect(fields(noReason)).toEqual(['reason']);

      const res = await secretariat.post(`/api/membership-applications/${PENDING_RESEARCH}/reject`, {
        reason: '请先提交研究成果清单。',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: '请先提交研究成果清单。' });
      const [mail] = await t.outbox('zhao.lei@example.org');
      expect(mail.bodyText).toContain('请先提交研究成果清单。');
      expect(mail.subject).toContain('AP-2026-00004');

      expect((await secretariat.post(`/api/membership-applications/${PENDING_RESEARCH}/approve`)).status).toBe(409);
      expect(
        (await secretariat.post('/api/membership-applications/00000000-0000-4000-8000-00000000ffff/approve')).status,
      ).toBe(404);
    });
  });
});

describe('membership applications: rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ APPLICATIONS_PER_IP_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('accepts N applications per IP per hour, then answers 429 with Retry-After', async () => {
    for (const n of [1, 2]) {
      const res = await t
        .anonymous()
        .post('/api/membership-applications', application({ contactEmail: `rate${n}@example.org` }));
      expect(res.status).toBe(201);
    }
    const third = await t
      .anonymous()
      .post('/api/membership-applications', application({ contactEmail: 'rate3@example.org' }));
    expect(third.status).toBe(429);
    expect(third.body.error).toBe('TOO_MANY_REQUESTS');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(3000);
  });
});

describe('membership applications: simultaneous submissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ APPLICATIONS_PER_IP_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('counts simultaneous submissions from one address one by one: exactly the limit gets through', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        t.anonymous().post('/api/membership-applications', application({ contactEmail: `burst${n}@example.org` })),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 429, 429, 429, 429]);
  });
});

describe('membership applications: one pending application per e-mail, even at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('accepts one of two simultaneous applications from the same e-mail and answers 409 to the other', async () => {
    const [a, b] = await Promise.all([
      t.anonymous().post('/api/membership-applications', application({ contactEmail: 'twice@example.org' })),
      t
        .anonymous()
        .post('/api/membership-applications', application({ contactEmail: 'twice@example.org', nameEn: 'Second try' })),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [row] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM membership_applications WHERE contact_email = 'twice@example.org'`,
    )) as { n: number }[];
    expect(Number(row.n)).toBe(1);
  });
});
