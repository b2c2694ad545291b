import { ORG } from '../../../seeds/demo-data';
import { completeRequest, newDraft, offerTerms, open, submitRequest } from './financing-support';
import { addColleague } from './helpers';
import { insertAvailability, insertConference, insertProgramme, MORNING, statementsOf } from './support/meetings';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

interface Item {
  key: string;
  count: number;
  overdue?: boolean;
  link: { path: string; query: Record<string, string> };
}
interface Work {
  role: string;
  items: Item[];
}

/**
 * The API list a home item links to, written here independently of the service: the web route's
 * address mapped to the endpoint that page reads, with the same filters.
 */
function apiListOf(item: Item): { url: string; length?: true } {
  const q = (query: Record<string, string>) => `?${new URLSearchParams({ ...query, limit: '1' })}`;
  const { path, query } = item.link;
  switch (path) {
    case '/financing/requests':
      return { url: `/api/financing-requests${q(query)}` };
    case '/financing/reviews':
      return { url: `/api/financing-reviews${q(query)}` };
    case '/cooperation/interests':
      return { url: `/api/cooperation/expressions${q(query)}` };
    case '/cooperation':
      return { url: '/api/cooperation/matches', length: true };
    case '/cooperation/projects':
      return { url: `/api/cooperation/projects${q(query)}` };
    case '/services/requests':
      return { url: `/api/service-requests${q(query)}` };
    case '/policy/briefs':
      return { url: `/api/policy-briefs${q(query)}` };
    case '/admin/membership-applications':
      return { url: `/api/membership-applications${q(query)}` };
    case '/admin/moderation':
      return { url: `/api/moderation/reports${q(query)}` };
    case '/policy/issues':
      // The issues page's inbox (`view=inbox`) asks the API for the unfiled issues.
      expect(query).toEqual({ view: 'inbox' });
      return { url: `/api/member-issues${q({ unfiled: 'true' })}` };
    case '/policy/cases':
      return { url: `/api/issue-cases${q(query)}` };
    case '/policy/ratings':
      return { url: `/api/country-ratings${q(query)}` };
    case '/agreements':
      return { url: `/api/agreements${q(query)}` };
    case '/policy/alerts':
      return { url: `/api/risk-alerts${q(query)}` };
    case '/initiatives':
      return { url: `/api/initiatives${q(query)}` };
    case '/meetings/requests':
      return { url: `/api/meetings/requests${q(query)}` };
    default:
      throw new Error(`no list known for ${path}`);
  }
}

