import { JIANGSU_PARKS_INITIATIVE } from '../../../seeds/demo-initiatives';
import { reviewWithOffer, submitRequest } from './financing-support';
import { insertProject } from './support/cooperation';
import { ResultsService } from '../src/modules/results/results.service';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';

/**
 * Each daily summary of the results (migrations/*-ResultsSummaries.ts) beside the same figures
 * counted here from the records, in the summaries' time zone ($1); rows of zeros left out.
 */
const SUMMARIES: Record<string, [summary: string, recount: string]> = {
  posts: [
    `SELECT day::text, kind::text, posts FROM results_post_days WHERE posts <> 0`,
    `SELECT (published_at AT TIME ZONE $1)::date::text AS day, kind::text, count(*)::int AS posts
       FROM posts WHERE status IN ('published', 'archived') AND published_at IS NOT NULL GROUP BY 1, 2`,
  ],
  endorsements: [
    `SELECT day::text, signed, withdrawn FROM results_endorsement_days WHERE (signed, withdrawn) <> (0, 0)`,
    `SELECT day::text, sum(signed)::int AS signed, sum(withdrawn)::int AS withdrawn FROM (
       SELECT (endorsed_at AT TIME ZONE $1)::date AS day, 1 AS signed, 0 AS withdrawn FROM endorsements
       UNION ALL SELECT (withdrawn_at AT TIME ZONE $1)::date, 0, 1 FROM endorsements WHERE withdrawn_at IS NOT NULL
     ) m GROUP BY 1`,
  ],
  alerts: [
    `SELECT day::text, issued, acknowledged FROM results_alert_days WHERE (issued, acknowledged) <> (0, 0)`,
    `SELECT day::text, sum(issued)::int AS issued, sum(acknowledged)::int AS acknowledged FROM (
       SELECT (issued_at AT TIME ZONE $1)::date AS day, 1 AS issued, 0 AS acknowledged FROM risk_alerts WHERE issued_at IS NOT NULL
       UNION ALL SELECT (acknowledged_at AT TIME ZONE $1)::date, 0, 1 FROM risk_alert_organizations WHERE acknowledged_at IS NOT NULL
     ) m GROUP BY 1`,
  ],
  deals: [
    `SELECT day::text, stage::text, deals, invested, invested_usd::numeric(20, 2)::text AS invested_usd
       FROM results_deal_days WHERE deals <> 0`,
    `SELECT (created_at AT TIME ZONE $1)::date::text AS day, stage::text, count(*)::int AS deals,
            count(invested_usd)::int AS invested, COALESCE(sum(invested_usd), 0)::numeric(20, 2)::text AS invested_usd
       FROM deals GROUP BY 1, 2`,
  ],
  financing: [
    `SELECT day::text, instrument::text, currency::text, asked, asked_amount::numeric(24, 2)::text AS asked_amount,
            accepted, accepted_amount::numeric(24, 2)::text AS accepted_amount
       FROM results_financing_days WHERE (asked, accepted) <> (0, 0)`,
    `SELECT day::text, instrument::text, currency::text, sum(asked)::int AS asked,
            sum(asked_amount)::numeric(24, 2)::text AS asked_amount, sum(accepted)::int AS accepted,
            sum(accepted_amount)::numeric(24, 2)::text AS accepted_amount FROM (
       SELECT (r.submitted_at AT TIME ZONE $1)::date AS day, r.instrument, r.currency,
              1 AS asked, COALESCE(r.amount, 0) AS asked_amount, 0 AS accepted, 0 AS accepted_amount
         FROM financing_requests r WHERE r.submitted_at IS NOT NULL AND r.instrument IS NOT NULL AND r.currency IS NOT NULL
       UNION ALL
       SELECT (r.decided_at AT TIME ZONE $1)::date, r.instrument, o.currency, 0, 0, 1, o.amount
         FROM financing_requests r JOIN financing_offers o ON o.review_id = r.accepted_review_id
        WHERE r.status = 'accepted' AND r.decided_at IS NOT NULL AND r.instrument IS NOT NULL
     ) m GROUP BY 1, 2, 3`,
  ],
};

