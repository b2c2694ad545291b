import { parse } from 'csv-parse/sync';
import { RESULTS_TOP_AGREEMENTS, type MembersPointDto, type PostsPointDto, type ResultsDto } from '@alliance/contracts';
import { JIANGSU_PARKS_INITIATIVE } from '../../../seeds/demo-initiatives';
import { fields } from './helpers';
import { completeRequest, reviewWithOffer, submitRequest } from './financing-support';
import { insertProject } from './support/cooperation';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const TZ = 'Asia/Shanghai';
const dayIn = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(d);
const monthIn = (d: Date) => dayIn(d).slice(0, 7);
const quarterIn = (d: Date) => {
  const day = dayIn(d);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
};

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const COMMERCE = '00000000-0000-4000-8000-000000002103'; // Jiangsu Department of Commerce (seeds/demo-issues.ts)

/** A sum of exact decimals (two places) as PostgreSQL writes `COALESCE(sum(x), 0)::text`: '0' when all are null. */
const decimalSum = (values: (string | null)[]) => {
  const present = values.filter((v): v is string => v !== null);
  if (!present.length) return '0';
  const cents = present.reduce((n, v) => n + BigInt(Number(v).toFixed(2).replace('.', '')), 0n);
  const sign = cents < 0n ? '-' : '';
  const abs = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
};
/** The median as percentile_cont(0.5) finds it, rounded to one decimal; null without values. */
const median1 = (values: number[]) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(m * 10) / 10;
};
/** Rows grouped by a key, in the key's order. */
function groupBy<T>(rows: T[], key: (row: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
const byKey = <T>(rows: T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

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

  describe('the series of cooperation, services, alerts and issue cases, against counts of their own', () => {
    const todayOnly = () => `?from=${today()}&to=${today()}`;
    const isToday = (d: Date | null) => d !== null && dayIn(d) === today();

    /** An open project of the Sihanoukville operator, the bank's interest in it accepted: the deal's id. */
    const newDeal = async () => {
      const projectId = await insertProject(t, { organizationId: ORG.ssez });
      const expressed = await banker.post(`/api/cooperation/projects/${projectId}/expressions`, {
        message: 'We would finance the garment factory.',
      });
      expect(expressed.status).toBe(201);
      const accepted = await operator.post(`/api/cooperation/expressions/${expressed.body.id}/accept`);
      expect(accepted.status).toBe(200);
      return accepted.body.deal.id as string;
    };
    const moveDeal = async (id: string, step: string, body?: object) =>
      expect((await operator.post(`/api/cooperation/deals/${id}/${step}`, body)).status).toBe(200);

    it('counts the deals opened in the range by the stage they are at, with the investment recorded on them', async () => {
      const before = await results(todayOnly());
      // One deal stays at first contact, one is lost in negotiation, two are invested in.
      const [, lost, small, large] = [await newDeal(), await newDeal(), await newDeal(), await newDeal()];
      await moveDeal(lost, 'negotiation');
      await moveDeal(lost, 'lost', { reason: 'The bank chose another park.' });
      for (const [id, investedUsd] of [
        [small, '0.09'],
        [large, '12345678.91'],
      ]) {
        await moveDeal(id, 'negotiation');
        await moveDeal(id, 'agreement_signed');
        await moveDeal(id, 'investment_made', { investedUsd, investedOn: today() });
      }
      const after = await results(todayOnly());

      const rows = await sql<{ stage: string; invested_usd: string | null; created_at: Date }>(
        `SELECT stage::text AS stage, invested_usd, created_at FROM deals`,
      );
      const expected = groupBy(
        rows.filter((r) => isToday(r.created_at)),
        (r) => r.stage,
      ).map(([stage, deals]) => ({
        stage,
        count: deals.length,
        investedUsd: decimalSum(deals.map((d) => d.invested_usd)),
      }));
      expect(byKey(after.deals, (d) => d.stage)).toEqual(expected);

      const stage = (r: ResultsDto, s: string) => r.deals.find((d) => d.stage === s) ?? { count: 0, investedUsd: '0' };
      const grew = (s: string) => stage(after, s).count - stage(before, s).count;
      expect([grew('contact'), grew('negotiation'), grew('lost'), grew('investment_made')]).toEqual([1, 0, 1, 2]);
      expect(
        decimalSum([stage(after, 'investment_made').investedUsd, `-${stage(before, 'investment_made').investedUsd}`]),
      ).toBe('12345679.00');
    });

    it('counts the service requests of the range per agreement: delivered ones, and the average of their ratings', async () => {
      const agreement = await secretariat.post('/api/agreements', {
        kind: 'legal_services',
        titleEn: 'Legal services for the results',
        titleZh: '成果统计法律服务',
        counterpartyIds: [ORG.lawyers],
      });
      expect(agreement.status).toBe(201);
      const agreementId = agreement.body.id as string;
      expect((await secretariat.post(`/api/agreements/${agreementId}/sign`, { signedOn: today() })).status).toBe(200);
      expect((await secretariat.post(`/api/agreements/${agreementId}/activate`, {})).status).toBe(200);
      const service = await secretariat.post(`/api/agreements/${agreementId}/services`, {
        nameEn: 'Contract review',
        providerOrganizationId: ORG.lawyers,
      });
      expect(service.status).toBe(201);
      const request = async () => {
        const res = await operator.post(`/api/agreement-services/${service.body.id}/requests`, {
          parkId: SSEZ_PARK,
          needEn: 'A supply contract to review.',
        });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      // Four requests: two delivered and rated 2 and 5, one declined, one waiting.
      const [rated2, rated5, declined] = [await request(), await request(), await request(), await request()];
      for (const [id, rating] of [
        [rated2, 2],
        [rated5, 5],
      ] as const) {
        expect((await partner.post(`/api/service-requests/${id}/accept`, {})).status).toBe(200);
        expect((await partner.post(`/api/service-requests/${id}/deliver`, {})).status).toBe(200);
        expect((await operator.post(`/api/service-requests/${id}/rate`, { rating })).status).toBe(200);
      }
      expect(
        (await partner.post(`/api/service-requests/${declined}/decline`, { reason: 'Not our field' })).status,
      ).toBe(200);
      const after = await results(todayOnly());
      expect(after.services.find((s) => s.agreementId === agreementId)).toEqual({
        agreementId,
        titleEn: 'Legal services for the results',
        titleZh: '成果统计法律服务',
        requests: 4,
        delivered: 2,
        averageRating: 3.5,
        ratings: 2,
      });

      const rows = await sql<{
        agreement_id: string;
        title_en: string | null;
        title_zh: string | null;
        status: string;
        rating: number | null;
        created_at: Date;
      }>(
        `SELECT r.agreement_id, a.title_en, a.title_zh, r.status::text AS status, r.rating, r.created_at
           FROM service_requests r JOIN partner_agreements a ON a.id = r.agreement_id`,
      );
      const expected = groupBy(
        rows.filter((r) => isToday(r.created_at)),
        (r) => r.agreement_id,
      ).map(([id, requests]) => {
        const ratings = requests.map((r) => r.rating).filter((r): r is number => r !== null);
        return {
          agreementId: id,
          titleEn: requests[0].title_en,
          titleZh: requests[0].title_zh,
          requests: requests.length,
          delivered: requests.filter((r) => r.status === 'delivered').length,
          averageRating: ratings.length
            ? Math.round((100 * ratings.reduce((n, r) => n + r, 0)) / ratings.length) / 100
            : null,
          ratings: ratings.length,
        };
      });
      expect(byKey(after.services, (s) => s.agreementId)).toEqual(expected);
      // Most requested first.
      const counts = after.services.map((s) => s.requests);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      // Its CSV file: a line per agreement, the same figures.
      const csv = await secretariat.get(`/api/results/services.csv?lang=en&from=${today()}&to=${today()}`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-disposition']).toContain(`results-services-${today()}-${today()}.csv`);
      const [header, ...lines] = parse(csv.text.replace(/^\uFEFF/, '')) as string[][];
      expect(header).toEqual([
        'Agreement (English)',
        'Agreement (Chinese)',
        'Requests',
        'Delivered',
        'Average rating',
        'Ratings',
      ]);
      expect(lines).toEqual(
        after.services.map((s) => [
          s.titleEn ?? '',
          s.titleZh ?? '',
          String(s.requests),
          String(s.delivered),
          s.averageRating === null ? '' : String(s.averageRating),
          String(s.ratings),
        ]),
      );
      expect(lines).toContainEqual(['Legal services for the results', '成果统计法律服务', '4', '2', '3.5', '2']);
    });

    it('answers the agreements with the most requests, at most 20, beside every agreement’s totals; the CSV lists them all', async () => {
      // More agreements with a request today than the answer lists.
      for (let i = 0; i <= RESULTS_TOP_AGREEMENTS; i++) {
        const agreement = await secretariat.post('/api/agreements', {
          kind: 'training',
          titleEn: `Training agreement ${i} for the results`,
          counterpartyIds: [ORG.lawyers],
        });
        expect(agreement.status).toBe(201);
        const id = agreement.body.id as string;
        expect((await secretariat.post(`/api/agreements/${id}/sign`, { signedOn: today() })).status).toBe(200);
        expect((await secretariat.post(`/api/agreements/${id}/activate`, {})).status).toBe(200);
        const service = await secretariat.post(`/api/agreements/${id}/services`, {
          nameEn: `Course ${i}`,
          providerOrganizationId: ORG.lawyers,
        });
        expect(service.status).toBe(201);
        const request = await operator.post(`/api/agreement-services/${service.body.id}/requests`, {
          parkId: SSEZ_PARK,
          needEn: 'Two trainees.',
        });
        expect(request.status).toBe(201);
      }
      const after = await results(todayOnly());

      const rows = (
        await sql<{ agreement_id: string; status: string; rating: number | null; created_at: Date }>(
          `SELECT r.agreement_id, r.status::text AS status, r.rating, r.created_at FROM service_requests r`,
        )
      ).filter((r) => isToday(r.created_at));
      const ratings = rows.map((r) => r.rating).filter((r): r is number => r !== null);
      const perAgreement = groupBy(rows, (r) => r.agreement_id)
        .map(([id, requests]) => ({ id, requests: requests.length }))
        .sort((a, b) => b.requests - a.requests || (a.id < b.id ? -1 : 1));
      expect(perAgreement.length).toBeGreaterThan(RESULTS_TOP_AGREEMENTS);
      expect(after.servicesOverall).toEqual({
        agreements: perAgreement.length,
        requests: rows.length,
        delivered: rows.filter((r) => r.status === 'delivered').length,
        averageRating: ratings.length
          ? Math.round((100 * ratings.reduce((n, r) => n + r, 0)) / ratings.length) / 100
          : null,
        ratings: ratings.length,
      });
      expect(after.services.map((s) => [s.agreementId, s.requests])).toEqual(
        perAgreement.slice(0, RESULTS_TOP_AGREEMENTS).map((a) => [a.id, a.requests]),
      );

      // The CSV file and the annual report's figures count every agreement.
      const csv = await secretariat.get(`/api/results/services.csv?lang=en&from=${today()}&to=${today()}`);
      expect(csv.status).toBe(200);
      const [, ...lines] = parse(csv.text.replace(/^\uFEFF/, '')) as string[][];
      expect(lines).toHaveLength(perAgreement.length);
    });

    it('counts the alerts issued in each quarter and the acknowledgements given in it', async () => {
      const before = await results(todayOnly());
      const issue = async (countries: string[]) => {
        const res = await secretariat.post('/api/risk-alerts', {
          severity: 'warning',
          category: 'security',
          countries,
          titleEn: 'Protests near the port',
          bodyEn: 'Avoid the port road this week.',
          validFrom: new Date().toISOString(),
          validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const [first, second] = [await issue(['KH']), await issue(['KH', 'ID']), await issue(['KH'])];
      for (const id of [first, second])
        expect((await operator.post(`/api/risk-alerts/${id}/acknowledge`, {})).status).toBe(200);
      const after = await results(todayOnly());

      const issued = await sql<{ at: Date | null }>(`SELECT issued_at AS at FROM risk_alerts`);
      const acknowledged = await sql<{ at: Date | null }>(`SELECT acknowledged_at AS at FROM risk_alert_organizations`);
      expect(after.alerts).toEqual([
        {
          period: quarterIn(new Date()),
          issued: issued.filter((r) => isToday(r.at)).length,
          acknowledged: acknowledged.filter((r) => isToday(r.at)).length,
        },
      ]);
      expect([
        after.alerts[0].issued - before.alerts[0].issued,
        after.alerts[0].acknowledged - before.alerts[0].acknowledged,
      ]).toEqual([3, 2]);
    });

    it('counts the issue cases opened in the range by category: those answered, and the median days to the answer', async () => {
      const yesterday = dayIn(new Date(Date.now() - 86_400_000));
      const range = `?from=${yesterday}&to=${today()}`;
      const before = await results(range);
      const openCase = async (category: string) => {
        const raised = await operator.post('/api/member-issues', {
          category,
          country: 'KH',
          titleEn: `A ${category} question for the results`,
          descriptionEn: 'Described for the results.',
          confidential: false,
        });
        expect(raised.status).toBe(201);
        const filed = await secretariat.post(`/api/member-issues/${raised.body.id}/file`, {});
        expect(filed.status).toBe(200);
        return filed.body.caseId as string;
      };
      const answer = async (caseId: string) => {
        const { version } = (await secretariat.get(`/api/issue-cases/${caseId}`)).body;
        const relayed = await secretariat.post(`/api/issue-cases/${caseId}/relay`, {
          governmentBodyId: COMMERCE,
          relayedText: 'Members ask for an answer.',
          version,
        });
        expect(relayed.status).toBe(200);
        const answered = await secretariat.post(`/api/issue-cases/${caseId}/answer`, {
          answerEn: 'Answered for the results.',
          version: relayed.body.version,
        });
        expect(answered.status).toBe(200);
      };
      // Three customs cases (one opened a day and six hours ago, two answered) and an unanswered permits case.
      const [older, recent] = [await openCase('customs'), await openCase('customs'), await openCase('customs')];
      await openCase('permits');
      // The time to an answer needs time to pass: the older case is moved back to when it would have been opened.
      await sql(`UPDATE issue_cases SET opened_at = opened_at - interval '30 hours' WHERE id = $1`, [older]);
      await answer(older);
      await answer(recent);
      const after = await results(range);

      const rows = await sql<{ category: string; opened_at: Date; answered_at: Date | null }>(
        `SELECT category::text AS category, opened_at, answered_at FROM issue_cases`,
      );
      const expected = groupBy(
        rows.filter((r) => dayIn(r.opened_at) >= yesterday && dayIn(r.opened_at) <= today()),
        (r) => r.category,
      ).map(([category, cases]) => {
        const answered = cases.filter((c) => c.answered_at !== null);
        return {
          category,
          cases: cases.length,
          answered: answered.length,
          medianDaysToAnswer: median1(
            answered.map((c) => (c.answered_at!.getTime() - c.opened_at.getTime()) / 86_400_000),
          ),
        };
      });
      expect(byKey(after.issueCases, (c) => c.category)).toEqual(expected);
      const line = (r: ResultsDto, category: string) =>
        r.issueCases.find((c) => c.category === category) ?? { cases: 0, answered: 0, medianDaysToAnswer: null };
      expect([
        line(after, 'customs').cases - line(before, 'customs').cases,
        line(after, 'customs').answered - line(before, 'customs').answered,
        line(after, 'permits').cases - line(before, 'permits').cases,
      ]).toEqual([3, 2, 1]);
      expect(line(after, 'customs').medianDaysToAnswer).toBeGreaterThan(0);
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
