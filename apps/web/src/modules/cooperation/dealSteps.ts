import { DEAL_PIPELINE_STAGES, type DealDto, type DealStage } from '@alliance/contracts';

type PipelineStage = (typeof DEAL_PIPELINE_STAGES)[number];

export interface DealStep {
  stage: DealStage;
  status: 'finish' | 'process' | 'wait' | 'error';
  /** When the deal reached it (null: not reached, or skipped). */
  at: string | null;
}

/**
 * The pipeline as steps: the stages reached are done, the current one in progress (or done, at the
 * investment made); a lost deal shows the loss on the stage it was lost at. A skipped site visit stays unmarked.
 */
export function dealSteps(deal: Pick<DealDto, 'stage' | 'history'>): DealStep[] {
  const reached = new Map<DealStage, string>();
  for (const entry of deal.history) reached.set(entry.stage, entry.at);
  const lost = deal.stage === 'lost';
  // The last stage reached before the loss (the history is oldest first).
  const lastBefore = [...deal.history].reverse().find((entry) => entry.stage !== 'lost')?.stage ?? 'contact';
  const current = (lost ? lastBefore : deal.stage) as PipelineStage;
  const index = DEAL_PIPELINE_STAGES.indexOf(current);
  return DEAL_PIPELINE_STAGES.map((stage, position) => {
    const at = reached.get(stage) ?? null;
    if (position === index)
      return { stage, at, status: lost ? 'error' : stage === 'investment_made' ? 'finish' : 'process' };
    return { stage, at, status: position < index && at ? 'finish' : 'wait' };
  });
}

/** The step the deal is at (the one in progress, lost at, or the investment made). */
export function currentStep(steps: readonly DealStep[]): number {
  const at = steps.findIndex((step) => step.status === 'process' || step.status === 'error');
  return at >= 0 ? at : steps.length - 1;
}
