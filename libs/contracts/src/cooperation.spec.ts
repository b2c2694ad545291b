import {
  canRenewProject,
  cooperationProjectActions,
  dealActions,
  expressionActions,
  type CooperationActor,
  type CooperationProjectState,
} from './cooperation';

const NOW = new Date('2026-12-01T00:00:00Z');
const actor = (over: Partial<CooperationActor> = {}): CooperationActor => ({
  userId: 'u1',
  organizationId: 'owner',
  organizationType: 'park_operator',
  orgRole: 'member',
  organizationActive: true,
  ...over,
});
const project = (over: Partial<CooperationProjectState> = {}): CooperationProjectState => ({
  status: 'draft',
  organizationId: 'owner',
  expiresAt: null,
  ownOpenExpression: false,
  ...over,
});

describe('cooperation projects', () => {
  it('lets the owner edit and submit a draft, and the secretariat review what is in review', () => {
    expect(cooperationProjectActions(project(), actor(), NOW)).toEqual(['update', 'submit', 'close']);
    const review = project({ status: 'in_review' });
    expect(cooperationProjectActions(review, actor(), NOW)).toEqual(['close']);
    expect(
      cooperationProjectActions(review, actor({ organizationId: 'sec', organizationType: 'secretariat' }), NOW),
    ).toEqual(['approve', 'return']);
  });

  it('lets another active member express interest once, and never a suspended one or the secretariat', () => {
    const open = project({ status: 'open', expiresAt: '2027-10-01T00:00:00Z' });
    expect(cooperationProjectActions(open, actor({ organizationId: 'other' }), NOW)).toEqual(['express']);
    expect(
      cooperationProjectActions({ ...open, ownOpenExpression: true }, actor({ organizationId: 'other' }), NOW),
    ).toEqual([]);
    expect(cooperationProjectActions(open, actor({ organizationId: 'other', organizationActive: false }), NOW)).toEqual(
      [],
    );
    expect(
      cooperationProjectActions(open, actor({ organizationId: 'sec', organizationType: 'secretariat' }), NOW),
    ).toEqual([]);
  });

  it('offers renewal only within thirty days of expiry', () => {
    expect(canRenewProject({ status: 'open', expiresAt: '2026-12-20T00:00:00Z' }, NOW)).toBe(true);
    expect(canRenewProject({ status: 'open', expiresAt: '2027-02-01T00:00:00Z' }, NOW)).toBe(false);
    expect(canRenewProject({ status: 'closed', expiresAt: '2026-12-20T00:00:00Z' }, NOW)).toBe(false);
  });
});

describe('expressions of interest and deals', () => {
  const expression = { status: 'open' as const, organizationId: 'other', projectOrganizationId: 'owner' };
  it('lets the owner accept or decline and the author withdraw, and both talk once accepted', () => {
    expect(expressionActions(expression, actor())).toEqual(['accept', 'decline']);
    expect(expressionActions(expression, actor({ organizationId: 'other' }))).toEqual(['withdraw']);
    expect(expressionActions(expression, actor({ organizationId: 'third' }))).toEqual([]);
    expect(expressionActions({ ...expression, status: 'accepted' }, actor({ organizationId: 'other' }))).toEqual([
      'message',
    ]);
  });

  it('moves a deal forward only for its owner', () => {
    expect(dealActions({ stage: 'contact', ownerOrganizationId: 'owner' }, actor())).toEqual([
      'site_visit',
      'negotiation',
      'lost',
    ]);
    expect(dealActions({ stage: 'contact', ownerOrganizationId: 'owner' }, actor({ organizationId: 'other' }))).toEqual(
      [],
    );
    expect(dealActions({ stage: 'investment_made', ownerOrganizationId: 'owner' }, actor())).toEqual([]);
  });
});
