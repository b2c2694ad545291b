import { caseSteps, currentStep, issueSteps } from './issueSteps';

const shape = (steps: { status: string; state: string }[]) => steps.map((step) => `${step.status}:${step.state}`);

describe("an issue's progress", () => {
  it('shows a new issue submitted, the rest ahead', () => {
    const steps = issueSteps('submitted');
    expect(shape(steps)).toEqual([
      'submitted:process',
      'acknowledged:wait',
      'relayed:wait',
      'answered:wait',
      'resolved:wait',
    ]);
    expect(currentStep(steps)).toBe(0);
  });

  it('marks the steps passed as finished, and a resolved issue finished throughout', () => {
    expect(shape(issueSteps('relayed'))).toEqual([
      'submitted:finish',
      'acknowledged:finish',
      'relayed:process',
      'answered:wait',
      'resolved:wait',
    ]);
    const resolved = issueSteps('resolved');
    expect(resolved.every((step) => step.state === 'finish')).toBe(true);
    expect(currentStep(resolved)).toBe(4);
  });

  it('ends a closed issue on "closed" after the steps it had reached', () => {
    expect(shape(issueSteps('closed'))).toEqual(['submitted:finish', 'closed:error']);
    const closedAfterAnswer = issueSteps('closed', { filed: true, relayed: true, answered: true });
    expect(shape(closedAfterAnswer)).toEqual([
      'submitted:finish',
      'acknowledged:finish',
      'relayed:finish',
      'answered:finish',
      'closed:error',
    ]);
    expect(currentStep(closedAfterAnswer)).toBe(4);
  });
});

describe("a case's progress", () => {
  it('goes open → relayed → answered → resolved', () => {
    expect(shape(caseSteps('answered'))).toEqual([
      'open:finish',
      'relayed:finish',
      'answered:process',
      'resolved:wait',
    ]);
  });

  it('ends a closed case on "closed" after the steps it had reached', () => {
    expect(shape(caseSteps('closed', { relayed: true }))).toEqual(['open:finish', 'relayed:finish', 'closed:error']);
  });
});
