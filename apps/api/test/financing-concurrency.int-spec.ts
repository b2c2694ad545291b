import { open, releasedOffer, secondUnderwriter, submitRequest, offerTerms } from './financing-support';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

/**
 * Conflicting decisions fired at the same moment over HTTP against the real database: exactly
 * one wins, the other gets 409 with a message saying why, and the stored state is consistent.
 */
describe('financing: simultaneous decisions', () => {
  let t: TestApp;
  let operator: HttpClient;
  let banker: HttpClient;
  let approver: HttpClient;
  let insurer: HttpClient;
  let underwriter2: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    [operator, banker, approver, insurer] = await Promise.all(
      ['operator', 'banker', 'approver', 'insurer'].map((u) => t.signIn(`${u}@example.org`)),
    );
    underwriter2 = await secondUnderwriter(t, insurer);
  });
  afterAll(() => t.close());

  /** A request with a released offer from each institution; returns the offer ids. */
  async function twoOffers() {
    const request = await submitRequest(operator);
    const bank = request.reviewOf(ORG.bankOfJiangsu);
    const sinosure = request.reviewOf(ORG.sinosure);
    await Promise.all([
      open(banker, bank),
      open(approver, bank),
      open(insurer, sinosure),
      open(underwriter2, sinosure),
    ]);
    const bankOffer = await releasedOffer(banker, approver, bank);
    const insurerOffer = await releasedOffer(insurer, underwriter2, sinosure, {
      rateKind: 'premium',
      ratePercent: '0.9',
    });
    const { version } = (await operator.get(`/api/financing-requests/${request.id}`)).body;
    return { id: request.id, bankOffer, insurerOffer, version };
  }

  const statuses = (responses: { status: number }[]) => responses.map((r) => r.status).sort();
  const offerStatuses = async (requestId: string) =>
    (
      (await t.db.dataSource.query(
        `SELECT fo.status FROM financing_offers fo JOIN financing_reviews rv ON rv.id = fo.review_id WHERE rv.request_id = $1 ORDER BY fo.status`,
        [requestId],
      )) as { status: string }[]
    ).map((r) => r.status);

  it.each([1, 2, 3])('two acceptances of different offers at once: one wins, the other 409 (round %i)', async () => {
    const r = await twoOffers();
    const results = await Promise.all([
      operator.post(`/api/financing-requests/${r.id}/accept`, { offerId: r.bankOffer, version: r.version }),
      operator.post(`/api/financing-requests/${r.id}/accept`, { offerId: r.insurerOffer, version: r.version }),
    ]);
    expect(statuses(results)).toEqual([200, 409]);
    const loser = results.find((x) => x.status === 409);
    expect(['CONFLICT', 'ILLEGAL_TRANSITION']).toContain(loser?.body.error);
    expect(loser?.body.message).toMatch(/changed this request|Cannot accept a record that is accepted/);
    expect(await offerStatuses(r.id)).toEqual(['accepted', 'not_accepted']);
  });

  it.each([1, 2, 3])('accept while withdrawing: exactly one happens (round %i)', async () => {
    const r = await twoOffers();
    const [accept, withdraw] = await Promise.all([
      operator.post(`/api/financing-requests/${r.id}/accept`, { offerId: r.bankOffer, version: r.version }),
      operator.post(`/api/financing-requests/${r.id}/withdraw`, { reason: 'Changed our plans' }),
    ]);
    expect(statuses([accept, withdraw])).toEqual([200, 409]);
    const final = (await operator.get(`/api/financing-requests/${r.id}`)).body;
    if (accept.status === 200) {
      expect(final.status).toBe('accepted');
      expect(await offerStatuses(r.id)).toEqual(['accepted', 'not_accepted']);
    } else {
      expect(final.status).toBe('withdrawn');
      expect(await offerStatuses(r.id)).toEqual(['not_accepted', 'not_accepted']);
    }
  });

  it.each([1, 2, 3])('two releases of the same offer at once: one releases, the other 409 (round %i)', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, review), open(approver, review)]);
    const prepared = await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms());
    const version = prepared.body.review.version;
    const results = await Promise.all([
      approver.post(`/api/financing-reviews/${review}/offer/release`, { version }),
      approver.post(`/api/financing-reviews/${review}/offer/release`, { version }),
    ]);
    expect(statuses(results)).toEqual([200, 409]);
    expect(results.find((x) => x.status === 409)?.body.message).toMatch(/changed this review|Cannot release offer/);
    const notices = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE type = 'financing_offer' AND record_id = $1`,
      [request.id],
    );
    expect(notices).toEqual([{ n: 1 }]); // the requester was told once
  });

  it('a release and a decline at once: one decides the review', async () => {
    const request = await submitRequest(operator, { institutionIds: [ORG.bankOfJiangsu] });
    const review = request.reviewOf(ORG.bankOfJiangsu);
    await Promise.all([open(banker, review), open(approver, review)]);
    const prepared = await banker.post(`/api/financing-reviews/${review}/offer`, offerTerms());
    const results = await Promise.all([
      approver.post(`/api/financing-reviews/${review}/offer/release`, { version: prepared.body.review.version }),
      banker.post(`/api/financing-reviews/${review}/decline`, { reason: 'Credit committee said no' }),
    ]);
    expect(statuses(results)).toEqual([200, 409]);
    const final = (await banker.get(`/api/financing-reviews/${review}`)).body.review.status;
    expect(['offer_made', 'declined']).toContain(final);
  });
});