describe('the daily summaries of the results', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin, Sihanoukville SEZ
  let banker: HttpClient;
  let approver: HttpClient;

  const sql = <T>(text: string, params: unknown[] = []) => t.db.dataSource.query(text, params) as Promise<T[]>;
  const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  /** Every summary as it stands and as the records count it, for one toEqual. */
  const both = async (app: TestApp = t) => {
    const [{ zone }] = (await app.db.dataSource.query(`SELECT time_zone AS zone FROM results_summary_zone`)) as {
      zone: string;
    }[];
    const kept: Record<string, string[]> = {};
    const counted: Record<string, string[]> = {};
    for (const [name, [summary, recount]] of Object.entries(SUMMARIES)) {
      kept[name] = sorted(await app.db.dataSource.query(summary));
      counted[name] = sorted(await app.db.dataSource.query(recount, [zone]));
    }
    return { zone, kept, counted };
  };
  /** What `GET /api/results` sends (cached while the data is unchanged) and the results computed now. */
  const expectResultsSentRight = async () => {
    const sent = (await secretariat.get('/api/results')).body as object;
    expect(sent).toEqual(JSON.parse(JSON.stringify(await t.app.get(ResultsService).compute())));
    return sent;
  };
  const expectSummariesRight = async (app: TestApp = t) => {
    if (app === t) await expectResultsSentRight();
    const { kept, counted } = await both(app);
    expect(kept).toEqual(counted);
    return kept;
  };

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: 'Asia/Shanghai' });
    [secretariat, operator, banker, approver] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('approver@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it('start equal to a count of the seeded records, none of them empty', async () => {
    const kept = await expectSummariesRight();
    for (const name of Object.keys(SUMMARIES)) expect([name, kept[name].length > 0]).toEqual([name, true]);
  });

  it('follow posts published, archived, removed and deleted', async () => {
    const before = (await both()).kept.posts.length;
    const ids: string[] = [];
    for (const kind of ['news', 'demand', 'opportunity']) {
      const created = await operator.post('/api/posts', {
        kind,
        titleEn: `A ${kind} for the summaries`,
        bodyEn: 'Body',
        countries: ['KH'],
        parkId: SSEZ_PARK,
        visibility: 'public',
      });
      expect(created.status).toBe(201);
      expect((await operator.post(`/api/posts/${created.body.id}/publish`)).status).toBe(200);
      ids.push(created.body.id as string);
    }
    await expectSummariesRight();
    expect((await operator.post(`/api/posts/${ids[0]}/archive`)).status).toBe(200);
    expect((await secretariat.post(`/api/posts/${ids[1]}/remove`, { reason: 'Counted twice' })).status).toBe(200);
    await sql(`DELETE FROM posts WHERE id = $1`, [ids[2]]);
    await expectSummariesRight();
    // Published today and dated back: the move leaves today's figure and joins that day's.
    await sql(`UPDATE posts SET published_at = '2021-03-04T05:00:00Z' WHERE id = $1`, [ids[0]]);
    const kept = await expectSummariesRight();
    expect(kept.posts.length).toBeGreaterThanOrEqual(before);
    expect(kept.posts).toContainEqual(JSON.stringify({ day: '2021-03-04', kind: 'news', posts: 1 }));
  });

  it('follow endorsements signed and withdrawn', async () => {
    expect((await operator.post(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/endorsement`, {})).status).toBe(200);
    await expectSummariesRight();
    const withdrawn = await operator.post(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/endorsement/withdraw`, {
      reason: 'Signed by mistake',
    });
    expect(withdrawn.status).toBe(200);
    await expectSummariesRight();
    await sql(`DELETE FROM endorsements WHERE initiative_id = $1 AND organization_id = $2`, [
      JIANGSU_PARKS_INITIATIVE,
      ORG.ssez,
    ]);
    await expectSummariesRight();
  });

  it('follow alerts issued, acknowledged and withdrawn', async () => {
    const issued = await secretariat.post('/api/risk-alerts', {
      severity: 'warning',
      category: 'security',
      countries: ['KH'],
      titleEn: 'Protests near the port',
      bodyEn: 'Avoid the port road this week.',
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(issued.status).toBe(201);
    await expectSummariesRight();
    expect((await operator.post(`/api/risk-alerts/${issued.body.id}/acknowledge`, {})).status).toBe(200);
    await expectSummariesRight();
    const { version } = (await secretariat.get(`/api/risk-alerts/${issued.body.id}`)).body;
    const withdrawn = await secretariat.post(`/api/risk-alerts/${issued.body.id}/withdraw`, {
      allClearEn: 'The protests are over.',
      version,
    });
    expect(withdrawn.status).toBe(200);
    await sql(`DELETE FROM risk_alert_organizations WHERE alert_id = $1`, [issued.body.id]);
    await expectSummariesRight();
  });

  it('follow deals opened, moved along their stages, invested in and lost', async () => {
    const deal = async () => {
      const projectId = await insertProject(t, { organizationId: ORG.ssez });
      const expressed = await banker.post(`/api/cooperation/projects/${projectId}/expressions`, {
        message: 'We would finance the garment factory.',
      });
      const accepted = await operator.post(`/api/cooperation/expressions/${expressed.body.id}/accept`);
      expect(accepted.status).toBe(200);
      return accepted.body.deal.id as string;
    };
    const [invested, lost] = [await deal(), await deal()];
    await expectSummariesRight();
    for (const step of ['negotiation', 'agreement_signed'])
      expect((await operator.post(`/api/cooperation/deals/${invested}/${step}`)).status).toBe(200);
    const made = await operator.post(`/api/cooperation/deals/${invested}/investment_made`, {
      investedUsd: '2500000.50',
      investedOn: '2026-01-15',
    });
    expect(made.status).toBe(200);
    expect((await operator.post(`/api/cooperation/deals/${lost}/lost`, { reason: 'Elsewhere' })).status).toBe(200);
    await expectSummariesRight();
  });

  it('follow financing submitted, accepted and withdrawn', async () => {
    const first = await submitRequest(operator, { instrument: 'loan', currency: 'USD', amount: '3000000.00' });
    const second = await submitRequest(operator, { instrument: 'loan', currency: 'USD', amount: '1000000.10' });
    await expectSummariesRight();
    const offerId = await reviewWithOffer(banker, approver, first.reviewOf(ORG.bankOfJiangsu), {
      amount: '2800000.00',
      currency: 'CNY',
    });
    const { version } = (await operator.get(`/api/financing-requests/${first.id}`)).body;
    expect((await operator.post(`/api/financing-requests/${first.id}/accept`, { offerId, version })).status).toBe(200);
    await expectSummariesRight();
    const again = (await operator.get(`/api/financing-requests/${second.id}`)).body;
    const withdrawn = await operator.post(`/api/financing-requests/${second.id}/withdraw`, {
      reason: 'Financed elsewhere',
      version: again.version,
    });
    expect(withdrawn.status).toBe(200);
    await expectSummariesRight();
  });

  it('keep the results the API sends, cached while nothing changes, equal to the results computed now', async () => {
    const first = await expectResultsSentRight();
    const [{ version }] = await sql<{ version: string }>(`SELECT n::text AS version FROM results_version`);
    // Asked again with nothing changed: the cached body, computed from the same version.
    expect(await expectResultsSentRight()).toEqual(first);
    const cached = await sql<{ version: string }>(`SELECT version::text FROM results_cache`);
    expect(cached).toEqual([{ version }]);
    // Each change to a table the results read (here straight in SQL, as any writer would) is seen at once.
    let before = first;
    for (const change of [
      `UPDATE parks SET local_jobs = local_jobs + 7 WHERE id = '${SSEZ_PARK}'`,
      `UPDATE organizations SET status = 'suspended' WHERE id = '${ORG.tanzania}'`,
      `UPDATE partner_agreements SET title_en = 'Renamed for the test'
        WHERE id = (SELECT agreement_id FROM service_requests ORDER BY created_at LIMIT 1)`,
      `UPDATE issue_cases SET answered_at = NULL`,
    ]) {
      await sql(change);
      const now = await expectResultsSentRight();
      expect(now).not.toEqual(before);
      before = now;
    }
    // A change the results do not read (a user's language) keeps the cache.
    const [{ version: kept }] = await sql<{ version: string }>(`SELECT n::text AS version FROM results_version`);
    await sql(`UPDATE users SET locale = 'zh' WHERE email = 'banker@example.org'`);
    expect((await sql<{ version: string }>(`SELECT n::text AS version FROM results_version`))[0].version).toBe(kept);
  });

  it('are recounted in the time zone of an API that starts in another', async () => {
    const elsewhere = await createTestApp({ ALLIANCE_TIME_ZONE: 'America/Los_Angeles' });
    try {
      const { zone } = await both(elsewhere);
      expect(zone).toBe('America/Los_Angeles');
      await expectSummariesRight(elsewhere);
    } finally {
      await elsewhere.close();
    }
  });
});
