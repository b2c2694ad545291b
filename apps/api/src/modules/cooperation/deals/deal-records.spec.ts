import { IllegalTransitionError } from '@alliance/contracts';
import type { Deal } from '../entities/deal.entity';
import { dealSubject, moveDeal } from './deal-records';

const deal = (stage: Deal['stage']): Deal =>
  ({
    stage,
    stageChangedAt: new Date('2026-01-01T00:00:00Z'),
    ownerOrganizationId: 'owner',
    partnerOrganizationId: 'partner',
  }) as Deal;

describe('moveDeal', () => {
  it('moves the stage by the table, stamping when, and answers the stage it left', () => {
    const d = deal('contact');
    expect(moveDeal(d, 'site_visit')).toBe('contact');
    expect(d.stage).toBe('site_visit');
    expect(d.stageChangedAt.getTime()).toBeGreaterThan(new Date('2026-01-01T00:00:00Z').getTime());
    moveDeal(d, 'negotiation');
    moveDeal(d, 'agreement_signed');
    moveDeal(d, 'investment_made');
    expect(d.stage).toBe('investment_made');
  });

  it('refuses a step the stage does not allow, naming what is allowed, and leaves the deal as it was', () => {
    const d = deal('site_visit');
    expect(() => moveDeal(d, 'agreement_signed')).toThrow(IllegalTransitionError);
    expect(() => moveDeal(d, 'agreement_signed')).toThrow(/allowed: negotiation, lost/);
    expect(d.stage).toBe('site_visit');
    expect(() => moveDeal(deal('lost'), 'site_visit')).toThrow(/allowed: none/);
    expect(() => moveDeal(deal('investment_made'), 'lost')).toThrow(IllegalTransitionError);
  });
});

describe('dealSubject', () => {
  it('reads the partner as the record’s organization and the owner as its project’s', () => {
    expect({ ...dealSubject(deal('contact')) }).toMatchObject({
      organizationId: 'partner',
      projectOrganizationId: 'owner',
    });
  });
});
