import { parse } from 'csv-parse/sync';
import type { MembersPointDto, PostsPointDto, ResultsDto } from '@alliance/contracts';
import { JIANGSU_PARKS_INITIATIVE } from '../../../seeds/demo-initiatives';
import { fields } from './helpers';
import { completeRequest, reviewWithOffer, submitRequest } from './financing-support';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const TZ = 'Asia/Shanghai';
const dayIn = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(d);
const monthIn = (d: Date) => dayIn(d).slice(0, 7);
const quarterIn = (d: Date) => {
  const day = dayIn(d);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
};

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';

describe("the alliance's results", () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin, Sihanoukville SEZ
  let banker: HttpClient; // member, Bank of Jiangsu
  let approver: HttpClient; // admin, Bank of Jiangsu
  let partner: HttpClient;
  let visitor: HttpClient;

  const today = () => dayIn(new Date());
  const results = async (query = ''): Promise<ResultsDto> => {
    const res = await secretariat.get(`/api/results${query}`);
    expect(res.status).toBe(200);
    return res.body as ResultsDto;
  };
  const sql = <T>(text: string, params: unknown[] = []) => t.db.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: TZ });
    [secretariat, operator, banker, approver, partner] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('partner@example.org'),
    ]);
    visitor = t.anonymous();
  });
  afterAll(() => t.close());

  describe('who may read what', () => {
    it('gives the results and their CSV files to the secretariat only', async () => {
      for (const path of ['/api/results', '/api/results/posts.csv']) {
        expect((await visitor.get(path)).status).toBe(401);
        for (const member of [operator, banker, partner]) expect((await member.get(path)).status).toBe(403);
        expect((await secretariat.get(path)).status).toBe(200);
      }
    });

    it('opens the public selection to everyone, visitors included, with totals only', async () => {
      const res = await visitor.get('/api/results/public');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(
        ['enterprises', 'hostCountries', 'investmentUsd', 'localJobs', 'members', 'parks'].sort(),
      );
    });
  });

  describe('the range', () => {
    it('defaults to the alliance’s founding until today in the alliance’s time zone', async () => {
      expect((await results()).range).toEqual({ from: '2020-09-01', to: today() });
      expect((await results('?from=2023-05-01')).range).toEqual({ from: '2023-05-01', to: today() });
      expect((await results('?to=2019-12-31')).range).toEqual({ from: '2018-12-31', to: '2019-12-31' });
    });

    it('refuses a bad range with 400 naming the field', async () => {
      const cases: [string, string, string][] = [
        ['?from=2024-06-01&to=2024-05-31', 'to', 'rangeOrder'],
        ['?from=2024-02-30', 'from', 'isIsoDay'],
        ['?to=yesterday', 'to', 'isIsoDay'],
        ['?from=2000-01-01&to=2020-01-01', 'to', 'rangeLength'],
        ['?from=1990-01-01', 'to', 'rangeLength'],
      ];
      for (const [query, field, constraint] of cases) {
        for (const path of ['/api/results', '/api/results/posts.csv']) {
          const res = await secretariat.get(`${path}${query}`);
          expect({ query, path, status: res.status, code: res.body.error }).toEqual({
            query,
            path,
            status: 400,
            code: 'VALIDATION_FAILED',
          });
          expect(res.body.details).toContainEqual(expect.objectContaining({ field, constraint }));
        }
      }
      expect(fields(await secretariat.get('/api/results?since=2024-01-01'))).toEqual(['since']);
      expect((await secretariat.get('/api/results/2019-12-31?from=2000-01-01&to=2019-12-31')).status).toBe(404);
      // Twenty years less a day is the longest range.
      expect((await results('?from=2000-01-01&to=2019-12-31')).range).toEqual({ from: '2000-01-01', to: '2019-12-31' });
    });
  });

  describe('figures equal those counted independently', () => {
    it('counts the posts published each month by kind, removed ones left out', async () => {
      const rows = await sql<{ kind: string; published_at: Date }>(
        `SELECT kind, published_at FROM posts WHERE status IN ('published', 'archived') AND published_at IS NOT NULL`,
      );
      const from = '2020-09-01';
      const expected = new Map<string, number>();
      for (const r of rows) {
        if (dayIn(r.published_at) < from || dayIn(r.published_at) > today()) continue;
        const key = `${monthIn(r.published_at)} ${r.kind}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const got = new Map((await results()).posts.map((p: PostsPointDto) => [`${p.period} ${p.kind}`, p.count]));
      expect(got).toEqual(expected);
      expect(expected.size).toBeGreaterThan(0);
    });

    it('counts the parks by host country as the directory does, and the public totals with them', async () => {
      const stats = (await visitor.get('/api/parks/stats')).body;
      const { hostCountries } = await results();
      expect(Object.fromEntries(hostCountries.map((c) => [c.country, c.parks]))).toEqual(
        Object.fromEntries(stats.byCountry.map((c: { country: string; parks: number }) => [c.country, c.parks])),
      );
      const sum = (key: 'enterprises' | 'localJobs') => hostCountries.reduce((n, c) => n + c[key], 0);
      const pub = (await visitor.get('/api/results/public')).body;
      expect(pub).toMatchObject({
        parks: stats.parks,
        hostCountries: stats.hostCountries,
        enterprises: stats.enterprises,
        localJobs: stats.localJobs,
        investmentUsd: stats.investmentUsd,
      });
      expect([sum('enterprises'), sum('localJobs')]).toEqual([pub.enterprises, pub.localJobs]);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM organizations WHERE status = 'active' AND type <> 'secretariat'`,
      );
      expect(pub.members).toBe(n);
    });

    it('counts the members by type and status at the end of each quarter, following a suspension', async () => {
      const membersNow = (rows: MembersPointDto[]) =>
        Object.fromEntries(
          rows.filter((r) => r.period === quarterIn(new Date())).map((r) => [`${r.type} ${r.status}`, r.count]),
        );
      const expectedNow = async () => {
        const orgs = await sql<{ type: string; status: string }>(
          `SELECT type, status FROM organizations WHERE type <> 'secretariat' AND status <> 'applicant'`,
        );
        const counts: Record<string, number> = {};
        for (const o of orgs) counts[`${o.type} ${o.status}`] = (counts[`${o.type} ${o.status}`] ?? 0) + 1;
        return counts;
      };
      const before = await results();
      expect(membersNow(before.members)).toEqual(await expectedNow());
      // The founding members were members at the end of 2020, the later ones not yet.
      const founding = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM organizations WHERE type <> 'secretariat' AND member_since <= '2020-12-31' AND status <> 'applicant'`,
      );
      expect(before.members.filter((r) => r.period === '2020-Q4').reduce((n, r) => n + r.count, 0)).toBe(founding[0].n);

      expect(
        (await secretariat.post(`/api/organizations/${ORG.tanzania}/suspend`, { reason: 'Results test' })).status,
      ).toBe(200);
      const after = await results();
      expect(membersNow(after.members)).toEqual(await expectedNow());
      const type = (await sql<{ type: string }>(`SELECT type FROM organizations WHERE id = $1`, [ORG.tanzania]))[0]
        .type;
      const now = membersNow(after.members);
      const was = membersNow(before.members);
      expect(now[`${type} suspended`] ?? 0).toBe((was[`${type} suspended`] ?? 0) + 1);
      expect(now[`${type} active`] ?? 0).toBe((was[`${type} active`] ?? 0) - 1);
      // The quarters before the suspension keep it active: the audit trail says since when.
      const earlier = after.members.filter((r) => r.period === '2021-Q4' && r.status === 'suspended');
      expect(earlier.reduce((n, r) => n + r.count, 0)).toBe(
        before.members
          .filter((r) => r.period === '2021-Q4' && r.status === 'suspended')
          .reduce((n, r) => n + r.count, 0),
      );
      expect((await secretariat.post(`/api/organizations/${ORG.tanzania}/reinstate`, { reason: 'Back' })).status).toBe(
        200,
      );
      expect(membersNow((await results()).members)).toEqual(await expectedNow());
    });

    it('follows financing asked, offered and accepted, by quarter, instrument and currency', async () => {
      const range = `?from=${today()}&to=${today()}`;
      const before = await results(range);
      const quarter = quarterIn(new Date());
      const line = (r: ResultsDto, instrument: string, currency: string) =>
        r.financing.find((f) => f.period === quarter && f.instrument === instrument && f.currency === currency);
      const offers = (r: ResultsDto, instrument: string) => r.financingOffers.find((f) => f.instrument === instrument);

      // Two guarantees in EUR asked today; one gets an offer, accepted at 900,000.50.
      const first = await submitRequest(operator, { instrument: 'guarantee', currency: 'EUR', amount: '1000000.25' });
      await submitRequest(operator, { instrument: 'guarantee', currency: 'EUR', amount: '2000000.50' });
      const offerId = await reviewWithOffer(banker, approver, first.reviewOf(ORG.bankOfJiangsu), {
        amount: '900000.50',
        currency: 'EUR',
      });
      const { version } = (await operator.get(`/api/financing-requests/${first.id}`)).body;
      expect((await operator.post(`/api/financing-requests/${first.id}/accept`, { offerId, version })).status).toBe(
        200,
      );
      // A draft is no one's figure but its organization's.
      expect(
        (await operator.post('/api/financing-requests', completeRequest({ instrument: 'guarantee' }))).status,
      ).toBe(201);

      const after = await results(range);
      const was = line(before, 'guarantee', 'EUR');
      expect(line(after, 'guarantee', 'EUR')).toEqual({
        period: quarter,
        instrument: 'guarantee',
        currency: 'EUR',
        askedCount: (was?.askedCount ?? 0) + 2,
        askedAmount: (Number(was?.askedAmount ?? 0) + 3000000.75).toFixed(2),
        acceptedCount: (was?.acceptedCount ?? 0) + 1,
        acceptedAmount: (Number(was?.acceptedAmount ?? 0) + 900000.5).toFixed(2),
      });
      const offersWere = offers(before, 'guarantee');
      const offersNow = offers(after, 'guarantee');
      expect(offersNow).toMatchObject({
        requests: (offersWere?.requests ?? 0) + 2,
        withOffer: (offersWere?.withOffer ?? 0) + 1,
      });
      expect(offersNow?.shareWithOffer).toBeCloseTo(offersNow!.withOffer / offersNow!.requests, 3);
      expect(offersNow?.medianDaysToFirstOffer).toBeGreaterThanOrEqual(0);
    });

    it('follows posts published today and signatories of an initiative', async () => {
      const range = `?from=${today()}&to=${today()}`;
      const before = await results(range);
      for (const kind of ['news', 'news', 'demand']) {
        const created = await operator.post('/api/posts', {
          kind,
          titleEn: `A ${kind} for the results`,
          bodyEn: 'Body',
          countries: ['KH'],
          parkId: SSEZ_PARK,
          visibility: 'public',
        });
        expect(created.status).toBe(201);
        expect((await operator.post(`/api/posts/${created.body.id}/publish`)).status).toBe(200);
      }
      expect((await operator.post(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/endorsement`, {})).status).toBe(200);
      const after = await results(range);
      const posts = (r: ResultsDto, kind: string) => r.posts.find((p) => p.kind === kind)?.count ?? 0;
      expect([posts(after, 'news') - posts(before, 'news'), posts(after, 'demand') - posts(before, 'demand')]).toEqual([
        2, 1,
      ]);
      const quarter = (r: ResultsDto) => r.signatories.find((s) => s.period === quarterIn(new Date()))!;
      expect(quarter(after).signed).toBe(quarter(before).signed + 1);
      expect(quarter(after).standing).toBe(quarter(before).standing + 1);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM endorsements WHERE withdrawn_at IS NULL OR withdrawn_at > now()`,
      );
      expect(quarter(after).standing).toBe(n);
    });
  });

  describe('CSV', () => {
    it('writes a section in the language asked for, its rows those of the results', async () => {
      const res = await secretariat.get(`/api/results/posts.csv?lang=zh&from=2020-09-01&to=${today()}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain(`results-posts-2020-09-01-${today()}.csv`);
      const text = res.text.replace(/^\uFEFF/, '');
      const [header, ...lines] = parse(text) as string[][];
      expect(header).toEqual(['月份', '类别', '发布数']);
      const posts = (await results()).posts;
      expect(lines.length).toBe(posts.length);
      expect(lines.reduce((n, l) => n + Number(l[2]), 0)).toBe(posts.reduce((n, p) => n + p.count, 0));
      expect(new Set(lines.map((l) => l[1]))).toEqual(
        new Set(
          posts.map(
            (p) => ({ news: '新闻', announcement: '公告', opportunity: '机会', demand: '需求', event: '活动' })[p.kind],
          ),
        ),
      );
      expect((await secretariat.get('/api/results/members.csv?lang=en')).text).toContain(
        'Quarter,Type,Status,Organizations',
      );
      expect((await secretariat.get('/api/results/nothing.csv')).status).toBe(404);
      expect((await secretariat.get('/api/results/members.csv?lang=fr')).status).toBe(400);
    });
  });
});
