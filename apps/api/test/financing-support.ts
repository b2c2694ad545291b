import { ORG, type HttpClient, type TestApp } from './support/test-app';

export const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
export const UAE_PARK = '00000000-0000-4000-8000-000000000201';

/** A complete request of the Sihanoukville operator, shared with Bank of Jiangsu and Sinosure. */
export const completeRequest = (override: Record<string, unknown> = {}) => ({
  parkId: SSEZ_PARK,
  titleEn: 'Loan for standard factory buildings, phase IV',
  titleZh: '标准厂房四期建设贷款',
  purposeEn: 'Ten more standard factory buildings',
  purposeZh: '再建十栋标准厂房',
  descriptionEn: 'Pre-leases signed with six tenants.',
  instrument: 'loan',
  amount: '12345678901234.56',
  currency: 'USD',
  tenorMonths: 60,
  country: 'KH',
  sector: 'textiles_garments',
  audience: 'named',
  institutionIds: [ORG.bankOfJiangsu, ORG.sinosure],
  ...override,
});

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const offerTerms = (override: Record<string, unknown> = {}) => ({
  amount: '12000000000000.00',
  currency: 'USD',
  rateKind: 'interest',
  ratePercent: '4.35',
  fees: '0.5% arrangement fee',
  tenorMonths: 60,
  conditions: 'Security over the buildings',
  validUntil: inDays(30),
  ...override,
});

/** A submitted request: its id and the review id of each institution asked. */
export interface SubmittedRequest {
  id: string;
  reviewOf: (org: string) => string;
}

/** Creates a draft (complete unless told otherwise) without submitting it; returns its id and version. */
export async function newDraft(
  operator: HttpClient,
  body: Record<string, unknown> = completeRequest(),
): Promise<{ id: string; version: number }> {
  const created = await operator.post('/api/financing-requests', body);
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, version: created.body.version };
}

/** Creates and submits a request; returns its id and the review id of each institution asked. */
export async function submitRequest(
  operator: HttpClient,
  override: Record<string, unknown> = {},
): Promise<SubmittedRequest> {
  const created = await operator.post('/api/financing-requests', completeRequest(override));
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await operator.post(`/api/financing-requests/${created.body.id}/submit`, {
    version: created.body.version,
  });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const reviews = submitted.body.reviews as { id: string; institution: { id: string } }[];
  return {
    id: created.body.id,
    reviewOf: (org) => {
      const review = reviews.find((r) => r.institution.id === org);
      if (!review) throw new Error(`no review for ${org}`);
      return review.id;
    },
  };
}

/** A reviewer opens the review, declaring no conflict of interest. */
export async function open(client: HttpClient, reviewId: string): Promise<void> {
  const res = await client.post(`/api/financing-reviews/${reviewId}/declaration`, { conflict: false });
  if (res.status !== 200) throw new Error(`declaration failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The maker prepares an offer, the checker releases it. */
export async function releasedOffer(
  maker: HttpClient,
  checker: HttpClient,
  reviewId: string,
  terms: Record<string, unknown> = {},
): Promise<string> {
  const prepared = await maker.post(`/api/financing-reviews/${reviewId}/offer`, offerTerms(terms));
  if (prepared.status !== 200) throw new Error(`prepare failed: ${prepared.status} ${JSON.stringify(prepared.body)}`);
  const released = await checker.post(`/api/financing-reviews/${reviewId}/offer/release`, {
    version: prepared.body.review.version,
  });
  if (released.status !== 200) throw new Error(`release failed: ${released.status} ${JSON.stringify(released.body)}`);
  return released.body.review.offer.id as string;
}

/** Brings a review to `offer_made`: maker and checker declare no conflict, one prepares, the other releases. */
export async function reviewWithOffer(
  maker: HttpClient,
  checker: HttpClient,
  reviewId: string,
  terms: Record<string, unknown> = {},
): Promise<string> {
  await Promise.all([open(maker, reviewId), open(checker, reviewId)]);
  return releasedOffer(maker, checker, reviewId, terms);
}

/** The institution (already past its declaration) asks a question and the requester answers it. */
export async function answeredQuestion(
  institution: HttpClient,
  requester: HttpClient,
  reviewId: string,
  question: string,
  answer: string,
): Promise<void> {
  const asked = await institution.post(`/api/financing-reviews/${reviewId}/request-info`, { body: question });
  if (asked.status !== 200) throw new Error(`question failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const answered = await requester.post(`/api/financing-reviews/${reviewId}/answer`, { body: answer });
  if (answered.status !== 200) throw new Error(`answer failed: ${answered.status} ${JSON.stringify(answered.body)}`);
}

/** A second admin at Sinosure (the demo has one), invited by the insurer, so its offers can be released too. */
export async function secondUnderwriter(t: TestApp, insurer: HttpClient): Promise<HttpClient> {
  const email = 'second.underwriter@example.org';
  const invited = await insurer.post('/api/users', { email, displayName: 'Second Underwriter', orgRole: 'admin' });
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const { token } = await t.linkFor(email);
  const password = 'second-underwriter-2026';
  const accepted = await t.anonymous().post('/api/auth/invitations/accept', { token, password });
  if (accepted.status >= 300) throw new Error(`accept failed: ${accepted.status}`);
  return t.signIn(email, password);
}
