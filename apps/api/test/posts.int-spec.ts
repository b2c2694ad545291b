import { auditCount, fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';
import { PostsService } from '../src/modules/posts/posts.service';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const INDONESIA_PARK = '00000000-0000-4000-8000-000000000203';

const post = (override: Record<string, unknown> = {}) => ({
  kind: 'opportunity',
  titleEn: 'Standard factory units available for garment investments',
  titleZh: '西港特区标准厂房招租',
  bodyEn: 'Twelve **standard factory** units are ready for lease.',
  bodyZh: '园区内十二栋**标准厂房**可供租赁，欢迎纺织服装企业入驻。',
  countries: ['KH'],
  sectors: ['textiles_garments'],
  tags: ['factory', '厂房'],
  parkId: SSEZ_PARK,
  visibility: 'public',
  ...override,
});

describe('posts', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // Sihanoukville SEZ admin
  let operator2: HttpClient; // Indonesia park admin
  let banker: HttpClient;

  async function published(client: HttpClient, override: Record<string, unknown> = {}) {
    const created = await client.post('/api/posts', post(override));
    expect(created.status).toBe(201);
    const res = await client.post(`/api/posts/${created.body.id}/publish`);
    expect(res.status).toBe(200);
    return res.body as { id: string; version: number };
  }

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
    ]);
  });
  afterAll(() => t.close());

  describe('writing and publishing', () => {
    it('creates a draft only its organization sees, publishes it for everyone, audited', async () => {
      const before = await auditCount(t);
      const draft = await operator.post('/api/posts', post());
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        organizationId: ORG.ssez,
        authorName: 'Sihanoukville SEZ Admin',
        park: { id: SSEZ_PARK },
      });
      expect(draft.body.bodyHtmlEn).toBe(
        '<p>Twelve <strong>standard factory</strong> units are ready for lease.</p>\n',
      );
      expect(draft.body.excerptZh).toBe('园区内十二栋标准厂房可供租赁，欢迎纺织服装企业入驻。');

      expect((await t.anonymous().get(`/api/posts/${draft.body.id}`)).status).toBe(404);
      expect((await banker.get(`/api/posts/${draft.body.id}`)).status).toBe(404);
      expect((await operator.get(`/api/posts/${draft.body.id}`)).status).toBe(200);
      expect((await secretariat.get(`/api/posts/${draft.body.id}`)).status).toBe(200);
      const drafts = await operator.get('/api/posts?status=draft');
      expect(drafts.body.items.map((p: { id: string }) => p.id)).toContain(draft.body.id);
      expect((await banker.get('/api/posts?status=draft')).body.items.map((p: { id: string }) => p.id)).not.toContain(
        draft.body.id,
      );

      const published = await operator.post(`/api/posts/${draft.body.id}/publish`);
      expect(published.status).toBe(200);
      expect(published.body.status).toBe('published');
      expect(published.body.publishedAt).toBeTruthy();
      expect((await t.anonymous().get(`/api/posts/${draft.body.id}`)).status).toBe(200);
      expect(await auditCount(t)).toBe(before + 2);

      const again = await operator.post(`/api/posts/${draft.body.id}/publish`);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');
    });

    it('answers 404 when another organization edits, publishes or archives a post, and changes nothing', async () => {
      const mine = await published(operator, { titleEn: 'Not yours to edit' });
      const before = await auditCount(t);
      for (const res of [
        await operator2.patch(`/api/posts/${mine.id}`, { titleEn: 'Hijacked' }),
        await operator2.post(`/api/posts/${mine.id}/archive`),
      ]) {
        expect(res.status).toBe(404);
      }
      expect((await t.anonymous().get(`/api/posts/${mine.id}`)).body.titleEn).toBe('Not yours to edit');
      expect(await auditCount(t)).toBe(before);
      const forOther = await operator.post('/api/posts', post({ organizationId: ORG.indonesia, parkId: null }));
      expect(forOther.status).toBe(403);
      const otherPark = await operator.post('/api/posts', post({ parkId: INDONESIA_PARK }));
      expect(otherPark.status).toBe(422);
      expect(fields(otherPark)).toEqual(['parkId']);
    });

    it('validates each field and names it', async () => {
      const res = await operator.post('/api/posts', {
        kind: 'rumour',
        titleEn: 'x'.repeat(301),
        countries: ['Cambodia'],
        sectors: ['mining'],
        tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
        visibility: 'secret',
        expiresAt: 'tomorrow',
        parkId: 'nope',
        extra: true,
      });
      expect(res.status).toBe(400);
      expect([...new Set(fields(res))].sort()).toEqual(
        ['countries', 'expiresAt', 'extra', 'kind', 'parkId', 'sectors', 'tags', 'titleEn', 'visibility'].sort(),
      );
      const untitled = await operator.post('/api/posts', post({ titleEn: '', titleZh: null }));
      expect(untitled.status).toBe(422);
      expect(fields(untitled)).toEqual(['titleEn']);
    });

    it('refuses a stale version with 409, and null for the fields that cannot be empty', async () => {
      const mine = await published(operator, { titleEn: 'Versioned' });
      const ok = await operator.patch(`/api/posts/${mine.id}`, { titleEn: 'Versioned, edited', version: mine.version });
      expect(ok.status).toBe(200);
      const stale = await operator.patch(`/api/posts/${mine.id}`, { titleEn: 'Late edit', version: mine.version });
      expect(stale.status).toBe(409);
      const nulls = await operator.patch(`/api/posts/${mine.id}`, { kind: null, visibility: null });
      expect(nulls.status).toBe(400);
      expect([...new Set(fields(nulls))].sort()).toEqual(['kind', 'visibility']);
    });

    it('lets only the secretariat pin; pinned posts lead the feed', async () => {
      const mine = await published(operator, { titleEn: 'Pin me' });
      expect((await operator.post(`/api/posts/${mine.id}/pin`)).status).toBe(403);
      expect((await secretariat.post(`/api/posts/${mine.id}/pin`)).status).toBe(200);
      const feed = await t.anonymous().get('/api/posts');
      expect(feed.body.items[0]).toMatchObject({ id: mine.id, pinned: true });
      expect((await secretariat.post(`/api/posts/${mine.id}/unpin`)).status).toBe(200);
    });
  });

  describe('visibility', () => {
    it('never shows a members-only post to a visitor: not in the list, the detail or the search', async () => {
      const notice = await published(operator, {
        titleEn: 'Members only: dormitory quota notice',
        titleZh: '会员通知：宿舍名额',
        visibility: 'members',
      });
      expect((await t.anonymous().get(`/api/posts/${notice.id}`)).status).toBe(404);
      const anonFeed = await t.anonymous().get('/api/posts?limit=100');
      expect(anonFeed.body.items.map((p: { id: string }) => p.id)).not.toContain(notice.id);
      const anonSearch = await t.anonymous().get(`/api/search?q=${encodeURIComponent('宿舍名额')}`);
      expect(anonSearch.body.items).toEqual([]);

      expect((await banker.get(`/api/posts/${notice.id}`)).status).toBe(200);
      const memberSearch = await banker.get(`/api/search?q=${encodeURIComponent('宿舍名额')}`);
      expect(memberSearch.body.items.map((r: { id: string }) => r.id)).toEqual([notice.id]);
    });

    it("hides a suspended organization's posts and shows them again on reinstatement", async () => {
      const p = await published(operator2, {
        titleEn: 'Batam logistics tender',
        titleZh: '巴淡物流招标',
        parkId: null,
      });
      expect((await secretariat.post(`/api/organizations/${ORG.indonesia}/suspend`, { reason: 'test' })).status).toBe(
        200,
      );
      expect((await t.anonymous().get(`/api/posts/${p.id}`)).status).toBe(404);
      expect((await banker.get(`/api/posts/${p.id}`)).status).toBe(404);
      expect((await secretariat.get(`/api/posts/${p.id}`)).status).toBe(200);
      expect((await secretariat.post(`/api/organizations/${ORG.indonesia}/reinstate`, { reason: 'test' })).status).toBe(
        200,
      );
      expect((await t.anonymous().get(`/api/posts/${p.id}`)).status).toBe(200);
      operator2 = await t.signIn('operator2@example.org'); // the suspension ended its session
    });

    it('drops an expired notice at once and archives it on the next run of the job', async () => {
      const created = await operator.post(
        '/api/posts',
        post({ titleEn: 'Short-lived notice', expiresAt: new Date(Date.now() + 1500).toISOString() }),
      );
      await operator.post(`/api/posts/${created.body.id}/publish`);
      expect((await t.anonymous().get(`/api/posts/${created.body.id}`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1600));
      expect((await t.anonymous().get(`/api/posts/${created.body.id}`)).status).toBe(404);
      expect(await t.app.get(PostsService).archiveExpired()).toBeGreaterThanOrEqual(1);
      expect((await operator.get(`/api/posts/${created.body.id}`)).body.status).toBe('archived');
      const republish = await operator.post(`/api/posts/${created.body.id}/publish`);
      expect(republish.status).toBe(422);
      expect(fields(republish)).toEqual(['expiresAt']);
    });
  });

  describe('safety of what people write', () => {
    it('stores Markdown but serves only sanitized HTML: no script, handler or javascript: link', async () => {
      const res = await operator.post(
        '/api/posts',
        post({
          titleEn: '<img src=x onerror=alert(1)>',
          bodyEn:
            '<script>alert("x")</script>\n\n[click me](javascript:alert(1)) <a href="https://example.org" onclick="steal()">site</a>',
          tags: ['<b>tag</b>'],
        }),
      );
      expect(res.status).toBe(201);
      const html: string = res.body.bodyHtmlEn;
      expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
      expect(html).toContain(
        '<a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">site</a>',
      );
      // Titles and tags are plain text; the web shows them as text.
      expect(res.body.titleEn).toBe('<img src=x onerror=alert(1)>');
      const preview = await operator.post('/api/posts/preview', {
        markdown: '<iframe src="https://evil.example"></iframe>\n\n**ok**',
      });
      expect(preview.status).toBe(200);
      expect(preview.body.html).toBe('<p><strong>ok</strong></p>\n');
      expect((await t.anonymous().post('/api/posts/preview', { markdown: 'x' })).status).toBe(401);
    });
  });

  describe('feed and search', () => {
    it('pages with a cursor: no post twice, none skipped, and a bad cursor is refused', async () => {
      for (let i = 0; i < 5; i++)
        await published(operator2, { titleEn: `Paging post ${i}`, titleZh: null, parkId: null, kind: 'news' });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await t
          .anonymous()
          .get(`/api/posts?organizationId=${ORG.indonesia}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((p: { id: string }) => p.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      const all = await t.anonymous().get(`/api/posts?organizationId=${ORG.indonesia}&limit=100`);
      expect(seen).toEqual(all.body.items.map((p: { id: string }) => p.id));
      expect(new Set(seen).size).toBe(seen.length);
      const bad = await t.anonymous().get('/api/posts?cursor=garbage');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['cursor']);
    });

    it('finds English words by their stem and Chinese by substring, ranked, in search and in the feed', async () => {
      const investment = await published(operator, {
        titleEn: 'Seminar on investment in overseas parks',
        titleZh: '境外园区投资研讨会',
        bodyEn: 'The seminar discussed investment, finance and risk.',
        bodyZh: '研讨会讨论了投资、融资与风险。',
        kind: 'news',
      });
      const stem = await t.anonymous().get('/api/search?q=investments');
      expect(stem.status).toBe(200);
      expect(stem.body.items.map((r: { id: string }) => r.id)).toContain(investment.id);
      const zh = await t.anonymous().get(`/api/search?q=${encodeURIComponent('园区')}`);
      expect(zh.body.items.map((r: { id: string }) => r.id)).toContain(investment.id);
      expect(zh.body.items[0].rank).toBeGreaterThan(0);
      const feed = await t.anonymous().get(`/api/posts?q=${encodeURIComponent('研讨')}`);
      expect(feed.body.items.map((p: { id: string }) => p.id)).toContain(investment.id);
      const filtered = await t
        .anonymous()
        .get(`/api/posts?kind=news&country=KH&sector=textiles_garments&q=investments`);
      expect(filtered.body.items.map((p: { id: string }) => p.id)).toEqual([investment.id]);
      expect((await t.anonymous().get('/api/search?q=')).status).toBe(400);
    });
  });
});
