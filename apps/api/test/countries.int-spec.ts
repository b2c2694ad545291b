import { addColleague, auditCount, fieldSet } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const KH_PROPOSAL = '00000000-0000-4000-8000-000000001390'; // demo: the researcher proposes KH 2 (stable)
const SSEZ_REQUEST = '00000000-0000-4000-8000-000000000701'; // demo: a financing request for the Sihanoukville zone (KH)
const BANK_REVIEW = '00000000-0000-4000-8000-000000000801';

const proposal = (override: Record<string, unknown> = {}) => ({
  grade: 4,
  outlook: 'negative',
  rationaleEn: 'Floods closed the port for two weeks.',
  rationaleZh: '洪水导致港口关闭两周。',
  effectiveOn: '2026-12-05',
  source: 'Alliance research desk',
  ...override,
});

describe('country profiles and risk ratings', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let editor: HttpClient; // a second secretariat user
  let researcher: HttpClient; // admin, Nanjing Overseas Investment Research Institute
  let operator: HttpClient;
  let banker: HttpClient;
  let partner: HttpClient; // admin of a service provider, not a research institute

  beforeAll(async () => {
    t = await createTestApp();
    await addColleague(t, 'secretariat@example.org', 'editor@example.org');
    [secretariat, editor, researcher, operator, banker, partner] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('editor@example.org'),
      t.signIn('researcher@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('partner@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it("gives every rated country's current grade to anyone (the map layer)", async () => {
    const res = await t.anonymous().get('/api/countries');
    expect(res.status).toBe(200);
    const byCountry = Object.fromEntries(res.body.items.map((g: { country: string }) => [g.country, g]));
    expect(Object.keys(byCountry).sort()).toEqual(['AE', 'EG', 'ET', 'ID', 'KH', 'KZ', 'TZ', 'VN']);
    // The proposal waiting for KH changes nothing until it is published.
    expect(byCountry.KH).toEqual({ country: 'KH', grade: 3, outlook: 'positive', effectiveOn: '2026-07-01' });
  });

  it('shows visitors the grade, parks and public briefs; members also the rationale, history and notes', async () => {
    const visitor = await t.anonymous().get('/api/countries/kh');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toMatchObject({
      country: 'KH',
      current: { grade: 3, outlook: 'positive' },
      currentRating: null,
      history: [],
      proposals: [],
      notesEn: null,
      canPropose: false,
    });
    expect(visitor.body.parks.map((p: { nameEn: string }) => p.nameEn)).toContain(
      'Sihanoukville Special Economic Zone',
    );
    expect(visitor.body.briefs.length).toBeGreaterThan(0);

    const member = await banker.get('/api/countries/KH');
    expect(member.body.currentRating).toMatchObject({ grade: 3, rationaleEn: expect.stringContaining('2021 Law') });
    expect(member.body.history.map((r: { grade: number }) => r.grade)).toEqual([3, 3]);
    expect(member.body.notesHtmlEn).toContain('<strong>Sihanoukville Special Economic Zone</strong>');
    expect(member.body.proposals).toEqual([]);
    expect((await researcher.get('/api/countries/KH')).body.proposals.map((p: { id: string }) => p.id)).toEqual([
      KH_PROPOSAL,
    ]);
    expect((await t.anonymous().get('/api/countries/XX')).status).toBe(404);
    expect((await t.anonymous().get(`/api/country-ratings/${KH_PROPOSAL}`)).status).toBe(404);
    expect((await banker.get(`/api/country-ratings/${KH_PROPOSAL}`)).status).toBe(404);
  });

  it('lets a research institute admin or the secretariat propose, refuses others and bad input', async () => {
    expect((await partner.post('/api/countries/ET/ratings', proposal())).status).toBe(403);
    expect((await banker.post('/api/countries/ET/ratings', proposal())).status).toBe(403);
    expect((await t.anonymous().post('/api/countries/ET/ratings', proposal())).status).toBe(401);
    const bad = await researcher.post(
      '/api/countries/ET/ratings',
      proposal({ grade: 6, outlook: 'gloomy', effectiveOn: '2026-13-40' }),
    );
    expect(bad.status).toBe(400);
    expect(new Set(fieldSet(bad))).toEqual(new Set(['grade', 'outlook', 'effectiveOn']));
    const why = await researcher.post('/api/countries/ET/ratings', proposal({ rationaleEn: null, rationaleZh: '  ' }));
    expect(why.status).toBe(422);
    expect(why.body.reason).toBe('RATING_RATIONALE_REQUIRED');
    const before = await auditCount(t);
    const made = await researcher.post('/api/countries/et/ratings', proposal());
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ country: 'ET', status: 'proposed', grade: 4, actions: [] });
    expect(await auditCount(t)).toBe(before + 1);
    const told = (await editor.get('/api/notifications?limit=100')).body.items as { type: string; recordId: string }[];
    expect(told).toContainEqual(expect.objectContaining({ type: 'rating_proposed', recordId: made.body.id }));
  });

  it('is published by another secretariat user than its proposer, as a new row of the history, told to followers once', async () => {
    const nothing = { countries: ['VN'], sectors: [], kinds: [], organizationIds: [] };
    await operator.put('/api/me/follows', nothing);
    const own = await secretariat.post('/api/countries/VN/ratings', proposal({ grade: 1, outlook: 'stable' }));
    expect(own.status).toBe(201);
    const self = await secretariat.post(`/api/country-ratings/${own.body.id}/publish`);
    expect(self.status).toBe(403);
    expect(self.body.message).toContain('another secretariat user');
    expect((await secretariat.get(`/api/country-ratings/${own.body.id}`)).body.actions).toEqual([]);
    expect((await editor.get(`/api/country-ratings/${own.body.id}`)).body.actions).toEqual(['publish', 'reject']);
    expect((await researcher.post(`/api/country-ratings/${own.body.id}/publish`)).status).toBe(403);

    const before = (await t.anonymous().get('/api/countries/VN')).body.current;
    const published = await editor.post(`/api/country-ratings/${own.body.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedByName: 'Colleague editor' });
    expect((await editor.post(`/api/country-ratings/${own.body.id}/publish`)).status).toBe(409);
    expect((await editor.post(`/api/country-ratings/${own.body.id}/reject`, { reason: 'Late' })).status).toBe(409);
    const after = (await t.anonymous().get('/api/countries/VN')).body.current;
    expect(before.grade).toBe(2);
    expect(after).toMatchObject({ grade: 1, effectiveOn: '2026-12-05' });
    const history = (await banker.get('/api/countries/VN')).body.history as { grade: number }[];
    expect(history.map((r) => r.grade)).toEqual([2, 2, 1]);
    const told = (await operator.get('/api/notifications?limit=100')).body.items as {
      type: string;
      recordId: string;
    }[];
    expect(told.filter((n) => n.type === 'rating_published' && n.recordId === own.body.id)).toHaveLength(1);
  });

  it('rejects a proposal with a reason, told to its proposer; the queue lists what waits', async () => {
    const queue = await secretariat.get('/api/country-ratings?status=proposed');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(KH_PROPOSAL);
    expect(
      (await researcher.get('/api/country-ratings')).body.items.every(
        (r: { proposedBy: { organizationNameEn: string } }) =>
          r.proposedBy.organizationNameEn === 'Nanjing Overseas Investment Research Institute',
      ),
    ).toBe(true);
    expect((await banker.get('/api/country-ratings')).status).toBe(403);

    const noReason = await secretariat.post(`/api/country-ratings/${KH_PROPOSAL}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(fieldSet(noReason)).toEqual(['reason']);
    const rejected = await secretariat.post(`/api/country-ratings/${KH_PROPOSAL}/reject`, {
      reason: 'Too early to tell.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectedReason: 'Too early to tell.' });
    expect((await t.anonymous().get('/api/countries/KH')).body.current.grade).toBe(3);
    const told = (await researcher.get('/api/notifications?limit=100')).body.items as {
      type: string;
      recordId: string;
    }[];
    expect(told).toContainEqual(expect.objectContaining({ type: 'rating_rejected', recordId: KH_PROPOSAL }));
  });

  it("keeps the secretariat's notes, versioned and sanitized", async () => {
    const current = (await secretariat.get('/api/countries/TZ')).body;
    expect(current.canEditNotes).toBe(true);
    const saved = await secretariat.patch('/api/countries/TZ', {
      notesEn: 'Ports: **Dar es Salaam** <script>alert(1)</script>',
      version: current.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.notesHtmlEn).toContain('<strong>Dar es Salaam</strong>');
    expect(saved.body.notesHtmlEn).not.toContain('<script');
    expect((await secretariat.patch('/api/countries/TZ', { notesEn: 'Stale', version: current.version })).status).toBe(
      409,
    );
    expect((await researcher.patch('/api/countries/TZ', { notesEn: 'Mine' })).status).toBe(403);
    expect((await t.anonymous().get('/api/countries/TZ')).body.notesEn).toBeNull();
  });

  it("shows the host country's grade on financing requests and the review queue, and filters the queue by grade", async () => {
    const request = await operator.get(`/api/financing-requests/${SSEZ_REQUEST}`);
    expect(request.status).toBe(200);
    expect(request.body.countryRisk).toMatchObject({ country: 'KH', grade: 3, outlook: 'positive' });
    const review = await banker.get(`/api/financing-reviews/${BANK_REVIEW}`);
    expect(review.body.request.countryRisk).toMatchObject({ grade: 3 });
    const queue = await banker.get('/api/financing-reviews?riskGrade=3');
    expect(queue.status).toBe(200);
    expect(queue.body.items.length).toBeGreaterThan(0);
    expect(
      queue.body.items.every((i: { request: { countryRisk: { grade: number } } }) => i.request.countryRisk.grade === 3),
    ).toBe(true);
    expect((await banker.get('/api/financing-reviews?riskGrade=5')).body.items).toEqual([]);
    expect(fieldSet(await banker.get('/api/financing-reviews?riskGrade=9'))).toEqual(['riskGrade']);
  });
});
