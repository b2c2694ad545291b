import {
  answeredQuestion,
  completeRequest,
  inDays,
  newDraft,
  offerTerms,
  open,
  releasedOffer,
  reviewWithOffer,
  secondUnderwriter,
  submitRequest,
  UAE_PARK,
} from './financing-support';
import { fields, fieldSet } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

/**
 * Every test builds the requests, reviews and offers it needs through the API; the app (one
 * database copy) is shared by the file, records are not. Seed records are only read.
 */
describe('financing', () => {
  let t: TestApp;
  let operator: HttpClient;
  let operator2: HttpClient;
  let banker: HttpClient;
  let approver: HttpClient;
  let insurer: HttpClient;
  let secretariat: HttpClient;
  let partner: HttpClient;
  let underwriter2: HttpClient;

  // Every actor signs in here, before any test: the pipeline test boots a second app, which takes
  // over passport's process-wide 'local' strategy, and once it is closed signing in to this app fails.
  beforeAll(async () => {
    t = await createTestApp();
    [operator, operator2, banker, approver, insurer, secretariat, partner] = await Promise.all(
      ['operator', 'operator2', 'banker', 'approver', 'insurer', 'secretariat', 'partner'].map((u) =>
        t.signIn(`${u}@example.org`),
      ),
    );
    underwriter2 = await secondUnderwriter(t, insurer);
  });
  afterAll(() => t.close());

  /** The types of the notifications a person got about one record, oldest first. */
  const noticesOn = async (email: string, recordId: string) =>
    (
      (await t.db.dataSource.query(
        `SELECT n.type FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE u.email = $1 AND n.record_id = $2 ORDER BY n.created_at`,
        [email, recordId],
      )) as { type: string }[]
    ).map((n) => n.type);

  /** The e-mails to a person that link to one record. */
  const mailAbout = async (email: string, recordId: string) =>
    (await t.outbox(email)).filter((m) => m.bodyText.includes(recordId));

  const DEMO_REQUEST = '00000000-0000-4000-8000-000000000701';

  describe('drafts and validation', () => {
    it('keeps money exact as a string', async () => {
      const created = await operator.post('/api/financing-requests', completeRequest());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        amount: '12345678901234.56',
        currency: 'USD',
        revision: 0,
        actions: ['update', 'submit', 'withdraw'],
      });
      expect((await operator.get(`/api/financing-requests/${created.body.id}`)).body.amount).toBe('12345678901234.56');
    });

    it('refuses floats, bad currencies and unknown fields, each named', async () => {
      const bad = await operator.post(
        '/api/financing-requests',
        completeRequest({
          amount: 1234.5,
          currency: 'XXX',
          tenorMonths: 0,
          instrument: 'gift',
          country: 'ZZ',
          sneaky: true,
        }),
      );
      expect(bad.status).toBe(400);
      expect([...new Set(fields(bad))].sort()).toEqual([
        'amount',
        'country',
        'currency',
        'instrument',
        'sneaky',
        'tenorMonths',
      ]);
      for (const amount of ['12.345', '0', '0.00', '12345678901234567.00', '-5', '1e6']) {
        expect(fields(await operator.post('/api/financing-requests', completeRequest({ amount })))).toContain('amount');
      }
    });

    it("refuses another organization's park and institutions that are not active financial institutions (422), writing nothing", async () => {
      const before = await t.db.dataSource.query('SELECT count(*)::int AS n FROM financing_requests');
      const park = await operator.post('/api/financing-requests', completeRequest({ parkId: UAE_PARK }));
      expect(park.status).toBe(422);
      expect(fields(park)).toEqual(['parkId']);
      const lawyers = await operator.post(
        '/api/financing-requests',
        completeRequest({ institutionIds: [ORG.lawyers] }),
      );
      expect(fields(lawyers)).toEqual(['institutionIds']);
      expect(await t.db.dataSource.query('SELECT count(*)::int AS n FROM financing_requests')).toEqual(before);
    });

    it('lets only park operators ask for finance', async () => {
      expect((await banker.post('/api/financing-requests', completeRequest())).status).toBe(403);
      expect((await partner.post('/api/financing-requests', completeRequest())).status).toBe(403);
      expect((await secretariat.post('/api/financing-requests', completeRequest())).status).toBe(403);
      expect((await t.anonymous().get('/api/financing-requests')).status).toBe(401);
      expect((await t.anonymous().get('/api/financing-reviews')).status).toBe(401);
      expect((await t.anonymous().get('/api/financing-requests/pipeline')).status).toBe(401);
    });

    it('hides a draft from everyone but its organization', async () => {
      const draft = await operator.post('/api/financing-requests', { titleEn: 'Half-written request' });
      expect(draft.status).toBe(201);
      for (const other of [banker, insurer, operator2, secretariat, partner]) {
        expect((await other.get(`/api/financing-requests/${draft.body.id}`)).status).toBe(404);
      }
      expect((await t.anonymous().get(`/api/financing-requests/${draft.body.id}`)).status).toBe(401);
      expect((await operator2.patch(`/api/financing-requests/${draft.body.id}`, { titleEn: 'Mine now' })).status).toBe(
        404,
      );
    });

    it('names every missing field when a half-written draft is submitted, and keeps it a draft', async () => {
      const draft = await newDraft(operator, { titleEn: 'Half-written request' });
      const submit = await operator.post(`/api/financing-requests/${draft.id}/submit`);
      expect(submit.status).toBe(422);
      expect(fields(submit).sort()).toEqual([
        'amount',
        'country',
        'currency',
        'instrument',
        'parkId',
        'purposeEn',
        'sector',
        'tenorMonths',
      ]);
      expect((await operator.get(`/api/financing-requests/${draft.id}`)).body.status).toBe('draft');
    });

    it('refuses to submit a request that names no institution', async () => {
      const draft = await newDraft(operator, { titleEn: 'Half-written request' });
      const nobody = await operator.patch(`/api/financing-requests/${draft.id}`, {
        ...completeRequest(),
        institutionIds: [],
        version: draft.version,
      });
      expect(nobody.status).toBe(200);
      const noneNamed = await operator.post(`/api/financing-requests/${draft.id}/submit`);
      expect(noneNamed.status).toBe(422);
      expect(fields(noneNamed)).toEqual(['institutionIds']);
    });

    it('changes a draft in place, and refuses an edit made from a stale version', async () => {
      const draft = await newDraft(operator, { titleEn: 'Half-written request' });
      const edited = await operator.patch(`/api/financing-requests/${draft.id}`, {
        ...completeRequest(),
        version: draft.version,
      });
      expect(edited.status).toBe(200);
      expect(edited.body.revision).toBe(0); // a draft changes in place
      const stale = await operator.patch(`/api/financing-requests/${draft.id}`, {
        titleEn: 'Old tab',
        version: draft.version,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
    });
  });

  describe('a submitted request: sharing, declarations, questions', () => {
    it('shares a submitted request with each named institution, who each get their own review and are told', async () => {
      const title = 'Loan for the queue of each institution asked';
      const request = await submitRequest(operator, { titleEn: title });
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      const insurerReview = request.reviewOf(ORG.sinosure);
      const seen = await operator.get(`/api/financing-requests/${request.id}`);
      expect(seen.body).toMatchObject({ status: 'submitted', revision: 1, actions: ['update', 'withdraw', 'close'] });
      expect(seen.body.reviews.map((r: { status: string }) => r.status)).toEqual(['new', 'new']);
      expect(await noticesOn('banker@example.org', bankReview)).toEqual(['financing_shared']);
      const mail = await t.outbox('insurer@example.org');
      expect(
        mail.some(
          (m) => m.template === 'financing_shared' && m.bodyText.includes(`/financing/reviews/${insurerReview}`),
        ),
      ).toBe(true);

      const queue = await banker.get(`/api/financing-reviews?q=${encodeURIComponent(title)}`);
      const item = queue.body.items.find((i: { review: { id: string } }) => i.review.id === bankReview);
      expect(item).toMatchObject({
        request: { id: request.id, amount: '12345678901234.56' },
        myDeclaration: { conflict: null },
      });
      expect(item.review.overdue).toBe(false);
    });

    it('keeps the request closed until the reviewer declares no conflict of interest, then opens it', async () => {
      const request = await submitRequest(operator);
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      const closed = await banker.get(`/api/financing-requests/${request.id}`);
      expect(closed.status).toBe(403);
      expect(closed.body.error).toBe('DECLARATION_REQUIRED');
      const detail = await banker.get(`/api/financing-reviews/${bankReview}`);
      expect(detail.body).toMatchObject({ details: null, actions: [], myDeclaration: { conflict: null } });
      expect(
        (await banker.post(`/api/financing-reviews/${bankReview}/request-info`, { body: 'Too early' })).body.error,
      ).toBe('DECLARATION_REQUIRED');

      expect(fields(await banker.post(`/api/financing-reviews/${bankReview}/declaration`, {}))).toEqual(['conflict']);
      const opened = await banker.post(`/api/financing-reviews/${bankReview}/declaration`, { conflict: false });
      expect(opened.status).toBe(200);
      expect(opened.body.review.status).toBe('in_review');
      expect(opened.body.details.description ?? opened.body.details.descriptionEn).toBe(
        'Pre-leases signed with six tenants.',
      );
      expect(opened.body.actions).toEqual(['request_info', 'prepare_offer', 'decline']);
      expect((await banker.post(`/api/financing-reviews/${bankReview}/declaration`, { conflict: false })).status).toBe(
        409,
      );
      expect((await operator.get(`/api/financing-requests/${request.id}`)).body.status).toBe('under_review');
      expect(await noticesOn('operator@example.org', request.id)).toContain('financing_opened');
    });

    it('runs a question-and-answer thread between the requester and one institution', async () => {
      const request = await submitRequest(operator);
      const insurerReview = request.reviewOf(ORG.sinosure);
      await open(insurer, insurerReview);
      expect(
        fieldSet(await insurer.post(`/api/financing-reviews/${insurerReview}/request-info`, { body: '  ' })),
      ).toEqual(['body']);
      const asked = await insurer.post(`/api/financing-reviews/${insurerReview}/request-info`, {
        body: 'Please send the pre-lease agreements.',
      });
      expect(asked.status).toBe(200);
      expect(asked.body.review.status).toBe('info_requested');
      expect(
        (await insurer.post(`/api/financing-reviews/${insurerReview}/request-info`, { body: 'Again?' })).status,
      ).toBe(409);

      const mine = await operator.get(`/api/financing-requests/${request.id}`);
      const thread = mine.body.reviews.find((r: { id: string }) => r.id === insurerReview);
      expect(thread.messages).toMatchObject([
        { kind: 'question', side: 'institution', body: 'Please send the pre-lease agreements.' },
      ]);

      const answered = await operator.post(`/api/financing-reviews/${insurerReview}/answer`, {
        body: 'Attached to the request now.',
      });
      expect(answered.status).toBe(200);
      expect(answered.body.status).toBe('in_review');
      expect((await operator.post(`/api/financing-reviews/${insurerReview}/answer`, { body: 'Twice' })).status).toBe(
        409,
      );
      const insurerView = await insurer.get(`/api/financing-reviews/${insurerReview}`);
      expect(insurerView.body.review.messages.map((m: { kind: string }) => m.kind)).toEqual(['question', 'answer']);
    });

    it('takes no offer while a question waits for its answer, and the refusal names what can be done instead', async () => {
      const request = await submitRequest(operator);
      const insurerReview = request.reviewOf(ORG.sinosure);
      await open(insurer, insurerReview);
      const asked = await insurer.post(`/api/financing-reviews/${insurerReview}/request-info`, {
        body: 'Please send the pre-lease agreements.',
      });
      expect(asked.status).toBe(200);
      const early = await insurer.post(`/api/financing-reviews/${insurerReview}/offer`, offerTerms());
      expect(early.status).toBe(409);
      expect(early.body.message).toBe('Cannot prepare an offer on a record that is info_requested; allowed: decline');
    });

    it('keeps a thread private: another institution asked sees its own review only, and nobody else answers', async () => {
      const request = await submitRequest(operator);
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      const insurerReview = request.reviewOf(ORG.sinosure);
      await Promise.all([open(banker, bankReview), open(insurer, insurerReview)]);
      const asked = await insurer.post(`/api/financing-reviews/${insurerReview}/request-info`, {
        body: 'Please send the pre-lease agreements.',
      });
      expect(asked.status).toBe(200);

      // The bank sees its own review only: not the insurer's, its thread, or that the insurer was asked.
      const bankView = await banker.get(`/api/financing-requests/${request.id}`);
      expect(bankView.body.reviews.map((r: { id: string }) => r.id)).toEqual([bankReview]);
      expect(bankView.body.institutions).toEqual([]);
      expect(JSON.stringify(bankView.body)).not.toContain('pre-lease agreements');
      expect((await banker.get(`/api/financing-reviews/${insurerReview}`)).status).toBe(404);
      expect((await banker.post(`/api/financing-reviews/${insurerReview}/answer`, { body: 'x' })).status).toBe(403);
      expect((await operator2.post(`/api/financing-reviews/${insurerReview}/answer`, { body: 'x' })).status).toBe(404);
    });
  });

  describe('offers: one prepares, another admin releases', () => {
    it('names every bad term of an offer and refuses one valid until a past day', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      await open(banker, bankReview);
      const invalid = await banker.post(
        `/api/financing-reviews/${bankReview}/offer`,
        offerTerms({ ratePercent: '101', currency: 'usd$', validUntil: 'next week', tenorMonths: 0 }),
      );
      expect(invalid.status).toBe(400);
      expect([...new Set(fields(invalid))].sort()).toEqual(['currency', 'ratePercent', 'tenorMonths', 'validUntil']);
      expect(
        fields(await banker.post(`/api/financing-reviews/${bankReview}/offer`, offerTerms({ validUntil: inDays(-1) }))),
      ).toEqual(['validUntil']);
    });

    it('lets one person prepare an offer and only another admin of the institution release it', async () => {
      const request = await submitRequest(operator);
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      await open(banker, bankReview);
      const prepared = await banker.post(`/api/financing-reviews/${bankReview}/offer`, offerTerms());
      expect(prepared.status).toBe(200);
      expect(prepared.body.review.offer).toMatchObject({
        status: 'prepared',
        amount: '12000000000000.00',
        ratePercent: '4.3500',
        preparedByName: 'Bank of Jiangsu Analyst',
      });
      expect(prepared.body.actions).not.toContain('release_offer');
      expect(prepared.body.offerReleasers).toBe(1); // the approver
      // The requester sees nothing of a prepared offer.
      const before = await operator.get(`/api/financing-requests/${request.id}`);
      expect(before.body.reviews.find((r: { id: string }) => r.id === bankReview).offer).toBeNull();

      expect((await banker.post(`/api/financing-reviews/${bankReview}/offer/release`)).status).toBe(403); // staff, not admin
      const version = prepared.body.review.version;
      expect((await insurer.post(`/api/financing-reviews/${bankReview}/offer/release`, { version })).status).toBe(404); // another institution
      expect(fields(await approver.post(`/api/financing-reviews/${bankReview}/offer/release`))).toEqual(['version']); // a release names what it saw
      const undeclared = await approver.post(`/api/financing-reviews/${bankReview}/offer/release`, { version });
      expect(undeclared.body.error).toBe('DECLARATION_REQUIRED');
      await open(approver, bankReview);
      expect((await approver.get(`/api/financing-reviews/${bankReview}`)).body.actions).toContain('release_offer');
      const released = await approver.post(`/api/financing-reviews/${bankReview}/offer/release`, { version });
      expect(released.status).toBe(200);
      expect(released.body.review).toMatchObject({
        status: 'offer_made',
        offer: { status: 'released', releasedByName: 'Bank of Jiangsu Approver' },
      });
      expect((await approver.post(`/api/financing-reviews/${bankReview}/offer/release`, { version })).status).toBe(409);

      const after = await operator.get(`/api/financing-requests/${request.id}`);
      expect(after.body.status).toBe('offer_received');
      expect(after.body.actions).toContain('accept');
      expect(after.body.reviews.find((r: { id: string }) => r.id === bankReview).offer).toMatchObject({
        amount: '12000000000000.00',
        currency: 'USD',
        ratePercent: '4.3500',
      });
    });

    it('tells the requester which institution made the offer, in the app and by e-mail', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      await reviewWithOffer(banker, approver, request.reviewOf(ORG.bankOfJiangsu));
      const notices = (await operator.get('/api/notifications')).body.items.filter(
        (n: { recordId: string }) => n.recordId === request.id,
      );
      expect(notices.find((n: { type: string }) => n.type === 'financing_offer')).toMatchObject({
        fromEn: 'Bank of Jiangsu',
        fromZh: '江苏银行',
      });
      const mails = await mailAbout('operator@example.org', request.id);
      expect(mails.map((m) => m.subject)).toContain(
        `You have received an offer from Bank of Jiangsu for your financing request: Loan for standard factory buildings, phase IV`,
      );
    });

    it('never lets an admin release an offer they prepared themselves', async () => {
      const other = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const review = other.reviewOf(ORG.bankOfJiangsu);
      await open(approver, review);
      const prepared = await approver.post(`/api/financing-reviews/${review}/offer`, offerTerms());
      expect(prepared.status).toBe(200);
      const own = await approver.post(`/api/financing-reviews/${review}/offer/release`, {
        version: prepared.body.review.version,
      });
      expect(own.status).toBe(403);
      expect(own.body.message).toMatch(/another admin/);
      // The bank's only admin prepared it: the page can say that a second admin must be invited.
      expect(prepared.body.offerReleasers).toBe(0);
      expect((await approver.get(`/api/financing-reviews/${review}`)).body.offerReleasers).toBe(0);
    });
  });

  describe('what the secretariat sees', () => {
    it('shows the secretariat the request and statuses, but neither the thread nor the offer terms, not even in the audit log', async () => {
      const request = await submitRequest(operator);
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      const insurerReview = request.reviewOf(ORG.sinosure);
      await reviewWithOffer(banker, approver, bankReview);
      await open(insurer, insurerReview);
      await answeredQuestion(
        insurer,
        operator,
        insurerReview,
        'Please send the pre-lease agreements.',
        'Attached to the request now.',
      );

      const seen = await secretariat.get(`/api/financing-requests/${request.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.amount).toBe('12345678901234.56');
      expect(seen.body.reviews.map((r: { status: string }) => r.status).sort()).toEqual(['in_review', 'offer_made']);
      for (const review of seen.body.reviews) {
        expect(review.offer).toBeNull();
        expect(review.messages).toBeNull();
      }
      expect(seen.body.actions).toEqual([]);
      expect((await secretariat.get(`/api/financing-reviews/${bankReview}`)).status).toBe(403);
      expect((await secretariat.post(`/api/financing-requests/${request.id}/withdraw`, { reason: 'x' })).status).toBe(
        403,
      );
      const audit = await secretariat.get(`/api/audit?entityType=FinancingReview&limit=100`);
      expect(audit.status).toBe(200);
      const text = JSON.stringify(audit.body);
      expect(text).toContain('financing_review.release_offer');
      // Not the rate in any form ("4.35" alone would match a timestamp such as 03:50:54.354Z).
      expect(text).not.toMatch(/"4\.35(00)?"|ratePercent|"4\.35 ?%/);
      expect(text).not.toContain('pre-lease agreements');
    });
  });

  describe('decisions: a decline, an acceptance', () => {
    it('lets an institution decline with a reason, and the requester is told', async () => {
      const request = await submitRequest(operator);
      const insurerReview = request.reviewOf(ORG.sinosure);
      await open(insurer, insurerReview);
      expect(fieldSet(await insurer.post(`/api/financing-reviews/${insurerReview}/decline`, {}))).toEqual(['reason']);
      const declined = await insurer.post(`/api/financing-reviews/${insurerReview}/decline`, {
        reason: 'Outside our country limits this year.',
      });
      expect(declined.status).toBe(200);
      expect(declined.body.review).toMatchObject({
        status: 'declined',
        declineReason: 'Outside our country limits this year.',
      });
      expect(declined.body.actions).toEqual([]);
      expect(await noticesOn('operator@example.org', request.id)).toContain('financing_declined');
    });

    it('lets only the requester accept an offer, naming the version it saw', async () => {
      const request = await submitRequest(operator);
      const offerId = await reviewWithOffer(banker, approver, request.reviewOf(ORG.bankOfJiangsu));
      const { version } = (await operator.get(`/api/financing-requests/${request.id}`)).body;
      expect((await operator2.post(`/api/financing-requests/${request.id}/accept`, { offerId, version })).status).toBe(
        404,
      );
      expect((await banker.post(`/api/financing-requests/${request.id}/accept`, { offerId, version })).status).toBe(
        403,
      );
      expect(fields(await operator.post(`/api/financing-requests/${request.id}/accept`, { offerId }))).toEqual([
        'version',
      ]);
      expect((await operator.get(`/api/financing-requests/${request.id}`)).body.status).toBe('offer_received');
    });

    it('accepts a released offer: the request is decided and nothing more can happen to it', async () => {
      const request = await submitRequest(operator);
      const bankReview = request.reviewOf(ORG.bankOfJiangsu);
      await reviewWithOffer(banker, approver, bankReview);
      const current = await operator.get(`/api/financing-requests/${request.id}`);
      const offerId = current.body.reviews.find((r: { id: string }) => r.id === bankReview).offer.id;
      const accepted = await operator.post(`/api/financing-requests/${request.id}/accept`, {
        offerId,
        version: current.body.version,
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', acceptedReviewId: bankReview, actions: [] });
      expect(accepted.body.reviews.find((r: { id: string }) => r.id === bankReview)).toMatchObject({
        status: 'accepted',
        offer: { status: 'accepted' },
      });

      const withdraw = await operator.post(`/api/financing-requests/${request.id}/withdraw`, { reason: 'Too late' });
      expect(withdraw.status).toBe(409);
      expect(withdraw.body.error).toBe('ILLEGAL_TRANSITION');
      expect(withdraw.body.message).toContain('allowed: none');
      expect((await operator.patch(`/api/financing-requests/${request.id}`, { titleEn: 'Changed' })).status).toBe(409);
      expect((await banker.get(`/api/financing-reviews/${bankReview}`)).body.review.status).toBe('accepted');
      expect(await noticesOn('approver@example.org', bankReview)).toContain('financing_accepted');
    });
  });

  describe('conflict of interest, revisions, withdrawal and closing', () => {
    it('bars a reviewer who declared a conflict from the request, while a colleague carries on', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const review = request.reviewOf(ORG.bankOfJiangsu);
      const declared = await approver.post(`/api/financing-reviews/${review}/declaration`, {
        conflict: true,
        note: 'My brother runs the contractor.',
      });
      expect(declared.status).toBe(200);
      expect(declared.body).toMatchObject({
        details: null,
        actions: [],
        myDeclaration: { conflict: true },
        review: { status: 'new' },
      });
      expect((await approver.get(`/api/financing-requests/${request.id}`)).body.error).toBe('CONFLICT_OF_INTEREST');
      expect((await approver.post(`/api/financing-reviews/${review}/decline`, { reason: 'x' })).body.error).toBe(
        'CONFLICT_OF_INTEREST',
      );
      const rows = await t.db.dataSource.query(
        `SELECT conflict, note FROM financing_declarations WHERE review_id = $1`,
        [review],
      );
      expect(rows).toEqual([{ conflict: true, note: 'My brother runs the contractor.' }]);

      const opened = await banker.post(`/api/financing-reviews/${review}/declaration`, { conflict: false });
      // The version the declaration answered with is the one to act on next.
      expect(
        (
          await banker.post(
            `/api/financing-reviews/${review}/offer`,
            offerTerms({ version: opened.body.review.version }),
          )
        ).status,
      ).toBe(200);
      expect((await approver.post(`/api/financing-reviews/${review}/offer/release`, { version: 1 })).body.error).toBe(
        'CONFLICT_OF_INTEREST',
      );
    });

    it('makes a new revision when a submitted request is edited, and shows reviewers which fields changed', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const review = request.reviewOf(ORG.bankOfJiangsu);
      await open(banker, review);
      const edited = await operator.patch(`/api/financing-requests/${request.id}`, {
        amount: '15000000.00',
        tenorMonths: 72,
      });
      expect(edited.status).toBe(200);
      expect(edited.body.revision).toBe(2);
      expect(edited.body.revisions).toMatchObject([
        { number: 1, changedFields: [] },
        { number: 2, changedFields: ['amount', 'tenorMonths'] },
      ]);
      expect((await operator.patch(`/api/financing-requests/${request.id}`, { amount: null })).status).toBe(422);
      expect(fields(await operator.patch(`/api/financing-requests/${request.id}`, { audience: 'all' }))).toEqual([
        'audience',
      ]);
      expect(
        fields(await operator.patch(`/api/financing-requests/${request.id}`, { institutionIds: [ORG.sinosure] })),
      ).toEqual(['institutionIds']);

      const first = await banker.get(`/api/financing-reviews/${review}`);
      expect(first.body.unseenRevisions).toMatchObject([{ number: 2, changedFields: ['amount', 'tenorMonths'] }]);
      expect((await banker.get(`/api/financing-reviews/${review}`)).body.unseenRevisions).toEqual([]);
      // Reading marks the revision seen without changing the review: the version just read still acts.
      const asked = await banker.post(`/api/financing-reviews/${review}/request-info`, {
        body: 'Why longer?',
        version: first.body.review.version,
      });
      expect(asked.status).toBe(200);
      expect(await noticesOn('banker@example.org', review)).toEqual(['financing_shared', 'financing_revised']);
    });

    it('shares a submitted request with one more institution when the requester names it', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const more = await operator.patch(`/api/financing-requests/${request.id}`, {
        institutionIds: [ORG.bankOfJiangsu, ORG.sinosure],
      });
      expect(more.status).toBe(200);
      expect(more.body.reviews).toHaveLength(2);
    });

    it('withdraws with a required reason at any time before acceptance, closing every open review', async () => {
      const request = await submitRequest(operator);
      expect(fieldSet(await operator.post(`/api/financing-requests/${request.id}/withdraw`, {}))).toEqual(['reason']);
      const withdrawn = await operator.post(`/api/financing-requests/${request.id}/withdraw`, {
        reason: 'Funded by the shareholders',
      });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: 'Funded by the shareholders' });
      expect(
        withdrawn.body.reviews.map((r: { status: string; closeReason: string }) => [r.status, r.closeReason]),
      ).toEqual([
        ['closed', 'request_withdrawn'],
        ['closed', 'request_withdrawn'],
      ]);
      const review = request.reviewOf(ORG.bankOfJiangsu);
      expect((await banker.post(`/api/financing-reviews/${review}/declaration`, { conflict: false })).status).toBe(409);
      expect(await noticesOn('insurer@example.org', request.reviewOf(ORG.sinosure))).toEqual([
        'financing_shared',
        'financing_withdrawn',
      ]);
    });

    it('withdraws a draft, which then cannot be closed', async () => {
      const draft = await newDraft(operator, { titleEn: 'Never mind' });
      expect(
        (await operator.post(`/api/financing-requests/${draft.id}/withdraw`, { reason: 'Not needed' })).body.status,
      ).toBe('withdrawn');
      expect((await operator.post(`/api/financing-requests/${draft.id}/close`, { reason: 'x' })).status).toBe(409);
    });

    it('cannot close a draft, only withdraw it, and says so', async () => {
      const draft = await newDraft(operator);
      const refused = await operator.post(`/api/financing-requests/${draft.id}/close`, { reason: 'x' });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('Cannot close a record that is draft; allowed: update, submit, withdraw');
    });

    it('closes a request with no acceptable offer, and the institutions are told', async () => {
      const request = await submitRequest(operator);
      const closed = await operator.post(`/api/financing-requests/${request.id}/close`, {
        reason: 'No acceptable offer',
      });
      expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'No acceptable offer' });
      expect(await noticesOn('banker@example.org', request.reviewOf(ORG.bankOfJiangsu))).toEqual([
        'financing_shared',
        'financing_closed',
      ]);
    });

    it('shares a request for "all" with every active financial institution', async () => {
      const request = await submitRequest(operator, { audience: 'all', institutionIds: [] });
      const seen = await operator.get(`/api/financing-requests/${request.id}`);
      expect(seen.body.reviews.map((r: { institution: { id: string } }) => r.institution.id).sort()).toEqual(
        [ORG.sinosure, ORG.bocJiangsu, ORG.bankOfJiangsu].sort(),
      );
    });
  });

  describe('two offers, one acceptance', () => {
    it('closes the other open reviews as "another offer accepted" and tells each side', async () => {
      const request = await submitRequest(operator);
      const bank = request.reviewOf(ORG.bankOfJiangsu);
      const sinosure = request.reviewOf(ORG.sinosure);
      await Promise.all([
        open(banker, bank),
        open(approver, bank),
        open(insurer, sinosure),
        open(underwriter2, sinosure),
      ]);
      await releasedOffer(banker, approver, bank, { amount: '100.10' });
      const insurance = await releasedOffer(insurer, underwriter2, sinosure, {
        rateKind: 'premium',
        ratePercent: '0.85',
        amount: '200.20',
      });

      const both = await operator.get(`/api/financing-requests/${request.id}`);
      expect(both.body.reviews.map((r: { offer: { amount: string } }) => r.offer.amount).sort()).toEqual([
        '100.10',
        '200.20',
      ]);
      const accepted = await operator.post(`/api/financing-requests/${request.id}/accept`, {
        offerId: insurance,
        version: both.body.version,
      });
      expect(accepted.status).toBe(200);
      const byId = Object.fromEntries(accepted.body.reviews.map((r: { id: string }) => [r.id, r]));
      expect(byId[sinosure]).toMatchObject({ status: 'accepted', offer: { status: 'accepted' } });
      expect(byId[bank]).toMatchObject({
        status: 'closed',
        closeReason: 'another_offer_accepted',
        offer: { status: 'not_accepted' },
      });
      expect(await noticesOn('approver@example.org', bank)).toContain('financing_not_accepted');
      expect((await mailAbout('banker@example.org', bank)).some((m) => m.template === 'financing_not_accepted')).toBe(
        true,
      );
    });

    it('refuses an expired offer and an offer of another request', async () => {
      const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const offerId = await reviewWithOffer(banker, approver, request.reviewOf(ORG.bankOfJiangsu));
      await t.db.dataSource.query(`UPDATE financing_offers SET valid_until = current_date - 1 WHERE id = $1`, [
        offerId,
      ]);
      const { version } = (await operator.get(`/api/financing-requests/${request.id}`)).body;
      const expired = await operator.post(`/api/financing-requests/${request.id}/accept`, { offerId, version });
      expect(expired.status).toBe(422);
      expect(fields(expired)).toEqual(['offerId']);
      const other = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
      const otherVersion = (await operator.get(`/api/financing-requests/${other.id}`)).body.version;
      expect(
        (await operator.post(`/api/financing-requests/${other.id}/accept`, { offerId, version: otherVersion })).status,
      ).toBe(404); // not an offer on that request
      expect((await operator.get(`/api/financing-requests/${request.id}`)).body.status).toBe('offer_received');
    });
  });

  describe('lists, queue, pipeline (over the seeded requests)', () => {
    it("lists the requester's own requests only, with how many institutions were asked, answered and offered", async () => {
      const mine = await operator.get('/api/financing-requests?limit=100');
      expect(mine.body.items.every((r: { organization: { id: string } }) => r.organization.id === ORG.ssez)).toBe(true);
      // Found by its title, so that requests other tests add cannot push it off the page.
      const demo = await operator.get(`/api/financing-requests?q=${encodeURIComponent('phase III')}`);
      const demo701 = demo.body.items.find((r: { id: string }) => r.id === DEMO_REQUEST);
      expect(demo701.progress).toEqual({ asked: 2, answered: 1, offers: 1 });
      const others = await operator2.get('/api/financing-requests?limit=100');
      expect(
        others.body.items.every((r: { organization: { id: string } }) => r.organization.id === ORG.indonesia),
      ).toBe(true);
    });

    it('never tells an institution how many others were asked', async () => {
      const shared = await insurer.get('/api/financing-requests?limit=100');
      expect(shared.body.items.length).toBeGreaterThan(0);
      expect(shared.body.items.every((r: { progress: unknown }) => r.progress === null)).toBe(true);
    });

    it("queues an institution's reviews oldest first, with working days waiting and the overdue ones", async () => {
      const queue = await insurer.get('/api/financing-reviews?limit=100');
      const created = queue.body.items.map((i: { review: { createdAt: string } }) => i.review.createdAt);
      expect(created).toEqual([...created].sort());
      const demo = queue.body.items.find((i: { request: { id: string } }) => i.request.id === DEMO_REQUEST);
      expect(demo.review).toMatchObject({ status: 'info_requested', overdue: true });
      expect(demo.review.workingDaysWaiting).toBeGreaterThan(10);
      const overdue = await insurer.get('/api/financing-reviews?overdue=true&limit=100');
      expect(overdue.body.items.length).toBeGreaterThan(0);
      expect(overdue.body.items.every((i: { review: { overdue: boolean } }) => i.review.overdue)).toBe(true);
    });

    it('filters the queue by instrument, country and exact amounts, for institutions only', async () => {
      const filtered = await insurer.get(
        '/api/financing-reviews?instrument=export_credit_insurance&country=AE&amountMin=6000000&amountMax=7000000',
      );
      expect(filtered.body.items.map((i: { request: { titleEn: string } }) => i.request.titleEn)).toEqual([
        'Export credit insurance for equipment shipped to the UAE zone',
      ]);
      expect((await insurer.get('/api/financing-reviews?amountMin=1.234')).status).toBe(400);
      expect((await operator.get('/api/financing-reviews')).status).toBe(403);
    });

    it('sums the pipeline exactly per currency, by status, instrument and country, for the secretariat only', async () => {
      // Its own app: the sums are exact over the seed plus what this test adds, whatever else ran.
      const t2 = await createTestApp();
      try {
        const [op, sec, bank] = await Promise.all(
          ['operator', 'secretariat', 'banker'].map((u) => t2.signIn(`${u}@example.org`)),
        );
        await submitRequest(op, { amount: '12345678901234.56', currency: 'EUR' });
        await submitRequest(op, { amount: '0.44', currency: 'EUR' });
        await newDraft(op, completeRequest({ amount: '999.99', currency: 'EUR' })); // a draft: not in the pipeline
        const pipeline = await sec.get('/api/financing-requests/pipeline');
        expect(pipeline.status).toBe(200);
        expect(pipeline.body.total.amounts).toEqual(
          expect.arrayContaining([
            { currency: 'EUR', total: '12345678901235.00' },
            { currency: 'USD', total: '24700000.00' },
            { currency: 'CNY', total: '42000000.00' },
          ]),
        );
        const submitted = pipeline.body.byStatus.find((r: { key: string }) => r.key === 'submitted');
        expect(submitted).toEqual({
          key: 'submitted',
          count: 3,
          amounts: [
            { currency: 'EUR', total: '12345678901235.00' },
            { currency: 'USD', total: '6200000.00' },
          ],
        });
        expect(pipeline.body.byStatus.find((r: { key: string }) => r.key === 'draft')).toBeUndefined();
        expect(pipeline.body.byInstrument.map((r: { key: string }) => r.key).sort()).toEqual([
          'export_credit_insurance',
          'loan',
          'trade_finance',
        ]);
        expect(pipeline.body.byCountry.find((r: { key: string }) => r.key === 'KH').count).toBe(3);
        expect((await bank.get('/api/financing-requests/pipeline')).status).toBe(403);
        expect((await op.get('/api/financing-requests/export')).status).toBe(403);

        const csv = await sec.get('/api/financing-requests/export?currency=EUR');
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
        const lines = csv.text
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines[0]).toBe(
          'Request ID,Requester,Park,Title (English),Title (Chinese),Instrument,Amount,Currency,Tenor (months),Country (ISO code),Sector,Status,Institutions asked,Offers released,Submitted at (UTC),Last updated (UTC)',
        );
        expect(lines).toHaveLength(3);
        expect(csv.text).not.toMatch(/,(loan|export_credit_insurance|trade_finance|submitted|under_review),/);
        const zh = await sec.get('/api/financing-requests/export?currency=EUR&lang=zh');
        expect(zh.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
          /^需求 ID,需求方,园区,标题（英文）,标题（中文）,融资方式,金额,币种,/,
        );
        expect(csv.text).toContain('12345678901234.56');
        expect(csv.text).toContain('标准厂房四期建设贷款');
      } finally {
        await t2.close();
      }
    });
  });

  describe('attachments of a request', () => {
    it('are read by the requester and cleared reviewers of the institutions asked, nobody else', async () => {
      const upload = await operator.agent
        .post('/api/attachments')
        .set('X-Requested-With', 'XMLHttpRequest')
        .attach('file', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'pre-leases.pdf');
      expect(upload.status).toBe(201);
      const request = await submitRequest(operator, {
        institutionIds: [ORG.bankOfJiangsu],
        attachmentIds: [upload.body.id],
      });
      const url = `/api/attachments/${upload.body.id}`;
      expect((await operator.get(url)).status).toBe(200);
      expect((await banker.get(url)).status).toBe(404); // not declared yet
      await open(banker, request.reviewOf(ORG.bankOfJiangsu));
      expect((await banker.get(url)).status).toBe(200);
      for (const other of [insurer, operator2, secretariat]) expect((await other.get(url)).status).toBe(404);
      expect((await t.anonymous().get(url)).status).toBe(404);
    });
  });
});
