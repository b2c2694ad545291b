import { subject } from '@casl/ability';
import { canDecideRating, canProposeRating, COUNTRY_RATING_STATUSES, COUNTRY_RATING_TRANSITIONS } from './country-risk';
import { allowedTransitions, IllegalTransitionError, move } from './machine';
import { defineAbilityFor, type Principal } from './permissions';
import {
  canReviewBriefVersion,
  POLICY_BRIEF_STATUSES,
  POLICY_BRIEF_TRANSITIONS,
  POLICY_BRIEF_VERSION_STATUSES,
  POLICY_BRIEF_VERSION_TRANSITIONS,
  policyBriefActions,
  type PolicyBriefActor,
  type PolicyBriefState,
} from './policy-briefs';

const INSTITUTE = 'institute';
const writer: PolicyBriefActor = { userId: 'writer', organizationId: INSTITUTE, secretariat: false, admin: false };
const instituteAdmin: PolicyBriefActor = { ...writer, userId: 'institute-admin', admin: true };
const outsider: PolicyBriefActor = { userId: 'banker', organizationId: 'bank', secretariat: false, admin: true };
const reviewer: PolicyBriefActor = { userId: 'officer', organizationId: 'secretariat', secretariat: true, admin: true };

const brief = (
  status: PolicyBriefState['status'],
  working: PolicyBriefState['working'] = null,
  organizationId = INSTITUTE,
): PolicyBriefState => ({ status, organizationId, working });

describe('policy brief status machines', () => {
  it('moves a version through review, and nothing else', () => {
    const table = Object.fromEntries(
      POLICY_BRIEF_VERSION_STATUSES.map((s) => [s, allowedTransitions(POLICY_BRIEF_VERSION_TRANSITIONS, s)]),
    );
    expect(table).toEqual({
      draft: ['submit'],
      in_review: ['request_changes', 'publish'],
      changes_requested: ['submit'],
      published: [],
    });
    const brief = { status: 'retracted' as const };
    expect(() => move(POLICY_BRIEF_TRANSITIONS, 'publish', brief)).toThrow(IllegalTransitionError);
    expect(
      Object.fromEntries(POLICY_BRIEF_STATUSES.map((s) => [s, allowedTransitions(POLICY_BRIEF_TRANSITIONS, s)])),
    ).toMatchObject({ published: ['retract'], retracted: [] });
  });

  it('offers its organization writing and submitting, the secretariat reviewing, each only when the status allows', () => {
    const draft = brief('draft', { status: 'draft', authorUserId: writer.userId });
    expect(policyBriefActions(draft, writer)).toEqual(['update', 'submit', 'comment']);
    expect(policyBriefActions(draft, outsider)).toEqual([]);
    const inReview = brief('in_review', { status: 'in_review', authorUserId: writer.userId });
    expect(policyBriefActions(inReview, writer)).toEqual(['comment']);
    expect(policyBriefActions(inReview, reviewer)).toEqual(['request_changes', 'publish', 'comment']);
    const sentBack = brief('changes_requested', { status: 'changes_requested', authorUserId: writer.userId });
    expect(policyBriefActions(sentBack, writer)).toEqual(['update', 'submit', 'comment']);
    expect(policyBriefActions(sentBack, reviewer)).toEqual(['comment']);
  });

  it('never lets the secretariat review a version it wrote', () => {
    const own = brief('in_review', { status: 'in_review', authorUserId: reviewer.userId }, 'secretariat');
    expect(canReviewBriefVersion({ authorUserId: reviewer.userId }, reviewer)).toBe(false);
    expect(policyBriefActions(own, reviewer)).toEqual(['comment']);
    expect(policyBriefActions(own, { ...reviewer, userId: 'another-officer' })).toEqual([
      'request_changes',
      'publish',
      'comment',
    ]);
  });

  it('retracts a published brief by an admin of its organization or the secretariat; starts a new version when none is open', () => {
    const published = brief('published');
    expect(policyBriefActions(published, writer)).toEqual(['new_version', 'comment']);
    expect(policyBriefActions(published, instituteAdmin)).toEqual(['retract', 'new_version', 'comment']);
    expect(policyBriefActions(published, reviewer)).toEqual(['retract', 'comment']);
    expect(policyBriefActions(published, outsider)).toEqual([]);
    const nextInReview = brief('published', { status: 'in_review', authorUserId: writer.userId });
    expect(policyBriefActions(nextInReview, instituteAdmin)).toEqual(['retract', 'comment']);
    expect(policyBriefActions(brief('retracted'), reviewer)).toEqual([]);
  });

  it('lets every member organization write briefs for itself, and only admins retract them', () => {
    const member: Principal = {
      userId: 'u',
      organizationId: INSTITUTE,
      organizationType: 'research_institute',
      orgRole: 'member',
    };
    const ability = defineAbilityFor(member);
    expect(ability.can('create', subject('PolicyBrief', { organizationId: INSTITUTE }))).toBe(true);
    expect(ability.can('create', subject('PolicyBrief', { organizationId: 'bank' }))).toBe(false);
    expect(ability.can('retract', subject('PolicyBrief', { organizationId: INSTITUTE }))).toBe(false);
    expect(
      defineAbilityFor({ ...member, orgRole: 'admin' }).can(
        'retract',
        subject('PolicyBrief', { organizationId: INSTITUTE }),
      ),
    ).toBe(true);
    expect(ability.can('review', 'PolicyBrief')).toBe(false);
  });
});

describe('country rating changes', () => {
  it('are proposed by a research institute admin or the secretariat', () => {
    expect(canProposeRating({ organizationType: 'research_institute', orgRole: 'admin' })).toBe(true);
    expect(canProposeRating({ organizationType: 'research_institute', orgRole: 'member' })).toBe(false);
    expect(canProposeRating({ organizationType: 'secretariat', orgRole: 'member' })).toBe(true);
    expect(canProposeRating({ organizationType: 'service_provider', orgRole: 'admin' })).toBe(false);
  });

  it('are decided once, by a secretariat user other than the proposer', () => {
    const proposal = { status: 'proposed' as const, proposedByUserId: 'officer' };
    expect(canDecideRating(proposal, { userId: 'officer', organizationType: 'secretariat' })).toBe(false);
    expect(canDecideRating(proposal, { userId: 'another', organizationType: 'secretariat' })).toBe(true);
    expect(canDecideRating(proposal, { userId: 'another', organizationType: 'research_institute' })).toBe(false);
    expect(
      canDecideRating({ ...proposal, status: 'published' }, { userId: 'another', organizationType: 'secretariat' }),
    ).toBe(false);
    expect(
      Object.fromEntries(COUNTRY_RATING_STATUSES.map((s) => [s, allowedTransitions(COUNTRY_RATING_TRANSITIONS, s)])),
    ).toEqual({ proposed: ['publish', 'reject'], published: [], rejected: [] });
  });
});
