import { subject } from '@casl/ability';
import {
  allowedFinancingRequestActions,
  canReleaseOffer,
  canReviewTransition,
  FINANCING_OFFER_TRANSITIONS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REQUEST_TRANSITIONS,
  FINANCING_REVIEW_TRANSITIONS,
  offerReleaseRefusal,
  RATE_PATTERN,
  requesterReviewActions,
  reviewActionsIn,
  workingDaysBetween,
  type FinancingOfferStatus,
} from './financing';
import { allowedTransitions, move } from './machine';
import { isCurrencyCode } from './currencies';
import { defineAbilityFor, type Principal } from './permissions';

const BANK = 'bank';
const OTHER_BANK = 'other-bank';
const OPERATOR = 'operator';

const principal = (
  organizationId: string,
  organizationType: Principal['organizationType'],
  orgRole: Principal['orgRole'] = 'member',
): Principal => ({
  userId: `${organizationId}-${orgRole}`,
  organizationId,
  organizationType,
  orgRole,
});

describe('financing status machines', () => {
  it('offers the requester only the actions legal in each status', () => {
    const table = Object.fromEntries(FINANCING_REQUEST_STATUSES.map((s) => [s, allowedFinancingRequestActions(s)]));
    expect(table).toEqual({
      draft: ['update', 'submit', 'withdraw'],
      submitted: ['update', 'withdraw', 'close'],
      under_review: ['update', 'withdraw', 'close'],
      offer_received: ['update', 'withdraw', 'close', 'accept'],
      accepted: [],
      withdrawn: [],
      closed: [],
    });
  });

  it('lets a review go back and forth between review and questions, and end once', () => {
    expect(canReviewTransition('request_info', 'in_review')).toBe(true);
    expect(canReviewTransition('answer', 'info_requested')).toBe(true);
    expect(canReviewTransition('request_info', 'info_requested')).toBe(false);
    expect(canReviewTransition('release_offer', 'info_requested')).toBe(false);
    expect(canReviewTransition('decline', 'new')).toBe(false); // a reviewer opens it first (conflict check)
    for (const final of ['declined', 'accepted', 'closed'] as const) {
      for (const action of Object.keys(FINANCING_REVIEW_TRANSITIONS) as (keyof typeof FINANCING_REVIEW_TRANSITIONS)[]) {
        expect(canReviewTransition(action, final)).toBe(false);
      }
    }
  });
});

describe('financing policy', () => {
  const thread = (organizationId: string, requesterOrganizationId: string) =>
    subject('FinancingThread', { organizationId, requesterOrganizationId });
  const offer = (organizationId: string, requesterOrganizationId: string) =>
    subject('FinancingOffer', { organizationId, requesterOrganizationId });

  it('lets the secretariat follow requests but not decide them, nor read threads and offer terms', () => {
    const ability = defineAbilityFor(principal('sec', 'secretariat', 'admin'));
    expect(ability.can('read', subject('FinancingRequest', { organizationId: OPERATOR }))).toBe(true);
    expect(ability.can('export', 'FinancingRequest')).toBe(true);
    for (const action of ['create', 'update', 'submit', 'withdraw', 'close', 'accept'] as const) {
      expect(ability.can(action, subject('FinancingRequest', { organizationId: OPERATOR }))).toBe(false);
    }
    expect(ability.can('review', subject('FinancingReview', { organizationId: BANK }))).toBe(false);
    expect(ability.can('release', subject('FinancingOffer', { organizationId: BANK }))).toBe(false);
    expect(ability.can('read', thread(BANK, OPERATOR))).toBe(false);
    expect(ability.can('read', offer(BANK, OPERATOR))).toBe(false);
  });

  it('lets an institution review its own reviews; only its admins release offers', () => {
    const staff = defineAbilityFor(principal(BANK, 'financial_institution'));
    const admin = defineAbilityFor(principal(BANK, 'financial_institution', 'admin'));
    expect(staff.can('review', subject('FinancingReview', { organizationId: BANK }))).toBe(true);
    expect(staff.can('review', subject('FinancingReview', { organizationId: OTHER_BANK }))).toBe(false);
    expect(staff.can('release', subject('FinancingOffer', { organizationId: BANK }))).toBe(false);
    expect(admin.can('release', subject('FinancingOffer', { organizationId: BANK }))).toBe(true);
    expect(admin.can('release', subject('FinancingOffer', { organizationId: OTHER_BANK }))).toBe(false);
    expect(staff.can('read', thread(BANK, OPERATOR))).toBe(true);
    expect(staff.can('read', offer(OTHER_BANK, OPERATOR))).toBe(false);
    expect(staff.can('create', 'FinancingRequest')).toBe(false);
  });

  it("lets a park operator ask for finance and read its own requests' threads and offers", () => {
    const ability = defineAbilityFor(principal(OPERATOR, 'park_operator'));
    expect(ability.can('create', subject('FinancingRequest', { organizationId: OPERATOR }))).toBe(true);
    expect(ability.can('accept', subject('FinancingRequest', { organizationId: 'another-operator' }))).toBe(false);
    expect(ability.can('read', thread(BANK, OPERATOR))).toBe(true);
    expect(ability.can('read', offer(BANK, 'another-operator'))).toBe(false);
    expect(ability.can('review', 'FinancingReview')).toBe(false);
  });

  it('gives a service provider no part in financing', () => {
    const ability = defineAbilityFor(principal('law', 'service_provider', 'admin'));
    expect(ability.can('create', 'FinancingRequest')).toBe(false);
    expect(ability.can('review', 'FinancingReview')).toBe(false);
  });
});

