import { subject } from '@casl/ability';
import { abilityFromRules, buildRules, defineAbilityFor, type Principal } from './permissions';

const OWN = '00000000-0000-4000-8000-000000000011';
const OTHER = '00000000-0000-4000-8000-000000000012';

const secretariat: Principal = {
  userId: 's1',
  organizationId: 'sec',
  organizationType: 'secretariat',
  orgRole: 'admin',
};
const admin: Principal = { userId: 'a1', organizationId: OWN, organizationType: 'park_operator', orgRole: 'admin' };
const member: Principal = {
  userId: 'm1',
  organizationId: OWN,
  organizationType: 'financial_institution',
  orgRole: 'member',
};

const user = (organizationId: string) => subject('User', { organizationId });
const org = (id: string) => subject('Organization', { id });
const account = (id: string) => subject('Account', { id });

describe('policy', () => {
  describe('the secretariat', () => {
    const ability = defineAbilityFor(secretariat);

    it('manages everything', () => {
      expect(buildRules(secretariat)[0]).toEqual({ action: 'manage', subject: 'all' });
      for (const action of ['create', 'update', 'suspend', 'reinstate', 'withdraw'] as const) {
        expect(ability.can(action, 'Organization')).toBe(true);
        expect(ability.can(action, org(OTHER))).toBe(true);
      }
      for (const action of ['invite', 'disable', 'enable', 'changeRole'] as const) {
        expect(ability.can(action, user(OWN))).toBe(true);
        expect(ability.can(action, user(OTHER))).toBe(true);
      }
      expect(ability.can('read', 'AuditEvent')).toBe(true);
    });
  });

  describe('an organization admin', () => {
    const ability = defineAbilityFor(admin);

    it('invites, disables, enables and changes the role of users of their own organization only', () => {
      for (const action of ['invite', 'disable', 'enable', 'changeRole'] as const) {
        expect(ability.can(action, user(OWN))).toBe(true);
        expect(ability.can(action, user(OTHER))).toBe(false);
      }
    });

    it('updates their own organization only, and cannot create or change the status of any', () => {
      expect(ability.can('update', org(OWN))).toBe(true);
      expect(ability.can('update', org(OTHER))).toBe(false);
      for (const action of ['create', 'suspend', 'reinstate', 'withdraw', 'manage'] as const) {
        expect(ability.can(action, 'Organization')).toBe(false);
        expect(ability.can(action, org(OWN))).toBe(false);
      }
    });

    it('reads every organization but only their own users, and no audit trail', () => {
      expect(ability.can('read', org(OTHER))).toBe(true);
      expect(ability.can('read', user(OWN))).toBe(true);
      expect(ability.can('read', user(OTHER))).toBe(false);
      expect(ability.can('read', 'AuditEvent')).toBe(false);
    });
  });

  describe('a member', () => {
    const ability = defineAbilityFor(member);

    it('may not invite, disable or change roles, even in their own organization', () => {
      for (const action of ['invite', 'disable', 'enable', 'changeRole'] as const) {
        expect(ability.can(action, 'User')).toBe(false);
        expect(ability.can(action, user(OWN))).toBe(false);
      }
    });

    it('may not update their own organization', () => {
      expect(ability.can('update', 'Organization')).toBe(false);
      expect(ability.can('update', org(OWN))).toBe(false);
    });

    it('reads organizations and their colleagues, and updates only their own account', () => {
      expect(ability.can('read', org(OTHER))).toBe(true);
      expect(ability.can('read', user(OWN))).toBe(true);
      expect(ability.can('read', user(OTHER))).toBe(false);
      expect(ability.can('update', account('m1'))).toBe(true);
      expect(ability.can('update', account('someone-else'))).toBe(false);
      expect(ability.can('read', 'AuditEvent')).toBe(false);
    });
  });

  describe('parks', () => {
    const park = (organizationId: string) => subject('Park', { organizationId });
    const operatorMember: Principal = { ...admin, userId: 'om', orgRole: 'member' };

    it('lets any colleague of a park operator create and update its own parks only', () => {
      for (const principal of [admin, operatorMember]) {
        const ability = defineAbilityFor(principal);
        expect(ability.can('create', park(OWN))).toBe(true);
        expect(ability.can('update', park(OWN))).toBe(true);
        expect(ability.can('create', park(OTHER))).toBe(false);
        expect(ability.can('update', park(OTHER))).toBe(false);
        expect(ability.can('import', 'Park')).toBe(false);
        expect(ability.can('export', 'Park')).toBe(false);
      }
    });

    it('gives organizations that run no parks no park rights, and the secretariat all of them', () => {
      expect(defineAbilityFor(member).can('create', 'Park')).toBe(false);
      const sec = defineAbilityFor(secretariat);
      expect(sec.can('update', park(OTHER))).toBe(true);
      expect(sec.can('import', 'Park')).toBe(true);
      expect(sec.can('review', 'MembershipApplication')).toBe(true);
      expect(sec.can('chooseOperator', 'Park')).toBe(true);
      expect(defineAbilityFor(admin).can('read', 'MembershipApplication')).toBe(false);
      expect(defineAbilityFor(admin).can('chooseOperator', park(OWN))).toBe(false);
    });
  });

  it('names what only the secretariat does, and gives it to no member', () => {
    const named = [
      ['readAll', 'Post'],
      ['moderate', 'Post'],
      ['readAll', 'Organization'],
      ['activate', 'Organization'],
      ['classify', 'Organization'],
      ['review', 'MembershipApplication'],
      ['chooseOperator', 'Park'],
      ['readAll', 'FinancingRequest'],
    ] as const;
    const sec = defineAbilityFor(secretariat);
    for (const [action, subjectType] of named) {
      expect([action, subjectType, sec.can(action, subjectType)]).toEqual([action, subjectType, true]);
      for (const principal of [admin, member]) {
        const ability = defineAbilityFor(principal);
        expect([action, subjectType, ability.can(action, subjectType)]).toEqual([action, subjectType, false]);
      }
    }
  });

  it('lets every member organization write, publish and archive its own posts only; pinning is the secretariat’s', () => {
    const post = (organizationId: string) => subject('Post', { organizationId });
    for (const principal of [admin, member]) {
      const ability = defineAbilityFor(principal);
      for (const action of ['create', 'update', 'publish', 'archive'] as const) {
        expect(ability.can(action, post(OWN))).toBe(true);
        expect(ability.can(action, post(OTHER))).toBe(false);
      }
      expect(ability.can('pin', post(OWN))).toBe(false);
    }
    expect(defineAbilityFor(secretariat).can('pin', post(OTHER))).toBe(true);
  });

  it('gives a visitor nothing', () => {
    expect(buildRules(null)).toEqual([]);
    expect(defineAbilityFor(null).can('read', 'Organization')).toBe(false);
  });

  it('builds the same ability from rules sent as JSON, as the web does', () => {
    for (const principal of [secretariat, admin, member]) {
      const server = defineAbilityFor(principal);
      const web = abilityFromRules(JSON.parse(JSON.stringify(buildRules(principal))));
      const checks = [
        web.can('invite', user(OWN)) === server.can('invite', user(OWN)),
        web.can('invite', user(OTHER)) === server.can('invite', user(OTHER)),
        web.can('update', org(OWN)) === server.can('update', org(OWN)),
        web.can('suspend', 'Organization') === server.can('suspend', 'Organization'),
      ];
      expect(checks).toEqual([true, true, true, true]);
    }
  });
});
