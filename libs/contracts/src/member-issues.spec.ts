import { subject } from '@casl/ability';
import { allowedTransitions, IllegalTransitionError, move } from './machine';
import {
  CASE_MOVE_OF_ISSUE,
  ISSUE_CASE_STATUSES,
  ISSUE_CASE_TRANSITIONS,
  issueCaseActions,
  MEMBER_ISSUE_STATUSES,
  MEMBER_ISSUE_TRANSITIONS,
  memberIssueActions,
  type MemberIssueActor,
  type MemberIssueStatus,
} from './member-issues';
import { defineAbilityFor } from './permissions';

const OPERATOR_ORG = 'operator-org';
const operator: MemberIssueActor = { userId: 'operator', organizationId: OPERATOR_ORG, secretariat: false };
const otherMember: MemberIssueActor = { userId: 'banker', organizationId: 'bank', secretariat: false };
const secretariat: MemberIssueActor = { userId: 'officer', organizationId: 'secretariat', secretariat: true };

const issue = (status: MemberIssueStatus, caseId: string | null = null) => ({
  status,
  organizationId: OPERATOR_ORG,
  caseId,
});

describe('member issue status machines', () => {
  it('offers people only acknowledge and close on an issue; relay, answer and resolve come with its case', () => {
    expect(
      Object.fromEntries(MEMBER_ISSUE_STATUSES.map((s) => [s, allowedTransitions(MEMBER_ISSUE_TRANSITIONS, s)])),
    ).toEqual({
      submitted: ['acknowledge', 'close'],
      acknowledged: ['close'],
      relayed: ['close'],
      answered: ['close'],
      resolved: [],
      closed: [],
    });
    const filed = { status: 'acknowledged' as MemberIssueStatus };
    for (const step of ['relay', 'answer', 'resolve'] as const) move(MEMBER_ISSUE_TRANSITIONS, step, filed);
    expect(filed.status).toBe('resolved');
    expect(() => move(MEMBER_ISSUE_TRANSITIONS, 'close', filed)).toThrow(IllegalTransitionError);
    expect(() => move(MEMBER_ISSUE_TRANSITIONS, 'relay', { status: 'submitted' as MemberIssueStatus })).toThrow(
      'Cannot relay a record that is submitted; allowed: acknowledge, close',
    );
  });

  it('moves a case open → relayed → answered → resolved, or closed until resolved, carrying its issues along', () => {
    expect(
      Object.fromEntries(ISSUE_CASE_STATUSES.map((s) => [s, allowedTransitions(ISSUE_CASE_TRANSITIONS, s)])),
    ).toEqual({
      open: ['relay', 'close'],
      relayed: ['answer', 'close'],
      answered: ['resolve', 'close'],
      resolved: [],
      closed: [],
    });
    // Each case move takes an issue at the case's step to the same step.
    for (const [caseMove, issueMove] of Object.entries(CASE_MOVE_OF_ISSUE))
      expect(ISSUE_CASE_TRANSITIONS[caseMove as keyof typeof ISSUE_CASE_TRANSITIONS].to).toBe(
        MEMBER_ISSUE_TRANSITIONS[issueMove].to,
      );
  });
});

describe('memberIssueActions', () => {
  it('lets the secretariat file an unfiled submitted issue and close any open one', () => {
    expect(memberIssueActions(issue('submitted'), secretariat)).toEqual(['file', 'close']);
    expect(memberIssueActions(issue('acknowledged', 'case'), secretariat)).toEqual(['close']);
    expect(memberIssueActions(issue('submitted', 'case'), secretariat)).toEqual(['close']);
    expect(memberIssueActions(issue('resolved', 'case'), secretariat)).toEqual([]);
  });

  it('lets its own organization close it, never file it; another member nothing', () => {
    expect(memberIssueActions(issue('submitted'), operator)).toEqual(['close']);
    expect(memberIssueActions(issue('answered', 'case'), operator)).toEqual(['close']);
    expect(memberIssueActions(issue('closed'), operator)).toEqual([]);
    expect(memberIssueActions(issue('submitted'), otherMember)).toEqual([]);
  });
});

describe('issueCaseActions', () => {
  it('offers the secretariat the moves of the status, and editing until the case is finished', () => {
    expect(issueCaseActions({ status: 'open' }, secretariat)).toEqual(['update', 'relay', 'close']);
    expect(issueCaseActions({ status: 'relayed' }, secretariat)).toEqual(['update', 'answer', 'close']);
    expect(issueCaseActions({ status: 'answered' }, secretariat)).toEqual(['update', 'resolve', 'close']);
    expect(issueCaseActions({ status: 'resolved' }, secretariat)).toEqual([]);
    expect(issueCaseActions({ status: 'closed' }, secretariat)).toEqual([]);
  });

  it('offers members nothing, whoever raised the case', () => {
    for (const status of ISSUE_CASE_STATUSES) expect(issueCaseActions({ status }, operator)).toEqual([]);
  });
});

describe('member issue permissions', () => {
  it('lets any member raise and close its own organization’s issues; cases and bodies are the secretariat’s', () => {
    const member = defineAbilityFor({
      userId: 'operator',
      organizationId: OPERATOR_ORG,
      organizationType: 'park_operator',
      orgRole: 'member',
    });
    expect(member.can('create', subject('MemberIssue', { organizationId: OPERATOR_ORG }))).toBe(true);
    expect(member.can('close', subject('MemberIssue', { organizationId: 'bank' }))).toBe(false);
    expect(member.can('readAll', 'MemberIssue')).toBe(false);
    for (const action of ['update', 'close', 'export'] as const) expect(member.can(action, 'IssueCase')).toBe(false);
    expect(member.can('create', 'GovernmentBody')).toBe(false);
    const officer = defineAbilityFor({
      userId: 'officer',
      organizationId: 'secretariat',
      organizationType: 'secretariat',
      orgRole: 'admin',
    });
    expect(officer.can('readAll', 'MemberIssue')).toBe(true);
    expect(officer.can('export', 'IssueCase')).toBe(true);
    expect(officer.can('update', 'GovernmentBody')).toBe(true);
  });
});
