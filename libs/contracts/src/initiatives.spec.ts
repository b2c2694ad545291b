import {
  endorsementActions,
  endorsementIsPublic,
  ENDORSEMENT_TRANSITIONS,
  INITIATIVE_TRANSITIONS,
  initiativeActions,
  type InitiativeReader,
} from './initiatives';
import { allowedTransitions, move } from './machine';
import { defineAbilityFor } from './permissions';
import { subject } from '@casl/ability';

const reader = (over: Partial<InitiativeReader> = {}): InitiativeReader => ({
  canManage: false,
  canExport: false,
  canSign: false,
  canPropose: true,
  organizationActive: true,
  ...over,
});

describe('initiatives', () => {
  it('moves draft → open_for_endorsement → closed; the dates are the system’s', () => {
    expect(allowedTransitions(INITIATIVE_TRANSITIONS, 'draft')).toEqual(['publish']);
    expect(allowedTransitions(INITIATIVE_TRANSITIONS, 'open_for_endorsement')).toEqual(['close']);
    expect(allowedTransitions(INITIATIVE_TRANSITIONS, 'closed')).toEqual([]);
    const record = { status: 'draft' as const };
    expect(() => move(INITIATIVE_TRANSITIONS, 'close', record)).toThrow(/allowed: publish/);
  });

  it('withdraws an endorsement and endorses again', () => {
    const e: { status: 'endorsed' | 'withdrawn' } = { status: 'endorsed' };
    move(ENDORSEMENT_TRANSITIONS, 'withdraw', e);
    expect(e.status).toBe('withdrawn');
    move(ENDORSEMENT_TRANSITIONS, 'endorse', e);
    expect(e.status).toBe('endorsed');
    expect(() => move(ENDORSEMENT_TRANSITIONS, 'endorse', e)).toThrow();
  });

  it('offers the secretariat its steps and members theirs, only while open', () => {
    const secretariat = reader({ canManage: true, canExport: true, canPropose: false });
    expect(initiativeActions({ status: 'draft' }, secretariat)).toEqual(['update', 'publish']);
    expect(initiativeActions({ status: 'closed' }, secretariat)).toEqual(['export']);
    const open = { initiativeStatus: 'open_for_endorsement' as const, endorsementStatus: null, proposalPending: false };
    expect(endorsementActions(open, reader())).toEqual(['propose']);
    expect(endorsementActions(open, reader({ canSign: true }))).toEqual(['endorse']);
    expect(endorsementActions({ ...open, proposalPending: true }, reader({ canSign: true }))).toEqual([
      'endorse',
      'sign',
      'decline',
    ]);
    expect(endorsementActions({ ...open, endorsementStatus: 'endorsed' }, reader({ canSign: true }))).toEqual([
      'withdraw',
    ]);
    expect(endorsementActions({ ...open, initiativeStatus: 'closed' }, reader({ canSign: true }))).toEqual([]);
    expect(endorsementActions(open, reader({ canSign: true, organizationActive: false }))).toEqual([]);
  });

  it('lists publicly only endorsements of active members', () => {
    expect(endorsementIsPublic('endorsed', 'active')).toBe(true);
    expect(endorsementIsPublic('endorsed', 'suspended')).toBe(false);
    expect(endorsementIsPublic('withdrawn', 'active')).toBe(false);
  });

  it('lets an organization’s admins sign, any member propose, and the secretariat endorse nothing', () => {
    const principal = (
      orgRole: 'admin' | 'member',
      organizationType: 'park_operator' | 'secretariat' = 'park_operator',
    ) => defineAbilityFor({ userId: 'u', organizationId: 'o', organizationType, orgRole });
    const own = () => subject('Endorsement', { organizationId: 'o' });
    expect(principal('admin').can('create', own())).toBe(true);
    expect(principal('member').can('create', own())).toBe(false);
    expect(principal('member').can('create', subject('EndorsementProposal', { organizationId: 'o' }))).toBe(true);
    expect(principal('admin').can('create', subject('Endorsement', { organizationId: 'other' }))).toBe(false);
    expect(principal('admin', 'secretariat').can('create', 'Endorsement')).toBe(false);
    expect(principal('admin', 'secretariat').can('publish', 'Initiative')).toBe(true);
    expect(principal('admin').can('publish', 'Initiative')).toBe(false);
  });
});
