import { subject } from '@casl/ability';
import {
  AGREEMENT_TRANSITIONS,
  agreementActions,
  commitmentActions,
  commitmentOverdue,
  COMMITMENT_TRANSITIONS,
  type AgreementReader,
  type AgreementStatus,
} from './agreements';
import { allowedTransitions, IllegalTransitionError, move } from './machine';
import { defineAbilityFor, type Principal } from './permissions';

const LAWYERS = 'org-lawyers';
const BANK = 'org-bank';
const secretariat: AgreementReader = { organizationId: 'sec', manages: true, admin: true };
const lawyersAdmin: AgreementReader = { organizationId: LAWYERS, manages: false, admin: true };
const lawyersMember: AgreementReader = { organizationId: LAWYERS, manages: false, admin: false };
const bankAdmin: AgreementReader = { organizationId: BANK, manages: false, admin: true };

describe('partner agreements', () => {
  it('go draft → negotiating → signed → active → expired, or terminated before; the job expires and activates', () => {
    expect(allowedTransitions(AGREEMENT_TRANSITIONS, 'draft')).toEqual(['negotiate', 'sign', 'terminate']);
    expect(allowedTransitions(AGREEMENT_TRANSITIONS, 'signed')).toEqual(['activate', 'terminate']);
    expect(allowedTransitions(AGREEMENT_TRANSITIONS, 'active')).toEqual(['terminate']);
    expect(allowedTransitions(AGREEMENT_TRANSITIONS, 'expired')).toEqual([]);
    expect(allowedTransitions(AGREEMENT_TRANSITIONS, 'terminated')).toEqual([]);
    const record: { status: AgreementStatus } = { status: 'active' };
    expect(move(AGREEMENT_TRANSITIONS, 'expire', record)).toBe('active');
    expect(record.status).toBe('expired');
    expect(() => move(AGREEMENT_TRANSITIONS, 'activate', record)).toThrow(IllegalTransitionError);
  });

  it('offers the secretariat exactly the steps the status allows, and members none', () => {
    expect(agreementActions({ status: 'draft' }, secretariat)).toEqual([
      'update',
      'negotiate',
      'sign',
      'terminate',
      'addCommitment',
      'addDocument',
    ]);
    expect(agreementActions({ status: 'active' }, secretariat)).toEqual([
      'update',
      'terminate',
      'addCommitment',
      'addDocument',
    ]);
    expect(agreementActions({ status: 'expired' }, secretariat)).toEqual([]);
    expect(agreementActions({ status: 'draft' }, lawyersAdmin)).toEqual([]);
  });

  it('lets a counterparty’s admins complete their own commitments; the secretariat waives and reopens', () => {
    const own = { status: 'open' as const, owner: 'counterparty' as const, organizationId: LAWYERS };
    expect(commitmentActions(own, lawyersAdmin)).toEqual(['complete']);
    expect(commitmentActions(own, lawyersMember)).toEqual([]);
    expect(commitmentActions(own, bankAdmin)).toEqual([]);
    expect(commitmentActions({ ...own, owner: 'alliance', organizationId: null }, lawyersAdmin)).toEqual([]);
    expect(commitmentActions(own, secretariat)).toEqual(['update', 'complete', 'waive']);
    expect(commitmentActions({ ...own, status: 'done' }, secretariat)).toEqual(['update', 'reopen']);
    expect(commitmentActions({ ...own, status: 'done' }, lawyersAdmin)).toEqual([]);
    expect(allowedTransitions(COMMITMENT_TRANSITIONS, 'waived')).toEqual(['reopen']);
  });

  it('counts an open commitment past its due date as overdue, never a done one', () => {
    expect(commitmentOverdue({ status: 'open', dueOn: '2026-01-31' }, '2026-02-01')).toBe(true);
    expect(commitmentOverdue({ status: 'open', dueOn: '2026-02-01' }, '2026-02-01')).toBe(false);
    expect(commitmentOverdue({ status: 'done', dueOn: '2026-01-31' }, '2026-02-01')).toBe(false);
  });

  it('the policy: the secretariat keeps agreements; members read them; parties read commitments and documents; a counterparty’s admins update its own', () => {
    const principal = (organizationId: string, orgRole: 'admin' | 'member'): Principal => ({
      userId: 'u',
      organizationId,
      organizationType: 'service_provider',
      orgRole,
    });
    const sec = defineAbilityFor({
      userId: 's',
      organizationId: 'sec',
      organizationType: 'secretariat',
      orgRole: 'admin',
    });
    const admin = defineAbilityFor(principal(LAWYERS, 'admin'));
    const member = defineAbilityFor(principal(LAWYERS, 'member'));
    for (const action of ['create', 'update', 'close', 'readAll'] as const) {
      expect(sec.can(action, 'PartnerAgreement')).toBe(true);
      expect(admin.can(action, 'PartnerAgreement')).toBe(false);
    }
    expect(member.can('read', 'PartnerAgreement')).toBe(true);
    const of = (ids: string[]) => subject('AgreementCommitment', { counterpartyOrganizationIds: ids });
    expect(member.can('read', of([BANK, LAWYERS]))).toBe(true);
    expect(member.can('read', of([BANK]))).toBe(false);
    expect(admin.can('update', subject('AgreementCommitment', { organizationId: LAWYERS }))).toBe(true);
    expect(admin.can('update', subject('AgreementCommitment', { organizationId: BANK }))).toBe(false);
    expect(member.can('update', subject('AgreementCommitment', { organizationId: LAWYERS }))).toBe(false);
    expect(admin.can('close', 'AgreementCommitment')).toBe(false);
    expect(defineAbilityFor(null).can('read', 'PartnerAgreement')).toBe(false);
  });
});
