import { subject } from '@casl/ability';
import { DEAL_TRANSITIONS, move, type DealStage, type DealTransition } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../common/audit/audit.service';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import { Deal } from '../entities/deal.entity';
import { DealStageChange } from '../entities/deal-stage-change.entity';
import type { ExpressionOfInterest } from '../entities/expression-of-interest.entity';

/** The deal as the policy's conditions read it: the partner's own, the owner's through its project. */
export const dealSubject = (deal: Pick<Deal, 'ownerOrganizationId' | 'partnerOrganizationId'>) =>
  subject('Deal', { organizationId: deal.partnerOrganizationId, projectOrganizationId: deal.ownerOrganizationId });

/** Moves the deal's stage through DEAL_TRANSITIONS (a deal's status is its stage); refuses as `move` does. */
export function moveDeal(deal: Deal, transition: DealTransition): DealStage {
  const record = { status: deal.stage };
  const from = move(DEAL_TRANSITIONS, transition, record);
  deal.stage = record.status;
  deal.stageChangedAt = new Date();
  return from;
}

/** What the audit log keeps of a deal. */
export const dealAuditState = (deal: Deal) => ({
  stage: deal.stage,
  investedUsd: deal.investedUsd,
  investedOn: deal.investedOn,
  lostReason: deal.lostReason,
});

/**
 * The deal an accepted expression becomes, at `contact`, with the stage's row and its audit event,
 * in the caller's transaction (the acceptance's).
 */
export async function openDeal(
  manager: EntityManager,
  audit: AuditService,
  expression: ExpressionOfInterest,
  project: CooperationProject,
  userId: string,
): Promise<Deal> {
  const deal = await manager.save(
    manager.create(Deal, {
      projectId: project.id,
      expressionId: expression.id,
      ownerOrganizationId: project.organizationId,
      partnerOrganizationId: expression.organizationId,
      stage: 'contact',
      stageChangedAt: new Date(),
    }),
  );
  await manager.insert(DealStageChange, { dealId: deal.id, stage: 'contact', byUserId: userId });
  await audit.record(manager, {
    action: 'deal.create',
    entityType: 'Deal',
    entityId: deal.id,
    organizationId: project.organizationId,
    after: {
      ...dealAuditState(deal),
      projectId: project.id,
      expressionId: expression.id,
      partnerOrganizationId: expression.organizationId,
    },
  });
  return deal;
}