describe('financing values', () => {
  it('counts working days, weekends left out', () => {
    const friday = new Date('2026-11-20T10:00:00Z');
    expect(workingDaysBetween(friday, new Date('2026-11-23T09:00:00Z'))).toBe(1); // Monday
    expect(workingDaysBetween(friday, new Date('2026-12-04T09:00:00Z'))).toBe(10);
    expect(workingDaysBetween(friday, new Date('2026-12-07T09:00:00Z'))).toBe(11);
    expect(workingDaysBetween(friday, new Date('2026-11-19T09:00:00Z'))).toBe(0);
  });

  it('knows currencies and rates', () => {
    expect(['USD', 'CNY', 'AED', 'KHR'].every(isCurrencyCode)).toBe(true);
    expect(['usd', 'XXX', 'US$', ''].some(isCurrencyCode)).toBe(false);
    expect(['0', '4.35', '100', '0.1250', '99.9999'].every((r) => RATE_PATTERN.test(r))).toBe(true);
    expect(['100.01', '-1', '4.12345', '1e2', '04.5'].some((r) => RATE_PATTERN.test(r))).toBe(false);
  });
});

describe('financing offers', () => {
  const TODAY = '2026-06-01';
  const prepared = {
    status: 'prepared' as const,
    preparedByUserIds: ['maker'],
    validUntil: '2026-06-30',
    requestRevision: 2,
  };
  const request = { revision: 2, today: TODAY };

  it('moves an offer from prepared to released to decided, and lets a prepared one lapse', () => {
    const offer: { status: FinancingOfferStatus } = { status: 'prepared' };
    move(FINANCING_OFFER_TRANSITIONS, 'revise', offer);
    move(FINANCING_OFFER_TRANSITIONS, 'release', offer);
    expect(offer.status).toBe('released');
    expect(() => move(FINANCING_OFFER_TRANSITIONS, 'lapse', offer)).toThrow(
      'Cannot lapse a record that is released; allowed: accept',
    );
    move(FINANCING_OFFER_TRANSITIONS, 'accept', offer);
    expect(offer.status).toBe('accepted');
    expect(allowedTransitions(FINANCING_OFFER_TRANSITIONS, 'prepared')).toEqual(['revise', 'release']);
    expect(allowedTransitions(FINANCING_OFFER_TRANSITIONS, 'accepted')).toEqual([]);
  });

  it('lets a checker release an offer only when they did not make it, while valid and current (four eyes)', () => {
    expect(canReleaseOffer(prepared, 'checker', request)).toBe(true);
    expect(offerReleaseRefusal(prepared, 'maker', request)).toBe('OFFER_FOUR_EYES');
    expect(offerReleaseRefusal({ ...prepared, preparedByUserIds: [] }, 'checker', request)).toBe('OFFER_FOUR_EYES');
    expect(offerReleaseRefusal({ ...prepared, preparedByUserIds: ['maker', 'checker'] }, 'checker', request)).toBe(
      'OFFER_FOUR_EYES',
    );
    expect(offerReleaseRefusal({ ...prepared, validUntil: '2026-05-31' }, 'checker', request)).toBe('OFFER_EXPIRED');
    expect(offerReleaseRefusal(prepared, 'checker', { ...request, revision: 3 })).toBe('OFFER_OUTDATED');
    expect(offerReleaseRefusal({ ...prepared, status: 'released' }, 'checker', request)).toBe('OFFER_NOT_PREPARED');
    expect(offerReleaseRefusal(null, 'checker', request)).toBe('OFFER_NOT_PREPARED');
  });

  it("offers the requester an answer while asked, and an offer's acceptance while it is released and valid", () => {
    const released = { status: 'released' as const, validUntil: '2026-06-30' };
    const waiting = { status: 'offer_received' as const, today: TODAY };
    expect(requesterReviewActions({ status: 'info_requested' }, null, waiting)).toEqual(['answer']);
    expect(requesterReviewActions({ status: 'offer_made' }, released, waiting)).toEqual(['accept']);
    expect(
      requesterReviewActions({ status: 'offer_made' }, { ...released, validUntil: '2026-05-31' }, waiting),
    ).toEqual([]);
    expect(requesterReviewActions({ status: 'offer_made' }, released, { ...waiting, status: 'accepted' })).toEqual([]);
    expect(requesterReviewActions({ status: 'in_review' }, null, waiting)).toEqual([]);
  });

  it('never offers a system step to a person', () => {
    expect(allowedTransitions(FINANCING_REVIEW_TRANSITIONS, 'offer_made')).toEqual([]);
    expect(allowedTransitions(FINANCING_REQUEST_TRANSITIONS, 'submitted')).toEqual(['withdraw', 'close']);
    expect(reviewActionsIn('in_review')).toEqual(['request_info', 'prepare_offer', 'release_offer', 'decline']);
  });
});
