import { offerTerms, open, releasedOffer, submitRequest } from './financing-support';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

/** The ways around the rules a hostile or careless user of each role might try, each closed. */
describe('financing safeguards', () => {
  let t: TestApp;
  let operator: HttpClient;
  let banker: HttpClient;
  let approver: HttpClient;
  let insurer: HttpClient;
  let secretariat: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    [operator, banker, approver, insurer, secretariat] = await Promise.all(
      ['operator', 'banker', 'approver', 'insurer', 'secretariat'].map((u) => t.signIn(`${u}@example.org`)),
    );
  });
  afterAll(() => t.close());

  const reviewOf = async (client: HttpClient, requestId: string, reviewId: string) =>
    (await client.get(`/api/financing-requests/${requestId}`)).body.reviews.find(
      (r: { id: string }) => r.id === reviewId,
    );

  it('never shows the requester an offer no admin released, even after the review ends', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await open(banker, review);
    await banker.post(
      `/api/financing-reviews/${review}/offer`,
      offerTerms({ conditions: 'INTERNAL DRAFT never approved' }),
    );
    expect(
      (await banker.post(`/api/financing-reviews/${review}/decline`, { reason: 'Committee said no' })).status,
    ).toBe(200);
    const seen = await operator.get(`/api/financing-requests/${request.id}`);
    expect(seen.body.reviews[0]).toMatchObject({ status: 'declined', offer: null });
    expect(JSON.stringify(seen.body)).not.toContain('INTERNAL DRAFT');
    expect((await banker.get(`/api/financing-reviews/${review}`)).body.review.offer.status).toBe('lapsed');

    const other = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const otherReview = other.reviewOf(ORG.bankOfJiangsu);
    await open(banker, otherReview);
    await banker.post(`/api/financing-reviews/${otherReview}/offer`, offerTerms({ conditions: 'INTERNAL DRAFT two' }));
    await operator.post(`/api/financing-requests/${other.id}/withdraw`, { reason: 'Changed plans' });
    expect(JSON.stringify((await operator.get(`/api/financing-requests/${other.id}`)).body)).not.toContain(
      'INTERNAL DRAFT',
    );
  });

  it('makes the checker release the terms they saw: a revision by the maker changes the version', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, review), open(approver, review)]);
    await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms({ amount: '100.00' }));
    const seenByChecker = (await approver.get(`/api/financing-reviews/${review}`)).body.review;
    expect(seenByChecker.offer.amount).toBe('100.00');
    await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms({ amount: '999999.00', fees: null }));
    const stale = await approver.post(`/api/financing-reviews/${review}/offer/release`, {
      version: seenByChecker.version,
    });
    expect(stale.status).toBe(409);
    const now = (await approver.get(`/api/financing-reviews/${review}`)).body.review;
    expect(now.offer).toMatchObject({ amount: '999999.00', fees: null }); // a revision states every term; the old fees are gone
    expect(
      (await approver.post(`/api/financing-reviews/${review}/offer/release`, { version: now.version })).status,
    ).toBe(200);
  });

  it('bars everyone who prepared or revised an offer from releasing it', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, review), open(approver, review)]);
    await approver.post(`/api/financing-reviews/${review}/offer`, offerTerms({ amount: '500.00' }));
    const reposted = await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms({ amount: '500.00' })); // the analyst re-posts the admin's terms
    const own = await approver.post(`/api/financing-reviews/${review}/offer/release`, {
      version: reposted.body.review.version,
    });
    expect(own.status).toBe(403);
    expect((await approver.get(`/api/financing-reviews/${review}`)).body.actions).not.toContain('release_offer');
  });

  it('asks for the offer to be revised when the request changed after it was prepared', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, review), open(approver, review)]);
    await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms());
    expect(
      (await operator.patch(`/api/financing-requests/${request.id}`, { amount: '1.00', currency: 'EUR' })).body
        .revision,
    ).toBe(2);
    const detail = (await approver.get(`/api/financing-reviews/${review}`)).body;
    expect(detail.actions).not.toContain('release_offer');
    const refused = await approver.post(`/api/financing-reviews/${review}/offer/release`, {
      version: detail.review.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/revision 2/);
    const revised = await banker.post(
      `/api/financing-reviews/${review}/offer`,
      offerTerms({ amount: '1.00', currency: 'EUR' }),
    );
    expect(
      (await approver.post(`/api/financing-reviews/${review}/offer/release`, { version: revised.body.review.version }))
        .status,
    ).toBe(200);
  });

  it('shows a reviewer who has not declared, or declared a conflict, neither the thread nor the offer', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await open(banker, review);
    await banker.post(`/api/financing-reviews/${review}/request-info`, { body: 'What is your EBITDA?' });
    await operator.post(`/api/financing-reviews/${review}/answer`, { body: 'SECRET EBITDA 42m' });
    await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms({ conditions: 'SECRET CONDITIONS' }));
    const undeclared = await approver.get(`/api/financing-reviews/${review}`);
    expect(undeclared.body.review).toMatchObject({ offer: null, messages: null });
    const queue = await approver.get('/api/financing-reviews?limit=100');
    expect(JSON.stringify(queue.body)).not.toMatch(/SECRET/);
    await approver.post(`/api/financing-reviews/${review}/declaration`, { conflict: true });
    expect(JSON.stringify((await approver.get(`/api/financing-reviews/${review}`)).body)).not.toMatch(/SECRET/);
    expect(JSON.stringify((await approver.get('/api/financing-reviews?limit=100')).body)).not.toMatch(/SECRET/);
    expect(JSON.stringify((await banker.get(`/api/financing-reviews/${review}`)).body)).toMatch(/SECRET EBITDA/); // the cleared colleague does
  });

  it('does not tell an institution what the others did: open requests all read as submitted, and the accepted review is named only to its own institution', async () => {
    const request = await submitRequest(operator);
    const bank = request.reviewOf(ORG.bankOfJiangsu);
    const sinosure = request.reviewOf(ORG.sinosure);
    await Promise.all([open(banker, bank), open(approver, bank), open(insurer, sinosure)]);
    const offerId = await releasedOffer(banker, approver, bank);
    expect((await operator.get(`/api/financing-requests/${request.id}`)).body.status).toBe('offer_received');

    const insurerView = await insurer.get(`/api/financing-requests/${request.id}`);
    expect(insurerView.body.status).toBe('submitted');
    expect((await insurer.get(`/api/financing-reviews/${sinosure}`)).body.request.status).toBe('submitted');
    const byStatus = await insurer.get('/api/financing-requests?status=offer_received&limit=100');
    expect(byStatus.body.items).toEqual([]);
    const open_ = await insurer.get('/api/financing-requests?status=submitted&limit=100');
    expect(open_.body.items.map((r: { id: string }) => r.id)).toContain(request.id);
    const queue = await insurer.get('/api/financing-reviews?status=offer_received&limit=100');
    expect(queue.body.items).toEqual([]);

    const { version } = (await operator.get(`/api/financing-requests/${request.id}`)).body;
    await operator.post(`/api/financing-requests/${request.id}/accept`, { offerId, version });
    expect((await insurer.get(`/api/financing-requests/${request.id}`)).body).toMatchObject({
      status: 'accepted',
      acceptedReviewId: null,
    });
    expect((await banker.get(`/api/financing-requests/${request.id}`)).body.acceptedReviewId).toBe(bank);
  });

  it('keeps the decline reason between the institution and the requester, away from the secretariat', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await open(banker, review);
    await banker.post(`/api/financing-reviews/${review}/decline`, { reason: 'PRIVATE: your balance sheet is weak' });
    expect((await reviewOf(operator, request.id, review)).declineReason).toBe('PRIVATE: your balance sheet is weak');
    expect((await reviewOf(secretariat, request.id, review)).declineReason).toBeNull();
    expect(JSON.stringify((await secretariat.get('/api/audit?limit=100')).body)).not.toContain('balance sheet');
  });

  it('audits the steps the system takes: the request opened and offered, reviews accepted and closed', async () => {
    const request = await submitRequest(operator);
    const bank = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, bank), open(approver, bank)]);
    const offerId = await releasedOffer(banker, approver, bank);
    const { version } = (await operator.get(`/api/financing-requests/${request.id}`)).body;
    await operator.post(`/api/financing-requests/${request.id}/accept`, { offerId, version });
    const rows = (await t.db.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 OR entity_id = ANY($2) ORDER BY occurred_at, id`,
      [request.id, [bank, request.reviewOf(ORG.sinosure)]],
    )) as { action: string }[];
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'financing_request.submit',
        'financing_request.open',
        'financing_request.receive_offer',
        'financing_request.accept',
        'financing_review.accept',
        'financing_review.close',
      ]),
    );
  });

  it('lets a request be edited after a named institution left the alliance', async () => {
    const request = await submitRequest(operator);
    expect((await secretariat.post(`/api/organizations/${ORG.sinosure}/suspend`, { reason: 'test' })).status).toBe(200);
    try {
      expect(
        (await operator.patch(`/api/financing-requests/${request.id}`, { titleEn: 'Still editable' })).status,
      ).toBe(200);
    } finally {
      await secretariat.post(`/api/organizations/${ORG.sinosure}/reinstate`, { reason: 'test' });
    }
  });

  it("never serves a request's file to the secretariat, attached or detached", async () => {
    const upload = await operator.agent
      .post('/api/attachments')
      .set('X-Requested-With', 'XMLHttpRequest')
      .attach('file', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'balance-sheet.pdf');
    const request = await submitRequest(operator, {
      institutionIds: [ORG.bankOfJiangsu],
      attachmentIds: [upload.body.id],
    });
    const url = `/api/attachments/${upload.body.id}`;
    expect((await secretariat.get(url)).status).toBe(404);
    await operator.patch(`/api/financing-requests/${request.id}`, { attachmentIds: [] });
    expect((await secretariat.get(url)).status).toBe(404);
    expect((await operator.get(url)).status).toBe(200);
  });
});
