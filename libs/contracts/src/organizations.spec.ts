import { MEMBERSHIP_STATUSES } from './enums';
import { allowedOrganizationActions, ORGANIZATION_TRANSITIONS, type OrganizationAction } from './organizations';

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

describe('the secretariat organization', () => {
  it('can be neither suspended nor withdrawn', () => {
    expect(allowedOrganizationActions('active', 'secretariat')).toEqual([]);
    expect(allowedOrganizationActions('active', 'park_operator')).toEqual(['suspend', 'withdraw']);
  });
});