describe('my work: each role’s home', () => {
  let t: TestApp;
  let operator: HttpClient; // admin, Sihanoukville SEZ
  let operator2: HttpClient; // admin, another park operator
  let banker: HttpClient; // member, Bank of Jiangsu (prepares offers)
  let approver: HttpClient; // admin, Bank of Jiangsu (releases them)
  let insurer: HttpClient; // admin, Sinosure
  let partner: HttpClient; // admin, Jiangsu Lawyers Association (a service provider)
  let researcher: HttpClient; // admin, Nanjing research institute
  let secretariat: HttpClient;

  const work = async (client: HttpClient): Promise<Work> => {
    const res = await client.get('/api/me/work');
    expect(res.status).toBe(200);
    return res.body as Work;
  };
  const count = async (client: HttpClient, key: string): Promise<number | undefined> =>
    (await work(client)).items.find((item) => item.key === key)?.count;

  /** Every item's count is the total its linked list shows to the same reader. */
  async function expectCountsOfLists(client: HttpClient): Promise<Work> {
    const home = await work(client);
    for (const item of home.items) {
      const list = apiListOf(item);
      const res = await client.get(list.url);
      expect({ key: item.key, status: res.status }).toEqual({ key: item.key, status: 200 });
      const total = list.length ? (res.body as unknown[]).length : (res.body.total as number);
      expect({ key: item.key, count: item.count }).toEqual({ key: item.key, count: total });
    }
    return home;
  }

  beforeAll(async () => {
    t = await createTestApp();
    [operator, operator2, banker, approver, insurer, partner, researcher, secretariat] = await Promise.all(
      [
        'operator@example.org',
        'operator2@example.org',
        'banker@example.org',
        'approver@example.org',
        'insurer@example.org',
        'partner@example.org',
        'researcher@example.org',
        'secretariat@example.org',
      ].map((email) => t.signIn(email)),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('is for signed-in users only', async () => {
    const res = await t.anonymous().get('/api/me/work');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401 });
  });

  it('gives each demo account the home of its role, with the items its capabilities open', async () => {
    const keys = async (client: HttpClient) => {
      const home = await work(client);
      return { role: home.role, keys: home.items.map((item) => item.key) };
    };
    expect(await keys(operator)).toEqual({
      role: 'operator',
      keys: [
        'financingOffersToCompare',
        'expressionsToAnswer',
        'cooperationMatches',
        'serviceRequestsInProgress',
        'financingDrafts',
        'financingQuestionsToAnswer',
        'alertsToAcknowledge',
        'initiativesToSign',
      ],
    });
    // Only an admin releases offers (maker-checker): the banker prepares them and has no such item.
    const followUps = ['reviewsAnswered', 'alertsInReviewCountries'];
    expect(await keys(approver)).toEqual({
      role: 'financial',
      keys: ['offersToRelease', 'reviewsOverdue', 'reviewsNew', ...followUps],
    });
    expect(await keys(banker)).toEqual({ role: 'financial', keys: ['reviewsOverdue', 'reviewsNew', ...followUps] });
    const providerKeys = [
      'serviceRequestsReceived',
      'briefsChangesRequested',
      'briefDrafts',
      'agreementsWithOpenCommitments',
    ];
    expect(await keys(partner)).toEqual({ role: 'provider', keys: providerKeys });
    expect(await keys(researcher)).toEqual({ role: 'provider', keys: providerKeys });
    expect((await keys(secretariat)).role).toBe('secretariat');
    const overdue = (await work(banker)).items.find((item) => item.key === 'reviewsOverdue');
    expect(overdue).toMatchObject({ overdue: true, link: { path: '/financing/reviews', query: { overdue: 'true' } } });
  });

  it('shows each role exactly the totals of the lists it links to, on the demo data', async () => {
    for (const client of [operator, operator2, banker, approver, insurer, partner, researcher, secretariat]) {
      await expectCountsOfLists(client);
    }
    // The demo data has something waiting on most homes (so equal counts are not all zeros).
    expect(await count(insurer, 'reviewsOverdue')).toBeGreaterThan(0);
    expect(await count(secretariat, 'ratingsToDecide')).toBeGreaterThan(0);
  });

  it('an operator’s drafts and offers count its own organization’s records only', async () => {
    const [before, before2] = [await count(operator, 'financingDrafts'), await count(operator2, 'financingDrafts')];
    await newDraft(operator);
    expect(await count(operator, 'financingDrafts')).toBe((before ?? 0) + 1);
    // Another operator's draft is private: never in this home.
    expect(await count(operator2, 'financingDrafts')).toBe(before2);
    await expectCountsOfLists(operator);
    await expectCountsOfLists(operator2);
  });

  it('an offer waits for release in the approver’s home, never in another institution’s, then reaches the requester’s', async () => {
    const request = await submitRequest(operator, { titleEn: 'Loan for a water plant', audience: 'named' });
    const reviewId = request.reviewOf(ORG.bankOfJiangsu);
    const waiting = await count(approver, 'offersToRelease');
    const insurerNew = await count(insurer, 'reviewsNew');
    const insurerWaiting = await count(insurer, 'offersToRelease');
    const offersBefore = await count(operator, 'financingOffersToCompare');
    const offers2Before = await count(operator2, 'financingOffersToCompare');

    await Promise.all([open(banker, reviewId), open(approver, reviewId)]);
    const prepared = await banker.post(`/api/financing-reviews/${reviewId}/offer`, {
      amount: '1000000.00',
      currency: 'USD',
      rateKind: 'interest',
      ratePercent: '4.35',
      tenorMonths: 60,
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(prepared.status).toBe(200);
    expect(await count(approver, 'offersToRelease')).toBe((waiting ?? 0) + 1);
    // Sinosure, asked too, sees its own new review, never Bank of Jiangsu's offer.
    expect(await count(insurer, 'offersToRelease')).toBe(insurerWaiting);
    const insurerHome = await expectCountsOfLists(insurer);
    expect(insurerHome.items.find((item) => item.key === 'reviewsNew')?.count).toBe(insurerNew);
    const listed = await approver.get('/api/financing-reviews?release=true&limit=100');
    expect((listed.body.items as { review: { id: string } }[]).map((i) => i.review.id)).toContain(reviewId);
    await expectCountsOfLists(approver);

    const released = await approver.post(`/api/financing-reviews/${reviewId}/offer/release`, {
      version: prepared.body.review.version,
    });
    expect(released.status).toBe(200);
    expect(await count(approver, 'offersToRelease')).toBe(waiting);
    expect(await count(operator, 'financingOffersToCompare')).toBe((offersBefore ?? 0) + 1);
    expect(await count(operator2, 'financingOffersToCompare')).toBe(offers2Before);
    await expectCountsOfLists(operator);
  });

  it('a new request counts in each institution asked, and not in one that was not', async () => {
    const asked = await Promise.all([banker, insurer].map((client) => count(client, 'reviewsNew')));
    // Asked of Sinosure only: Bank of Jiangsu never learns of it.
    await submitRequest(operator, completeRequest({ institutionIds: [ORG.sinosure] }));
    expect(await count(insurer, 'reviewsNew')).toBe((asked[1] ?? 0) + 1);
    expect(await count(banker, 'reviewsNew')).toBe(asked[0]);
    await expectCountsOfLists(insurer);
    await expectCountsOfLists(banker);
  });

  it('a partner’s brief drafts are its own; the secretariat counts the applications and briefs waiting for it', async () => {
    const [drafts, researcherDrafts, toReview, applications] = [
      await count(partner, 'briefDrafts'),
      await count(researcher, 'briefDrafts'),
      await count(secretariat, 'briefsToReview'),
      await count(secretariat, 'membershipApplications'),
    ];
    const created = await partner.post('/api/policy-briefs', {
      titleEn: 'Viet Nam: customs valuation',
      summaryEn: 'What changed in 2026.',
      bodyEn: 'Customs values now follow the transaction price.',
      countries: ['VN'],
      topics: ['customs_trade'],
      audience: 'public',
    });
    expect(created.status).toBe(201);
    expect(await count(partner, 'briefDrafts')).toBe((drafts ?? 0) + 1);
    expect(await count(researcher, 'briefDrafts')).toBe(researcherDrafts);
    // A draft is private to its organization: the secretariat's queue holds submitted briefs only.
    expect(await count(secretariat, 'briefsToReview')).toBe(toReview);
    expect((await partner.post(`/api/policy-briefs/${created.body.id}/submit`)).status).toBe(200);
    expect(await count(partner, 'briefDrafts')).toBe(drafts);
    expect(await count(secretariat, 'briefsToReview')).toBe((toReview ?? 0) + 1);

    const applied = await t.anonymous().post('/api/membership-applications', {
      nameEn: 'Mekong Logistics Park Co., Ltd.',
      type: 'park_operator',
      country: 'LA',
      contactName: 'Li Wei',
      contactEmail: 'li.wei@example.org',
      parks: [{ nameEn: 'Mekong Logistics Park', country: 'LA' }],
      acceptTerms: true,
      locale: 'en',
    });
    expect(applied.status).toBe(201);
    expect(await count(secretariat, 'membershipApplications')).toBe((applications ?? 0) + 1);
    await expectCountsOfLists(partner);
    await expectCountsOfLists(secretariat);
  });

  it('the secretariat counts the signed or active agreements expiring within 60 days, as the agreements list does', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const item = (await work(secretariat)).items.find((i) => i.key === 'agreementsExpiring');
    expect(item?.link).toEqual({ path: '/agreements', query: { expiringWithinDays: '60' } });
    const before = item?.count ?? 0;
    const made = async (expiresOn: string, sign: boolean) => {
      const res = await secretariat.post('/api/agreements', {
        kind: 'legal_services',
        titleEn: 'Legal services for the home',
        counterpartyIds: [ORG.lawyers],
        effectiveFrom: day(1),
        expiresOn,
      });
      expect(res.status).toBe(201);
      if (sign)
        expect((await secretariat.post(`/api/agreements/${res.body.id}/sign`, { signedOn: day(0) })).status).toBe(200);
    };
    await made(day(20), true);
    await made(day(90), true); // later than 60 days
    await made(day(10), false); // a draft: not signed
    expect(await count(secretariat, 'agreementsExpiring')).toBe(before + 1);
    await expectCountsOfLists(secretariat);
  });

  it('an exposed operator counts the alerts its organization has not acknowledged; the secretariat those anyone has not', async () => {
    const [mine, other, all] = [
      await count(operator, 'alertsToAcknowledge'),
      await count(operator2, 'alertsToAcknowledge'),
      await count(secretariat, 'alertsUnacknowledged'),
    ];
    // Cambodia: the Sihanoukville zone is exposed; the Indonesian park's operator is not.
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
    expect(await count(operator, 'alertsToAcknowledge')).toBe((mine ?? 0) + 1);
    expect(await count(operator2, 'alertsToAcknowledge')).toBe(other);
    expect(await count(secretariat, 'alertsUnacknowledged')).toBe((all ?? 0) + 1);
    await expectCountsOfLists(operator);
    await expectCountsOfLists(operator2);
    await expectCountsOfLists(secretariat);

    expect((await operator.post(`/api/risk-alerts/${issued.body.id}/acknowledge`, {})).status).toBe(200);
    expect(await count(operator, 'alertsToAcknowledge')).toBe(mine);
    await expectCountsOfLists(operator);
    await expectCountsOfLists(secretariat);
  });

  it('a partner counts the agreements where its organization owes a commitment; the secretariat those with one overdue', async () => {
    const day = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const [partnerOpen, researcherOpen, overdue] = [
      await count(partner, 'agreementsWithOpenCommitments'),
      await count(researcher, 'agreementsWithOpenCommitments'),
      await count(secretariat, 'agreementsWithOverdueCommitments'),
    ];
    const created = await secretariat.post('/api/agreements', {
      kind: 'legal_services',
      titleEn: 'Legal services for the home',
      counterpartyIds: [ORG.lawyers],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await secretariat.post(`/api/agreements/${id}/sign`, { signedOn: day(0) })).status).toBe(200);
    const late = await secretariat.post(`/api/agreements/${id}/commitments`, {
      titleEn: 'Open a legal service centre',
      owner: 'counterparty',
      organizationId: ORG.lawyers,
      dueOn: day(-2),
    });
    expect(late.status).toBe(201);
    expect(await count(partner, 'agreementsWithOpenCommitments')).toBe((partnerOpen ?? 0) + 1);
    // Another organization's commitments are private to the agreement's parties.
    expect(await count(researcher, 'agreementsWithOpenCommitments')).toBe(researcherOpen);
    expect(await count(secretariat, 'agreementsWithOverdueCommitments')).toBe((overdue ?? 0) + 1);
    const item = (await work(secretariat)).items.find((i) => i.key === 'agreementsWithOverdueCommitments');
    expect(item).toMatchObject({ overdue: true, link: { path: '/agreements', query: { commitments: 'overdue' } } });
    await expectCountsOfLists(partner);
    await expectCountsOfLists(researcher);
    await expectCountsOfLists(secretariat);
  });

  it('an operator counts its requests whose institution’s question waits for its answer, never another operator’s', async () => {
    const [mine, other] = [
      await count(operator, 'financingQuestionsToAnswer'),
      await count(operator2, 'financingQuestionsToAnswer'),
    ];
    const request = await submitRequest(operator, { titleEn: 'Loan for a solar farm', audience: 'named' });
    const reviewId = request.reviewOf(ORG.bankOfJiangsu);
    await open(banker, reviewId);
    const asked = await banker.post(`/api/financing-reviews/${reviewId}/request-info`, {
      body: 'What is your EBITDA?',
    });
    expect(asked.status).toBe(200);
    expect(await count(operator, 'financingQuestionsToAnswer')).toBe((mine ?? 0) + 1);
    expect(await count(operator2, 'financingQuestionsToAnswer')).toBe(other);
    await expectCountsOfLists(operator);
    await expectCountsOfLists(operator2);
    const answered = await operator.post(`/api/financing-reviews/${reviewId}/answer`, { body: 'About 42m.' });
    expect(answered.status).toBe(200);
    expect(await count(operator, 'financingQuestionsToAnswer')).toBe(mine);
    await expectCountsOfLists(operator);
  });

  it('an operator’s admin counts the open initiatives its organization has not endorsed; a member proposes them', async () => {
    const member = `work-member-${Date.now()}@example.org`;
    await addColleague(t, 'operator@example.org', member, 'member');
    const colleague = await t.signIn(member);
    const [mine, other] = [await count(operator, 'initiativesToSign'), await count(operator2, 'initiativesToSign')];
    const home = await work(colleague);
    expect(home.items.map((item) => item.key)).toContain('initiativesToPropose');
    expect(home.items.map((item) => item.key)).not.toContain('initiativesToSign');
    expect(await count(colleague, 'initiativesToPropose')).toBe(mine);

    const created = await secretariat.post('/api/initiatives', {
      titleEn: 'Initiative on the home',
      preambleEn: 'The parks commit themselves to the following.',
      principles: [{ en: 'Answer within a week' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    // A draft is nobody's to endorse yet.
    expect(await count(operator, 'initiativesToSign')).toBe(mine);
    const published = await secretariat.post(`/api/initiatives/${id}/publish`, { version: created.body.version });
    expect(published.status).toBe(200);
    expect(await count(operator, 'initiativesToSign')).toBe((mine ?? 0) + 1);
    expect(await count(colleague, 'initiativesToPropose')).toBe((mine ?? 0) + 1);
    expect(await count(operator2, 'initiativesToSign')).toBe((other ?? 0) + 1);
    await expectCountsOfLists(operator);
    await expectCountsOfLists(colleague);

    // Another organization's endorsement leaves this one's count as it was.
    expect((await operator2.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(200);
    expect(await count(operator2, 'initiativesToSign')).toBe(other);
    expect(await count(operator, 'initiativesToSign')).toBe((mine ?? 0) + 1);
    const listed = await operator.get('/api/initiatives?endorsed=false&limit=100');
    expect((listed.body.items as { id: string }[]).map((i) => i.id)).toContain(id);
    await expectCountsOfLists(operator2);

    expect((await operator.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(200);
    expect(await count(operator, 'initiativesToSign')).toBe(mine);
    expect(await count(colleague, 'initiativesToPropose')).toBe(mine);
    const endorsed = await operator.get('/api/initiatives?endorsed=true&limit=100');
    expect((endorsed.body.items as { id: string }[]).map((i) => i.id)).toContain(id);
    await expectCountsOfLists(operator);
    expect((await operator.get('/api/initiatives?endorsed=maybe')).status).toBe(400);
  });

  it('an institution counts the reviews whose question the requester answered, until it follows the answer up', async () => {
    const [banks, insurers] = [await count(banker, 'reviewsAnswered'), await count(insurer, 'reviewsAnswered')];
    const request = await submitRequest(operator, { titleEn: 'Loan for a logistics hub', audience: 'named' });
    const reviewId = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, reviewId), open(approver, reviewId)]);
    const ask = async (body: string) =>
      expect((await banker.post(`/api/financing-reviews/${reviewId}/request-info`, { body })).status).toBe(200);
    const answer = async (body: string) =>
      expect((await operator.post(`/api/financing-reviews/${reviewId}/answer`, { body })).status).toBe(200);

    await ask('Who are the tenants?');
    // A question still waiting for its answer is not this item's.
    expect(await count(banker, 'reviewsAnswered')).toBe(banks);
    await answer('Six logistics firms.');
    expect(await count(banker, 'reviewsAnswered')).toBe((banks ?? 0) + 1);
    expect(await count(approver, 'reviewsAnswered')).toBe((banks ?? 0) + 1);
    // Sinosure was asked the same request but asked no question: Bank of Jiangsu's thread is not its.
    expect(await count(insurer, 'reviewsAnswered')).toBe(insurers);
    const listed = await banker.get('/api/financing-reviews?answered=true&limit=100');
    expect((listed.body.items as { review: { id: string } }[]).map((i) => i.review.id)).toContain(reviewId);
    await expectCountsOfLists(banker);
    await expectCountsOfLists(insurer);

    // Following up: another question takes it off until that one is answered, an offer takes it off for good.
    await ask('And their leases?');
    expect(await count(banker, 'reviewsAnswered')).toBe(banks);
    await answer('Ten years each.');
    expect(await count(banker, 'reviewsAnswered')).toBe((banks ?? 0) + 1);
    expect((await banker.post(`/api/financing-reviews/${reviewId}/offer`, offerTerms())).status).toBe(200);
    expect(await count(banker, 'reviewsAnswered')).toBe(banks);
    await expectCountsOfLists(approver);
  });

  it('an institution counts the alerts in force in the host countries of the parks it has an open review of', async () => {
    const [banks, insurers] = [
      await count(banker, 'alertsInReviewCountries'),
      await count(insurer, 'alertsInReviewCountries'),
    ];
    // The Indonesian park's operator asks Sinosure alone: Bank of Jiangsu has no open review in Indonesia.
    await submitRequest(
      operator2,
      completeRequest({
        parkId: '00000000-0000-4000-8000-000000000203',
        country: 'ID',
        institutionIds: [ORG.sinosure],
        titleEn: 'Loan for a bonded warehouse',
      }),
    );
    const issue = (countries: string[]) =>
      secretariat.post('/api/risk-alerts', {
        severity: 'warning',
        category: 'security',
        countries,
        titleEn: 'Floods on the coast road',
        bodyEn: 'Expect delays this week.',
        validFrom: new Date().toISOString(),
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });
    expect((await issue(['ID'])).status).toBe(201);
    expect(await count(insurer, 'alertsInReviewCountries')).toBe((insurers ?? 0) + 1);
    expect(await count(banker, 'alertsInReviewCountries')).toBe(banks);
    // A country no open review is in counts for nobody.
    expect((await issue(['NZ'])).status).toBe(201);
    expect(await count(insurer, 'alertsInReviewCountries')).toBe((insurers ?? 0) + 1);
    await expectCountsOfLists(insurer);
    await expectCountsOfLists(banker);
    // An operator has no reviews: the filter finds nothing for it.
    expect((await operator.get('/api/risk-alerts?reviewCountries=true')).body.total).toBe(0);
  });

  it('the secretariat counts apart, as overdue, the open issue cases opened more than 30 days ago', async () => {
    const item = (await work(secretariat)).items.find((i) => i.key === 'issueCasesOverdue');
    expect(item).toMatchObject({
      overdue: true,
      link: { path: '/policy/cases', query: { status: 'open', openForMoreThanDays: '30' } },
    });
    const [overdue, opened] = [item?.count ?? 0, (await count(secretariat, 'openIssueCases')) ?? 0];
    const fileCase = async (ageInDays: number) => {
      const raised = await operator.post('/api/member-issues', {
        category: 'customs',
        country: 'KH',
        titleEn: 'Certificates refused at the port',
        descriptionEn: 'Customs refused two certificates of origin.',
        confidential: false,
      });
      expect(raised.status).toBe(201);
      const filed = await secretariat.post(`/api/member-issues/${raised.body.id}/file`, {});
      expect(filed.status).toBe(200);
      await t.db.dataSource.query(`UPDATE issue_cases SET opened_at = now() - $2 * interval '1 day' WHERE id = $1`, [
        filed.body.caseId,
        ageInDays,
      ]);
    };
    await fileCase(31);
    await fileCase(29); // open, not yet late
    expect(await count(secretariat, 'issueCasesOverdue')).toBe(overdue + 1);
    expect(await count(secretariat, 'openIssueCases')).toBe(opened + 2);
    await expectCountsOfLists(secretariat);
    expect((await secretariat.get('/api/issue-cases?openForMoreThanDays=0')).status).toBe(400);
    expect((await secretariat.get('/api/issue-cases?openForMoreThanDays=soon')).status).toBe(400);
  });

  it('the secretariat counts the accepted meetings of every event not yet scheduled, as its list across events does, until one is placed', async () => {
    const item = (await work(secretariat)).items.find((i) => i.key === 'meetingsToSchedule');
    expect(item).toMatchObject({
      link: { path: '/meetings/requests', query: { status: 'accepted', scheduled: 'false' } },
    });
    const before = item?.count ?? 0;
    const eventId = await insertConference(t);
    const [morning] = await insertProgramme(t, eventId);
    for (const org of [ORG.ssez, ORG.bankOfJiangsu, ORG.sinosure]) await insertAvailability(t, eventId, org, [morning]);
    const ask = async (organizationId: string) => {
      const res = await operator.post(`/api/events/${eventId}/meetings/requests`, {
        organizationId,
        reason: 'Financing of the second phase of the zone',
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const toBank = await ask(ORG.bankOfJiangsu);
    await ask(ORG.sinosure); // left unanswered: not waiting for the organizer
    expect(await count(secretariat, 'meetingsToSchedule')).toBe(before);

    expect((await banker.post(`/api/meetings/${toBank}/accept`)).status).toBe(200);
    expect(await count(secretariat, 'meetingsToSchedule')).toBe(before + 1);
    await expectCountsOfLists(secretariat);
    const list = await secretariat.get('/api/meetings/requests?status=accepted&scheduled=false&limit=100');
    const row = (list.body.items as { id: string }[]).find((m) => m.id === toBank);
    expect(row).toMatchObject({
      status: 'accepted',
      placement: null,
      eventId,
      event: { id: eventId, titleZh: '江苏境外产业园区投资推介会', timeZone: 'Asia/Shanghai' },
      requester: { id: ORG.ssez },
      requested: { id: ORG.bankOfJiangsu },
    });

    // The organizer places it: it leaves the waiting list for the scheduled one.
    expect(
      (await secretariat.patch(`/api/meetings/${toBank}/placement`, { slotStartsAt: MORNING.startsAt })).status,
    ).toBe(200);
    expect(await count(secretariat, 'meetingsToSchedule')).toBe(before);
    await expectCountsOfLists(secretariat);
    const scheduled = await secretariat.get('/api/meetings/requests?status=accepted&scheduled=true&limit=100');
    expect((scheduled.body.items as { id: string; placement: unknown }[]).find((m) => m.id === toBank)).toMatchObject({
      placement: { slotStartsAt: MORNING.startsAt, table: 1 },
    });

    // The list is the secretariat's: members are refused, visitors asked to sign in, bad filters refused.
    expect((await operator.get('/api/meetings/requests')).status).toBe(403);
    expect((await banker.get('/api/meetings/requests?status=accepted')).status).toBe(403);
    expect((await t.anonymous().get('/api/meetings/requests')).status).toBe(401);
    for (const bad of ['scheduled=soon', 'status=scheduled', 'limit=0', 'box=all'])
      expect([bad, (await secretariat.get(`/api/meetings/requests?${bad}`)).status]).toEqual([bad, 400]);
  });

  it('each home stays within the benchmark’s SQL statements for a dashboard, and each new filter within a list’s', async () => {
    for (const client of [operator, banker, approver, partner, secretariat]) {
      const counts = await statementsOf(t, async () => expect((await client.get('/api/me/work')).status).toBe(200));
      expect(counts.get('/api/me/work')).toBeLessThanOrEqual(16);
    }
    const lists = [
      [operator, '/api/initiatives?endorsed=false&limit=1'],
      [banker, '/api/financing-reviews?answered=true&limit=1'],
      [banker, '/api/risk-alerts?status=active&reviewCountries=true&limit=1'],
      [secretariat, '/api/issue-cases?status=open&openForMoreThanDays=30&limit=1'],
      [secretariat, '/api/meetings/requests?status=accepted&scheduled=false&limit=1'],
    ] as const;
    const counts = await statementsOf(t, async () => {
      for (const [client, url] of lists) expect([url, (await client.get(url)).status]).toEqual([url, 200]);
    });
    for (const [, url] of lists) expect([url, (counts.get(url) ?? 99) <= 3]).toEqual([url, true]);
  });
});
