import { addColleague, auditCount, fieldSet } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5b50000000049454e44ae426082',
  'hex',
);

const brief = (override: Record<string, unknown> = {}) => ({
  titleEn: "Cambodia's Law on Investment: incentives for qualified projects",
  titleZh: '柬埔寨投资法：合格投资项目的优惠',
  summaryEn: 'What the 2021 Law on Investment offers qualified investment projects.',
  summaryZh: '2021年投资法为合格投资项目提供的优惠。',
  bodyEn: 'The law grants **tax incentives** to qualified investment projects.',
  bodyZh: '该法为合格投资项目提供**税收优惠**。',
  countries: ['KH'],
  topics: ['investment_law', 'tax'],
  audience: 'public',
  ...override,
});

import type { Response } from 'supertest';

type Res = Response;
const ids = (res: Res) => (res.body.items as { id: string }[]).map((b) => b.id);

describe('policy briefs', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let editor: HttpClient; // a second secretariat user
  let partner: HttpClient; // Jiangsu Lawyers Association admin
  let partnerMember: HttpClient; // its colleague, not an admin
  let operator: HttpClient; // Sihanoukville SEZ admin
  let banker: HttpClient;

  function upload(client: HttpClient, content: Buffer, name: string) {
    return client.agent
      .post('/api/attachments')
      .set('X-Requested-With', 'XMLHttpRequest')
      .attach('file', content, { filename: name, contentType: 'application/octet-stream' });
  }

  /** A brief of the Lawyers Association taken to `published`: written, submitted, published by the secretariat. */
  async function published(override: Record<string, unknown> = {}): Promise<Res> {
    const created = await partner.post('/api/policy-briefs', brief(override));
    expect(created.status).toBe(201);
    expect((await partner.post(`/api/policy-briefs/${created.body.id}/submit`)).status).toBe(200);
    const res = await secretariat.post(`/api/policy-briefs/${created.body.id}/publish`);
    expect(res.status).toBe(200);
    return res;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await addColleague(t, 'secretariat@example.org', 'editor@example.org');
    await addColleague(t, 'partner@example.org', 'researcher2@example.org');
    [secretariat, editor, partner, partnerMember, operator, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('editor@example.org'),
      t.signIn('partner@example.org'),
      t.signIn('researcher2@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
    ]);
  });
  afterAll(() => t.close());

  describe('review', () => {
    it('goes draft → in review → changes requested → in review → published, each step audited and told', async () => {
      const before = await auditCount(t);
      const draft = await partner.post('/api/policy-briefs', brief());
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        workingVersion: 1,
        workingStatus: 'draft',
        publishedVersion: null,
        actions: ['update', 'submit', 'comment'],
        content: { number: 1, status: 'draft', authorName: 'Lawyers Association Liaison' },
      });
      expect(draft.body.content.bodyHtmlEn).toBe(
        '<p>The law grants <strong>tax incentives</strong> to qualified investment projects.</p>\n',
      );
      const id = draft.body.id as string;
      // A draft is its organization's own work: nobody else opens it, the secretariat included.
      for (const other of [t.anonymous(), banker, secretariat])
        expect((await other.get(`/api/policy-briefs/${id}`)).status).toBe(404);
      expect((await partnerMember.get(`/api/policy-briefs/${id}`)).status).toBe(200);

      const submitted = await partnerMember.post(`/api/policy-briefs/${id}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'in_review', workingStatus: 'in_review', actions: ['comment'] });
      expect(ids(await secretariat.get('/api/policy-briefs?scope=review&limit=100'))).toContain(id);
      expect((await secretariat.get(`/api/policy-briefs/${id}`)).body.actions).toEqual([
        'request_changes',
        'publish',
        'comment',
      ]);
      const told = (await secretariat.get('/api/notifications?limit=100')).body.items as {
        type: string;
        recordId: string;
      }[];
      expect(told).toContainEqual(expect.objectContaining({ type: 'brief_submitted', recordId: id }));

      const sentBack = await secretariat.post(`/api/policy-briefs/${id}/request-changes`, {
        body: 'Please cite the article of the law that sets the incentive.',
      });
      expect(sentBack.status).toBe(200);
      expect(sentBack.body).toMatchObject({ status: 'changes_requested', workingStatus: 'changes_requested' });
      const thread = await partner.get(`/api/policy-briefs/${id}/comments`);
      expect(thread.body.items).toEqual([
        expect.objectContaining({ side: 'secretariat', kind: 'changes_requested', versionNumber: 1 }),
      ]);
      expect((await partner.post(`/api/policy-briefs/${id}/comments`, { body: 'Added article 24.' })).status).toBe(201);

      const edited = await partner.patch(`/api/policy-briefs/${id}`, {
        bodyEn: 'Article 24 of the law grants **tax incentives** to qualified investment projects.',
        version: sentBack.body.version,
      });
      expect(edited.status).toBe(200);
      expect((await partner.post(`/api/policy-briefs/${id}/submit`)).body.status).toBe('in_review');
      const out = await secretariat.post(`/api/policy-briefs/${id}/publish`);
      expect(out.status).toBe(200);
      expect(out.body).toMatchObject({
        status: 'published',
        publishedVersion: 1,
        workingVersion: null,
        content: { status: 'published', reviewerName: 'Secretariat Officer' },
      });
      expect(out.body.publishedAt).toBeTruthy();
      const visitor = await t.anonymous().get(`/api/policy-briefs/${id}`);
      expect(visitor.status).toBe(200);
      expect(visitor.body).toMatchObject({ working: null, actions: [] });
      expect(visitor.body.content.bodyEn).toContain('Article 24');
      expect(ids(await t.anonymous().get('/api/policy-briefs?country=KH&topic=tax&limit=100'))).toContain(id);
      // create, submit, request changes, comment, update, submit, publish
      expect(await auditCount(t)).toBe(before + 7);
      const approved = (await partner.get('/api/notifications?limit=100')).body.items as { type: string }[];
      expect(approved.map((n) => n.type)).toEqual(
        expect.arrayContaining(['brief_changes_requested', 'brief_approved']),
      );
    });

    it('refuses steps the status does not allow (409 naming what is allowed) and roles that may not take them', async () => {
      const draft = await partner.post('/api/policy-briefs', brief());
      const id = draft.body.id as string;
      expect((await partner.post(`/api/policy-briefs/${id}/publish`)).status).toBe(403);
      await partner.post(`/api/policy-briefs/${id}/submit`);
      const again = await partner.post(`/api/policy-briefs/${id}/submit`);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ error: 'ILLEGAL_TRANSITION' });
      expect(again.body.message).toContain('allowed: comment');
      const editInReview = await partner.patch(`/api/policy-briefs/${id}`, { titleEn: 'Changed while in review' });
      expect(editInReview.status).toBe(409);
      expect((await partner.post(`/api/policy-briefs/${id}/new-version`)).status).toBe(409);
      expect((await partner.post(`/api/policy-briefs/${id}/retract`, { reason: 'Not published yet' })).status).toBe(
        409,
      );
      // Another organization's brief in review: a 404 to a member, 403 on a step only the secretariat takes.
      expect((await operator.post(`/api/policy-briefs/${id}/submit`)).status).toBe(404);
      expect((await operator.patch(`/api/policy-briefs/${id}`, { titleEn: 'Mine now' })).status).toBe(404);
      expect((await banker.post(`/api/policy-briefs/${id}/request-changes`, { body: 'No' })).status).toBe(403);
      // The secretariat reviews but does not write another organization's brief.
      expect((await secretariat.patch(`/api/policy-briefs/${id}`, { titleEn: 'Edited by us' })).status).toBe(403);
      const noComment = await secretariat.post(`/api/policy-briefs/${id}/request-changes`, { body: '  ' });
      expect(noComment.status).toBe(400);
      expect(fieldSet(noComment)).toEqual(['body']);
      expect((await secretariat.get(`/api/policy-briefs/${id}`)).body.workingStatus).toBe('in_review');
    });

    it('validates what is written: a title, host countries, topics, audience, PDFs only', async () => {
      const bad = await partner.post('/api/policy-briefs', {
        ...brief({ countries: [], topics: ['weather'], audience: 'everyone', summaryEn: 'x'.repeat(1001) }),
      });
      expect(bad.status).toBe(400);
      expect(new Set(fieldSet(bad))).toEqual(new Set(['countries', 'topics', 'audience', 'summaryEn']));
      const untitled = await partner.post('/api/policy-briefs', brief({ titleEn: null, titleZh: null }));
      expect(untitled.status).toBe(422);
      expect(untitled.body.reason).toBe('BRIEF_TITLE_REQUIRED');
      expect((await partner.post('/api/policy-briefs', brief({ countries: ['XX'] }))).status).toBe(400);

      const image = (await upload(partner, PNG, 'chart.png')).body;
      const refused = await partner.post('/api/policy-briefs', brief({ attachmentIds: [image.id] }));
      expect(refused.status).toBe(422);
      expect(refused.body.reason).toBe('BRIEF_ATTACHMENT_NOT_PDF');
      const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM policy_briefs WHERE title_en = $1`, [
        brief().titleEn,
      ]);
      const pdf = (await upload(partner, PDF, 'law.pdf')).body;
      const created = await partner.post('/api/policy-briefs', brief({ attachmentIds: [pdf.id] }));
      expect(created.status).toBe(201);
      expect(created.body.content.attachments).toEqual([expect.objectContaining({ id: pdf.id, fileName: 'law.pdf' })]);
      const [{ n: after }] = await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM policy_briefs WHERE title_en = $1`,
        [brief().titleEn],
      );
      expect(after).toBe(n + 1);

      const cleared = await partner.patch(`/api/policy-briefs/${created.body.id}`, { titleEn: null, titleZh: null });
      expect(cleared.status).toBe(422);
      expect(cleared.body.reason).toBe('BRIEF_TITLE_REQUIRED');
    });

    it('never lets the secretariat review its own writing', async () => {
      const own = await secretariat.post('/api/policy-briefs', brief({ titleEn: 'Alliance note on customs' }));
      expect(own.status).toBe(201);
      const id = own.body.id as string;
      expect((await secretariat.post(`/api/policy-briefs/${id}/submit`)).status).toBe(200);
      const self = await secretariat.post(`/api/policy-briefs/${id}/publish`);
      expect(self.status).toBe(403);
      expect(self.body.message).toContain('another secretariat user');
      expect((await secretariat.post(`/api/policy-briefs/${id}/request-changes`, { body: 'Me' })).status).toBe(403);
      expect((await secretariat.get(`/api/policy-briefs/${id}`)).body.actions).toEqual(['comment']);
      expect((await editor.get(`/api/policy-briefs/${id}`)).body.actions).toEqual([
        'request_changes',
        'publish',
        'comment',
      ]);
      expect((await editor.post(`/api/policy-briefs/${id}/publish`)).status).toBe(200);
    });
  });

  describe('versions', () => {
    it('keeps readers on the published version while the next is written, then shows the new one; diff in both languages', async () => {
      const v1 = await published();
      const id = v1.body.id as string;
      const started = await partner.post(`/api/policy-briefs/${id}/new-version`);
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({ status: 'published', publishedVersion: 1, workingVersion: 2 });
      expect((await partner.post(`/api/policy-briefs/${id}/new-version`)).status).toBe(409);
      await partner.patch(`/api/policy-briefs/${id}`, {
        bodyEn: 'The amended law grants **tax incentives** to all qualified investment projects.',
        bodyZh: '修订后的该法为所有合格投资项目提供**税收优惠**。',
      });
      const reader = await banker.get(`/api/policy-briefs/${id}`);
      expect(reader.body).toMatchObject({ publishedVersion: 1, working: null });
      expect(reader.body.content.bodyEn).toBe(brief().bodyEn);
      expect(
        (await banker.get(`/api/policy-briefs/${id}/versions`)).body.items.map((v: { number: number }) => v.number),
      ).toEqual([1]);
      expect(
        (await partner.get(`/api/policy-briefs/${id}/versions`)).body.items.map((v: { number: number }) => v.number),
      ).toEqual([2, 1]);
      // The draft is not the readers' to compare.
      const hidden = await banker.get(`/api/policy-briefs/${id}/diff?from=1&to=2`);
      expect(hidden.status).toBe(422);
      expect(hidden.body.reason).toBe('BRIEF_VERSION_UNKNOWN');

      await partner.post(`/api/policy-briefs/${id}/submit`);
      const v2 = await secretariat.post(`/api/policy-briefs/${id}/publish`);
      expect(v2.body).toMatchObject({ publishedVersion: 2, workingVersion: null, content: { number: 2 } });
      expect((await t.anonymous().get(`/api/policy-briefs/${id}`)).body.content.bodyZh).toContain('修订后');

      const diff = await t.anonymous().get(`/api/policy-briefs/${id}/diff?from=1&to=2`);
      expect(diff.status).toBe(200);
      const changed = (parts: { value: string; added?: boolean; removed?: boolean }[], kind: 'added' | 'removed') =>
        parts.filter((p) => p[kind]).map((p) => p.value.trim());
      expect(changed(diff.body.en.body, 'added')).toEqual(expect.arrayContaining(['amended', 'all']));
      expect(changed(diff.body.en.body, 'removed')).toEqual([]);
      expect(diff.body.en.title).toEqual([{ value: brief().titleEn }]);
      // Chinese is compared word by word (segmented), not as one run of characters.
      expect(changed(diff.body.zh.body, 'added')).toEqual(['修订后的', '所有']);
      expect(
        diff.body.zh.body.find(
          (p: { value: string; added?: boolean; removed?: boolean }) =>
            !p.added && !p.removed && p.value.includes('税收'),
        ),
      ).toBeTruthy();
      const unknown = await t.anonymous().get(`/api/policy-briefs/${id}/diff?from=1&to=9`);
      expect(unknown.status).toBe(422);
      expect(fieldSet(await t.anonymous().get(`/api/policy-briefs/${id}/diff?from=one&to=2`))).toEqual(['from']);
    });
  });

  describe('who reads what', () => {
    it('keeps members-only briefs and their files from visitors in list, detail, search and download', async () => {
      const pdf = (await upload(partner, PDF, 'members.pdf')).body;
      const res = await published({
        titleEn: 'Members note on Ethiopian labour rules',
        titleZh: '埃塞俄比亚劳工规则会员简报',
        countries: ['ET'],
        topics: ['labour'],
        audience: 'members',
        attachmentIds: [pdf.id],
      });
      const id = res.body.id as string;
      const visitor = t.anonymous();
      expect((await visitor.get(`/api/policy-briefs/${id}`)).status).toBe(404);
      expect(ids(await visitor.get('/api/policy-briefs?country=ET&limit=100'))).not.toContain(id);
      expect((await visitor.get(`/api/policy-briefs/${id}/versions`)).status).toBe(404);
      expect((await visitor.get(`/api/attachments/${pdf.id}`)).status).toBe(404);
      const found = await visitor.get(`/api/search?q=${encodeURIComponent('劳工规则')}`);
      expect(found.body.items.map((i: { id: string }) => i.id)).not.toContain(id);

      expect((await banker.get(`/api/policy-briefs/${id}`)).status).toBe(200);
      expect((await banker.get(`/api/attachments/${pdf.id}`)).status).toBe(200);
      const memberSearch = await banker.get(`/api/search?q=${encodeURIComponent('劳工规则')}`);
      expect(memberSearch.body.items).toContainEqual(expect.objectContaining({ id, type: 'policy_brief' }));
      // The review thread is the author's and the secretariat's.
      expect((await banker.get(`/api/policy-briefs/${id}/comments`)).status).toBe(404);
      expect((await banker.post(`/api/policy-briefs/${id}/comments`, { body: 'Hello' })).status).toBe(404);
    });

    it('finds public briefs in search by English stems and Chinese substrings, with their kind', async () => {
      const res = await published({
        titleEn: 'Customs clearance rules for industrial parks',
        titleZh: '工业园区海关通关规则',
      });
      const id = res.body.id as string;
      for (const q of ['clearances', '海关通关']) {
        const found = await t.anonymous().get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(found.status).toBe(200);
        expect(found.body.items).toContainEqual(expect.objectContaining({ id, type: 'policy_brief', country: 'KH' }));
        const listed = await t.anonymous().get(`/api/policy-briefs?q=${encodeURIComponent(q)}&limit=100`);
        expect(ids(listed)).toContain(id);
        expect(ids(listed)).not.toContain('00000000-0000-4000-8000-000000001002'); // the UAE tax brief
      }
    });
  });

  describe('retraction', () => {
    it('takes a brief out of lists and search, keeps its page marked retracted, by an admin of its organization only', async () => {
      const res = await published({
        titleEn: 'Land lease terms in Kazakhstan',
        titleZh: '哈萨克斯坦土地租赁条件',
        countries: ['KZ'],
      });
      const id = res.body.id as string;
      expect((await partnerMember.post(`/api/policy-briefs/${id}/retract`, { reason: 'Outdated' })).status).toBe(403);
      expect((await operator.post(`/api/policy-briefs/${id}/retract`, { reason: 'Not ours' })).status).toBe(404);
      const noReason = await partner.post(`/api/policy-briefs/${id}/retract`, {});
      expect(noReason.status).toBe(400);
      expect(fieldSet(noReason)).toEqual(['reason']);

      const retracted = await partner.post(`/api/policy-briefs/${id}/retract`, {
        reason: 'The lease rules changed in 2024.',
      });
      expect(retracted.status).toBe(200);
      expect(retracted.body).toMatchObject({
        status: 'retracted',
        retractedReason: 'The lease rules changed in 2024.',
        actions: [],
      });
      const page = await t.anonymous().get(`/api/policy-briefs/${id}`);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ status: 'retracted', retractedReason: 'The lease rules changed in 2024.' });
      expect(ids(await t.anonymous().get('/api/policy-briefs?country=KZ&limit=100'))).not.toContain(id);
      const found = await t.anonymous().get(`/api/search?q=${encodeURIComponent('土地租赁')}`);
      expect(found.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
      expect((await secretariat.post(`/api/policy-briefs/${id}/retract`, { reason: 'Again' })).status).toBe(409);
    });
  });

  describe('followers', () => {
    it('tells the followers of its countries and topics once, at its first publication', async () => {
      const nothing = { countries: [], sectors: [], kinds: [], organizationIds: [] };
      expect((await operator.put('/api/me/follows', { ...nothing, policyTopics: ['environment'] })).status).toBe(200);
      expect((await banker.put('/api/me/follows', { ...nothing, countries: ['TZ'] })).status).toBe(200);
      const follows = await operator.get('/api/me/follows');
      expect(follows.body.policyTopics).toEqual(['environment']);
      // Saving follows without policy topics keeps them.
      await operator.put('/api/me/follows', { ...nothing, countries: ['VN'] });
      expect((await operator.get('/api/me/follows')).body.policyTopics).toEqual(['environment']);

      const res = await published({
        titleEn: 'Environmental permits in Tanzania',
        countries: ['TZ'],
        topics: ['environment'],
      });
      const id = res.body.id as string;
      const countFor = async (client: HttpClient) =>
        ((await client.get('/api/notifications?limit=100')).body.items as { type: string; recordId: string }[]).filter(
          (n) => n.type === 'brief_published' && n.recordId === id,
        ).length;
      expect(await countFor(operator)).toBe(1);
      expect(await countFor(banker)).toBe(1);
      expect(await countFor(partner)).toBe(0);

      await partner.post(`/api/policy-briefs/${id}/new-version`);
      await partner.post(`/api/policy-briefs/${id}/submit`);
      await secretariat.post(`/api/policy-briefs/${id}/publish`);
      expect(await countFor(operator)).toBe(1);
      expect(await countFor(banker)).toBe(1);
    });
  });
});
