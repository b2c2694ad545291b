import { fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000ffff';
const DEMO_ORG_COUNT = Object.keys(ORG).length;

describe('organizations', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin of the Sihanoukville SEZ operator
  let banker: HttpClient; // member of Bank of Jiangsu
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
    ]);
  });
  afterAll(() => t.close());

  const validOrg = {
    nameEn: 'Jiangsu–Serbia Industrial Park Co.',
    type: 'park_operator',
    country: 'RS',
    website: 'https://serbia.example.org',
  };

  describe('list', () => {
    it('pages: limit above 100 is refused, limit=2 gives two items and the total', async () => {
      const tooMany = await secretariat.get('/api/organizations?limit=101');
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error).toBe('VALIDATION_FAILED');
      expect(fields(tooMany)).toEqual(['limit']);

      const zero = await secretariat.get('/api/organizations?page=0');
      expect(zero.status).toBe(400);
      expect(fields(zero)).toEqual(['page']);

      const first = await secretariat.get('/api/organizations?limit=2');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ total: DEMO_ORG_COUNT, page: 1, limit: 2 });
      expect(first.body.items).toHaveLength(2);
      const second = await secretariat.get('/api/organizations?limit=2&page=2');
      expect(second.body.items).toHaveLength(2);
      const firstIds = first.body.items.map((o: { id: string }) => o.id);
      for (const o of second.body.items) expect(firstIds).not.toContain(o.id);

      const all = await secretariat.get('/api/organizations?limit=100');
      expect(all.body.items).toHaveLength(DEMO_ORG_COUNT);
    });

    it('filters by a name substring, in Chinese or English, case-insensitively and literally', async () => {
      const zh = await secretariat.get(`/api/organizations?q=${encodeURIComponent('西哈努克')}`);
      expect(zh.status).toBe(200);
      expect(zh.body.total).toBe(1);
      expect(zh.body.items[0].id).toBe(ORG.ssez);

      const en = await secretariat.get('/api/organizations?q=SIHANOUKVILLE');
      expect(en.body.items.map((o: { id: string }) => o.id)).toEqual([ORG.ssez]);

      // LIKE wildcards in the query are matched literally, not as wildcards.
      const wildcard = await secretariat.get(`/api/organizations?q=${encodeURIComponent('%')}`);
      expect(wildcard.status).toBe(200);
      expect(wildcard.body.total).toBe(0);
    });

    it('filters by type', async () => {
      const res = await secretariat.get('/api/organizations?type=financial_institution');
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items.map((o: { id: string }) => o.id).sort()).toEqual(
        [ORG.sinosure, ORG.bocJiangsu, ORG.bankOfJiangsu].sort(),
      );

      const bad = await secretariat.get('/api/organizations?type=bank');
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(fields(bad)).toEqual(['type']);
    });

    it('filters by status', async () => {
      expect(
        (await secretariat.post(`/api/organizations/${ORG.tanzania}/suspend`, { reason: 'Status filter test' })).status,
      ).toBe(200);
      const suspended = await secretariat.get('/api/organizations?status=suspended');
      expect(suspended.status).toBe(200);
      expect(suspended.body.items.map((o: { id: string }) => o.id)).toEqual([ORG.tanzania]);
      const active = await secretariat.get('/api/organizations?status=active&limit=100');
      expect(active.body.total).toBe(DEMO_ORG_COUNT - 1);
      expect(active.body.items.every((o: { status: string }) => o.status === 'active')).toBe(true);
      expect((await secretariat.post(`/api/organizations/${ORG.tanzania}/reinstate`, { reason: 'Done' })).status).toBe(
        200,
      );

      const bad = await secretariat.get('/api/organizations?status=dormant');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['status']);
    });

    it('is the public directory: visitors see the public part, signed-in members the contacts too', async () => {
      const anon = await t.anonymous().get('/api/organizations?limit=100');
      expect(anon.status).toBe(200);
      expect(anon.body.total).toBe(DEMO_ORG_COUNT);
      expect(anon.body.items.every((o: { contact: unknown }) => o.contact === null)).toBe(true);
      const one = await t.anonymous().get(`/api/organizations/${ORG.ssez}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ nameZh: '西哈努克港经济特区有限公司', contact: null });

      const member = await banker.get(`/api/organizations/${ORG.ssez}`);
      expect(member.status).toBe(200);
      expect(member.body.contact).toEqual({
        contactName: 'Membership liaison',
        contactEmail: 'members-011@example.org',
        contactPhone: null,
      });
    });

    it('filters the directory by type, country and text', async () => {
      const banks = await t.anonymous().get('/api/organizations?type=financial_institution&country=CN&limit=100');
      expect(banks.status).toBe(200);
      expect(banks.body.items.map((o: { id: string }) => o.id).sort()).toEqual(
        [ORG.bankOfJiangsu, ORG.bocJiangsu, ORG.sinosure].sort(),
      );
      const text = await t.anonymous().get(`/api/organizations?q=${encodeURIComponent('律师')}`);
      expect(text.body.items.map((o: { id: string }) => o.id)).toEqual([ORG.lawyers]);
      const badCountry = await t.anonymous().get('/api/organizations?country=XX');
      expect(badCountry.status).toBe(400);
      expect(fields(badCountry)).toEqual(['country']);
    });
  });

  describe('create', () => {
    it('keeps one secretariat: no organization is created as one, and neither becomes nor stops being one', async () => {
      const created = await secretariat.post('/api/organizations', {
        ...validOrg,
        nameEn: 'Second secretariat',
        type: 'secretariat',
      });
      expect(created.status).toBe(422);
      expect(fields(created)).toEqual(['type']);
      const promote = await secretariat.patch(`/api/organizations/${ORG.egypt}`, { type: 'secretariat' });
      expect(promote.status).toBe(422);
      const demote = await secretariat.patch(`/api/organizations/${ORG.secretariat}`, { type: 'park_operator' });
      expect(demote.status).toBe(422);
      expect(fields(demote)).toEqual(['type']);
      const same = await secretariat.patch(`/api/organizations/${ORG.secretariat}`, {
        type: 'secretariat',
        website: 'https://alliance.example.org',
      });
      expect(same.status).toBe(200);
    });

    it('creates an active organization that can then be read', async () => {
      const res = await secretariat.post('/api/organizations', validOrg);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ...validOrg, status: 'active', foundingMember: false, rotatingChair: false });
      expect(res.body.memberSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const read = await secretariat.get(`/api/organizations/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body.nameEn).toBe(validOrg.nameEn);

      const zhOnly = await secretariat.post('/api/organizations', {
        nameZh: '江苏—塞尔维亚研究院',
        type: 'research_institute',
      });
      expect(zhOnly.status).toBe(201);
      expect(zhOnly.body).toMatchObject({ nameEn: null, nameZh: '江苏—塞尔维亚研究院' });
    });

    it.each([
      ['type', { type: 'bank' }],
      ['country', { country: 'Cambodia' }],
      ['website', { website: 'not a url' }],
      ['website', { website: 'ftp://files.example.org' }],
      ['foo', { foo: 'bar' }],
      ['foundingMember', { foundingMember: 'yes' }],
    ])('refuses a bad %s with 400 naming it', async (field, override) => {
      const res = await secretariat.post('/api/organizations', { ...validOrg, ...override });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect(fields(res)).toEqual([field]);
    });

    it('names every bad field at once', async () => {
      const res = await secretariat.post('/api/organizations', {
        nameEn: 'Bad Co.',
        type: 'bank',
        country: 'Cambodia',
        website: 'not a url',
        foo: 1,
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect(fields(res)).toEqual(expect.arrayContaining(['type', 'country', 'website', 'foo']));
    });

    it('requires at least one name', async () => {
      const none = await secretariat.post('/api/organizations', { type: 'service_provider' });
      expect(none.status).toBe(400);
      expect(none.body.error).toBe('VALIDATION_FAILED');
      expect(fields(none)).toContain('nameEn');
      const blank = await secretariat.post('/api/organizations', { nameEn: '   ', type: 'service_provider' });
      expect(blank.status).toBe(400);
      expect(fields(blank)).toContain('nameEn');
    });

    it('is refused to an organization admin and to a member', async () => {
      const before = (await secretariat.get('/api/organizations')).body.total;
      for (const client of [operator, banker]) {
        const res = await client.post('/api/organizations', { ...validOrg, nameEn: 'Not allowed Co.' });
        expect(res.status).toBe(403);
        expect(res.body.error).toBe('FORBIDDEN');
      }
      expect((await secretariat.get('/api/organizations')).body.total).toBe(before);
    });
  });

  describe('lifecycle', () => {
    it('refuses an operator admin to suspend, reinstate or withdraw', async () => {
      for (const action of ['suspend', 'reinstate', 'withdraw', 'activate']) {
        const res = await operator.post(`/api/organizations/${ORG.indonesia}/${action}`, {
          reason: 'Not mine to decide',
        });
        expect(res.status).toBe(403);
        expect(res.body.error).toBe('FORBIDDEN');
      }
      expect((await secretariat.get(`/api/organizations/${ORG.indonesia}`)).body.status).toBe('active');
    });

    it('requires a reason to suspend', async () => {
      for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
        const res = await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, body);
        expect(res.status).toBe(400);
        expect(res.body.error).toBe('VALIDATION_FAILED');
        expect(fields(res)).toContain('reason');
      }
      expect((await secretariat.get(`/api/organizations/${ORG.egypt}`)).body.status).toBe('active');
    });

    it('suspends, refuses a second suspension, and reinstates', async () => {
      const suspended = await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Unpaid dues' });
      expect(suspended.status).toBe(200);
      expect(suspended.body.status).toBe('suspended');

      const again = await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Again' });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');
      expect(fields(again)).toEqual(['status']);

      const reinstated = await secretariat.post(`/api/organizations/${ORG.egypt}/reinstate`, { reason: 'Dues paid' });
      expect(reinstated.status).toBe(200);
      expect(reinstated.body.status).toBe('active');

      const reinstateActive = await secretariat.post(`/api/organizations/${ORG.egypt}/reinstate`, { reason: 'Again' });
      expect(reinstateActive.status).toBe(409);
      expect(reinstateActive.body.error).toBe('ILLEGAL_TRANSITION');
    });

    it('withdraws for good: no reinstatement, no suspension, no edits', async () => {
      const withdrawn = await secretariat.post(`/api/organizations/${ORG.kazakhstan}/withdraw`, {
        reason: 'Left the alliance',
      });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      for (const action of ['reinstate', 'suspend', 'withdraw', 'activate']) {
        const res = await secretariat.post(`/api/organizations/${ORG.kazakhstan}/${action}`, { reason: 'Try' });
        expect(res.status).toBe(409);
        expect(res.body.error).toBe('ILLEGAL_TRANSITION');
      }
      const edit = await secretariat.patch(`/api/organizations/${ORG.kazakhstan}`, {
        website: 'https://kz.example.org',
      });
      expect(edit.status).toBe(422);
      expect(edit.body.error).toBe('UNPROCESSABLE');
    });

    it('activates an applicant', async () => {
      const created = await secretariat.post('/api/organizations', {
        nameEn: 'Applicant Co.',
        type: 'service_provider',
      });
      await t.db.dataSource.query(`UPDATE organizations SET status = 'applicant', member_since = NULL WHERE id = $1`, [
        created.body.id,
      ]);
      const activated = await secretariat.post(`/api/organizations/${created.body.id}/activate`, {
        reason: 'Admitted',
      });
      expect(activated.status).toBe(200);
      expect(activated.body.status).toBe('active');
      expect(activated.body.memberSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const again = await secretariat.post(`/api/organizations/${created.body.id}/activate`, { reason: 'Again' });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');
    });

    it('never suspends or withdraws the secretariat', async () => {
      for (const action of ['suspend', 'withdraw']) {
        const res = await secretariat.post(`/api/organizations/${ORG.secretariat}/${action}`, { reason: 'Try' });
        expect(res.status).toBe(422);
        expect(res.body.error).toBe('UNPROCESSABLE');
      }
      expect((await secretariat.get(`/api/organizations/${ORG.secretariat}`)).body.status).toBe('active');
      expect((await secretariat.get('/api/auth/me')).status).toBe(200);
    });
  });

  describe('unknown and malformed ids', () => {
    it.each([
      ['unknown', UNKNOWN_ID],
      ['malformed', 'not-a-uuid'],
    ])('answers 404 for the %s id', async (_kind, id) => {
      const responses = [
        await secretariat.get(`/api/organizations/${id}`),
        await secretariat.patch(`/api/organizations/${id}`, { website: 'https://x.example.org' }),
        await secretariat.post(`/api/organizations/${id}/suspend`, { reason: 'Missing' }),
      ];
      for (const res of responses) {
        expect(res.status).toBe(404);
        expect(res.body.error).toBe('NOT_FOUND');
      }
    });
  });

  describe('update', () => {
    it('lets an organization admin edit their own organization', async () => {
      const res = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        website: 'https://ssez.example.com',
        descriptionEn: 'Updated by its admin.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: ORG.ssez,
        website: 'https://ssez.example.com',
        descriptionEn: 'Updated by its admin.',
        status: 'active',
      });
      expect((await banker.get(`/api/organizations/${ORG.ssez}`)).body.website).toBe('https://ssez.example.com');
    });

    it('answers 404, not 403, to an admin editing another organization, and changes nothing', async () => {
      const before = (await secretariat.get(`/api/organizations/${ORG.indonesia}`)).body;
      const res = await operator.patch(`/api/organizations/${ORG.indonesia}`, {
        website: 'https://hijack.example.org',
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('NOT_FOUND');
      expect((await secretariat.get(`/api/organizations/${ORG.indonesia}`)).body.website).toBe(before.website);
    });

    it('refuses a member editing their own organization', async () => {
      const res = await banker.patch(`/api/organizations/${ORG.bankOfJiangsu}`, { website: 'https://boj.example.org' });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('FORBIDDEN');
    });

    it('validates the edit and refuses fields an admin may not set', async () => {
      const bad = await operator.patch(`/api/organizations/${ORG.ssez}`, { country: 'Cambodia' });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(fields(bad)).toEqual(['country']);
      const status = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        status: 'active',
        memberSince: '2001-01-01',
      });
      expect(status.status).toBe(400);
      expect(fields(status)).toEqual(expect.arrayContaining(['status', 'memberSince']));
      const nulls = await secretariat.patch(`/api/organizations/${ORG.ssez}`, { type: null, foundingMember: null });
      expect(nulls.status).toBe(400);
      expect([...new Set(fields(nulls))].sort()).toEqual(['foundingMember', 'type']);
      const chair = await operator.patch(`/api/organizations/${ORG.ssez}`, { rotatingChair: true });
      expect(chair.status).toBe(403);
      expect(fields(chair)).toEqual(['rotatingChair']);
    });

    it('clears optional fields sent as null, and keeps at least one name', async () => {
      const res = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        website: null,
        contactPhone: null,
        descriptionZh: null,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ website: null, descriptionZh: null });
      const oneName = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        nameEn: null,
        nameZh: '西哈努克港经济特区有限公司',
      });
      expect(oneName.status).toBe(200);
      const noName = await operator.patch(`/api/organizations/${ORG.ssez}`, { nameZh: null });
      expect(noName.status).toBe(422);
      await operator.patch(`/api/organizations/${ORG.ssez}`, {
        nameEn: 'Sihanoukville Special Economic Zone Co., Ltd.',
        website: 'https://ssez.example.com',
      });
    });

    it('lets the secretariat edit any organization, its type and founding flag too', async () => {
      const res = await secretariat.patch(`/api/organizations/${ORG.vietnam}`, {
        nameZh: '江苏—越南工业园（更新）',
        foundingMember: false,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ nameZh: '江苏—越南工业园（更新）', foundingMember: false });
      const type = await secretariat.patch(`/api/organizations/${ORG.brvea}`, { type: 'research_institute' });
      expect(type.status).toBe(200);
      expect(type.body.type).toBe('research_institute');
    });

    it("refuses an admin changing their own organization's type (which would make it the secretariat) or founding flag", async () => {
      const promote = await operator.patch(`/api/organizations/${ORG.ssez}`, { type: 'secretariat' });
      expect(promote.status).toBe(403);
      expect(promote.body.error).toBe('FORBIDDEN');
      expect(fields(promote)).toEqual(['type']);
      const founding = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        foundingMember: false,
        website: 'https://ssez.example.net',
      });
      expect(founding.status).toBe(403);
      expect(fields(founding)).toEqual(['foundingMember']);

      const org = (await secretariat.get(`/api/organizations/${ORG.ssez}`)).body;
      expect(org).toMatchObject({ type: 'park_operator', foundingMember: true, website: 'https://ssez.example.com' });
      const me = await operator.get('/api/auth/me');
      expect(me.body.rules).not.toContainEqual({ action: 'manage', subject: 'all' });
      expect(
        (await operator.post(`/api/organizations/${ORG.indonesia}/suspend`, { reason: 'Escalated?' })).status,
      ).toBe(403);
    });

    it('keeps at least one name', async () => {
      const none = await operator.patch(`/api/organizations/${ORG.ssez}`, { nameEn: null, nameZh: null });
      expect(none.status).toBe(422);
      expect(none.body.error).toBe('UNPROCESSABLE');
      expect(fields(none)).toEqual(['nameEn']);
      const org = (await secretariat.get(`/api/organizations/${ORG.ssez}`)).body;
      expect(org.nameEn).toBe('Sihanoukville Special Economic Zone Co., Ltd.');

      const zhOnly = await operator.patch(`/api/organizations/${ORG.ssez}`, { nameEn: null });
      expect(zhOnly.status).toBe(200);
      expect(zhOnly.body).toMatchObject({ nameEn: null, nameZh: '西哈努克港经济特区有限公司' });
      const restored = await operator.patch(`/api/organizations/${ORG.ssez}`, {
        nameEn: 'Sihanoukville Special Economic Zone Co., Ltd.',
      });
      expect(restored.status).toBe(200);
    });
  });
});
