import { currentStep, dealSteps } from './dealSteps';
import { mostDealsFirst, stageRows } from './figures';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe("a deal's steps", () => {
  it('marks the stages reached and the current one', () => {
    const steps = dealSteps({
      stage: 'site_visit',
      history: [
        { stage: 'contact', at: at(1), byName: null },
        { stage: 'site_visit', at: at(5), byName: 'Sok' },
      ],
    });
    expect(steps.map((step) => step.status)).toEqual(['finish', 'process', 'wait', 'wait', 'wait']);
    expect(steps[1].at).toBe(at(5));
    expect(currentStep(steps)).toBe(1);
  });

  it('leaves a skipped site visit unmarked', () => {
    const steps = dealSteps({
      stage: 'negotiation',
      history: [
        { stage: 'contact', at: at(1), byName: null },
        { stage: 'negotiation', at: at(9), byName: null },
      ],
    });
    expect(steps.map((step) => step.status)).toEqual(['finish', 'wait', 'process', 'wait', 'wait']);
  });

  it('shows a lost deal on the stage it was lost at', () => {
    const steps = dealSteps({
      stage: 'lost',
      history: [
        { stage: 'contact', at: at(1), byName: null },
        { stage: 'site_visit', at: at(3), byName: null },
        { stage: 'lost', at: at(8), byName: null },
      ],
    });
    expect(steps.map((step) => step.status)).toEqual(['finish', 'error', 'wait', 'wait', 'wait']);
  });

  it('finishes at the investment made', () => {
    const steps = dealSteps({
      stage: 'investment_made',
      history: [{ stage: 'investment_made', at: at(20), byName: null }],
    });
    expect(steps[4].status).toBe('finish');
    expect(currentStep(steps)).toBe(4);
  });
});

describe('the deal figures', () => {
  it('lists every stage in the pipeline order, zero where none', () => {
    const rows = stageRows([{ key: 'negotiation', deals: 2, projectSizeUsd: '30000000.00', investedUsd: '0.00' }]);
    expect(rows.map((row) => [row.key, row.deals])).toEqual([
      ['contact', 0],
      ['site_visit', 0],
      ['negotiation', 2],
      ['agreement_signed', 0],
      ['investment_made', 0],
      ['lost', 0],
    ]);
  });

  it('puts the countries with the most deals first, then by code', () => {
    const row = (key: string, deals: number) => ({ key, deals, projectSizeUsd: '0.00', investedUsd: '0.00' });
    expect(mostDealsFirst([row('LA', 1), row('KH', 3), row('AE', 1)]).map((r) => r.key)).toEqual(['KH', 'AE', 'LA']);
  });
});
