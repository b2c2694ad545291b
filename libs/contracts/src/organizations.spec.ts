import { MEMBERSHIP_STATUSES, type MembershipStatus } from './enums';
import { IllegalTransitionError, move } from './machine';
import {
  allowedOrganizationActions,
  isLockedOrganizationAction,
  ORGANIZATION_TRANSITIONS,
  type OrganizationAction,
} from './organizations';

describe('organization status machine', () => {
  it.each([
    ['applicant', ['activate']],
    ['active', ['suspend', 'withdraw']],
    ['suspended', ['reinstate', 'withdraw']],
    ['withdrawn', []],
  ] as const)('allows from %s: %j', (status, actions) => {
    expect(allowedOrganizationActions(status)).toEqual(actions);
  });

  it('leads each action to its status', () => {
    const targets = Object.fromEntries(
      (Object.keys(ORGANIZATION_TRANSITIONS) as OrganizationAction[]).map((action) => [
        action,
        ORGANIZATION_TRANSITIONS[action].to,
      ]),
    );
    expect(targets).toEqual({ activate: 'active', suspend: 'suspended', reinstate: 'active', withdraw: 'withdrawn' });
  });

  it('uses only known statuses and has no transition to the status it starts from', () => {
    for (const rule of Object.values(ORGANIZATION_TRANSITIONS)) {
      expect(MEMBERSHIP_STATUSES).toContain(rule.to);
      for (const from of rule.from) {
        expect(MEMBERSHIP_STATUSES).toContain(from);
        expect(from).not.toBe(rule.to);
      }
    }
  });
});

describe('moving an organization', () => {
  it('sets the status the table names and returns the one it left', () => {
    const org: { status: MembershipStatus } = { status: 'active' };
    expect(move(ORGANIZATION_TRANSITIONS, 'suspend', org)).toBe('active');
    expect(org.status).toBe('suspended');
  });

  it('refuses an action the status does not allow, naming what is allowed', () => {
    const org: { status: MembershipStatus } = { status: 'withdrawn' };
    expect(() => move(ORGANIZATION_TRANSITIONS, 'reinstate', org)).toThrow(IllegalTransitionError);
    expect(org.status).toBe('withdrawn');
    const applicant: { status: MembershipStatus } = { status: 'applicant' };
    expect(() => move(ORGANIZATION_TRANSITIONS, 'suspend', applicant)).toThrow('allowed: activate');
  });
});

describe('the secretariat organization', () => {
  it('can be neither suspended nor withdrawn', () => {
    expect(allowedOrganizationActions('active', 'secretariat')).toEqual([]);
    expect(allowedOrganizationActions('active', 'park_operator')).toEqual(['suspend', 'withdraw']);
  });

  it('locks only suspension and withdrawal, and only for the secretariat', () => {
    expect(isLockedOrganizationAction('suspend', 'secretariat')).toBe(true);
    expect(isLockedOrganizationAction('withdraw', 'secretariat')).toBe(true);
    expect(isLockedOrganizationAction('reinstate', 'secretariat')).toBe(false);
    expect(isLockedOrganizationAction('suspend', 'park_operator')).toBe(false);
  });
});
