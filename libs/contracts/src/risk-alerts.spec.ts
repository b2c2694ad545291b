import { canIssueAlert, needsRelease, riskAlertActions, type RiskAlertActor, type RiskAlertState } from './risk-alerts';

const SECRETARIAT: RiskAlertActor = {
  userId: 's',
  organizationId: 'sec',
  organizationType: 'secretariat',
  orgRole: 'member',
};
const RESEARCHER: RiskAlertActor = {
  userId: 'r',
  organizationId: 'ri',
  organizationType: 'research_institute',
  orgRole: 'admin',
};
const PARTNER: RiskAlertActor = {
  userId: 'p',
  organizationId: 'sp',
  organizationType: 'service_provider',
  orgRole: 'admin',
};
const OPERATOR: RiskAlertActor = {
  userId: 'o',
  organizationId: 'po',
  organizationType: 'park_operator',
  orgRole: 'admin',
};
const OPERATOR_MEMBER: RiskAlertActor = { ...OPERATOR, userId: 'm', orgRole: 'member' };

const alert = (override: Partial<RiskAlertState> = {}): RiskAlertState => ({
  status: 'active',
  organizationId: 'ri',
  exposure: null,
  unacknowledged: 0,
  ...override,
});

describe('risk alerts', () => {
  it('are issued by the secretariat and the admins of research institutes and service providers', () => {
    expect([SECRETARIAT, RESEARCHER, PARTNER, OPERATOR].map(canIssueAlert)).toEqual([true, true, true, false]);
    expect(canIssueAlert({ organizationType: 'research_institute', orgRole: 'member' })).toBe(false);
    expect(canIssueAlert({ organizationType: 'financial_institution', orgRole: 'admin' })).toBe(false);
  });

  it('wait for release when critical and from a member organization', () => {
    expect(needsRelease('critical', 'research_institute')).toBe(true);
    expect(needsRelease('critical', 'secretariat')).toBe(false);
    expect(needsRelease('warning', 'service_provider')).toBe(false);
  });

  it('offer each role exactly its actions, by status', () => {
    const pending = alert({ status: 'pending_release' });
    expect(riskAlertActions(pending, SECRETARIAT)).toEqual(['release', 'withdraw']);
    expect(riskAlertActions(pending, RESEARCHER)).toEqual(['withdraw']);
    expect(riskAlertActions(pending, PARTNER)).toEqual([]);

    expect(riskAlertActions(alert({ unacknowledged: 2 }), SECRETARIAT)).toEqual(['update', 'withdraw', 'remind']);
    expect(riskAlertActions(alert(), SECRETARIAT)).toEqual(['update', 'withdraw']);
    expect(riskAlertActions(alert(), RESEARCHER)).toEqual(['update', 'withdraw']);
    expect(riskAlertActions(alert(), PARTNER)).toEqual([]);

    const exposed = alert({ exposure: { acknowledgedAt: null } });
    expect(riskAlertActions(exposed, OPERATOR)).toEqual(['acknowledge']);
    expect(riskAlertActions(exposed, OPERATOR_MEMBER)).toEqual([]);
    expect(riskAlertActions(alert({ exposure: { acknowledgedAt: '2026-12-01' } }), OPERATOR)).toEqual([]);

    for (const status of ['expired', 'withdrawn'] as const) {
      expect(
        riskAlertActions(alert({ status, exposure: { acknowledgedAt: null }, unacknowledged: 1 }), SECRETARIAT),
      ).toEqual([]);
      expect(riskAlertActions(alert({ status, exposure: { acknowledgedAt: null } }), OPERATOR)).toEqual([]);
    }
  });
});
