import { Injectable } from '@nestjs/common';
import { dealActions, IllegalTransitionError, type DealDto, type DealTransition } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../../common/errors/app-error';
import { NotificationsService } from '../../notifications/notifications.service';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import { DealStageChange } from '../entities/deal-stage-change.entity';
import { cooperationActor } from '../expressions/expression-records';
import { DealReadsService } from './deal-reads.service';
import { dealAuditState, dealSubject, moveDeal } from './deal-records';
import { DealsQueries } from './deals.queries';
import type { MoveDealDto } from './dto/deal.dto';

/**
 * The deal pipeline: the project's owner moves its deal stage by stage (a move named after the stage
 * it reaches), recording the investment made or why it was lost. Each move locks the deal, checks
 * who moves it and whether its stage allows the move, moves it, audits it and tells the partner.
 */
@Injectable()
export class DealsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: DealsQueries,
    private readonly reads: DealReadsService,
  ) {}

  move(auth: AuthenticatedUser, id: string, transition: DealTransition, dto: MoveDealDto): Promise<DealDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.queries.deal(manager, auth, id);
      if (!found) throw notFound('Deal');
      if (!auth.ability.can('update', dealSubject(found)))
        throw forbidden("Only the project's owner moves its deal; its partner follows it");
      const deal = await this.queries.locked(manager, id);
      if (!deal) throw notFound('Deal');
      const allowed = dealActions(deal, cooperationActor(auth));
      if (!allowed.includes(transition)) throw new IllegalTransitionError(transition, deal.stage, allowed);
      if (transition === 'investment_made' && (!dto.investedUsd || !dto.investedOn))
        throw unprocessable(
          'DEAL_INVESTMENT_REQUIRED',
          'Say how much was invested (USD) and on which day',
          dto.investedUsd ? 'investedOn' : 'investedUsd',
        );
      if (transition === 'lost' && !dto.reason)
        throw unprocessable('DEAL_LOST_REASON_REQUIRED', 'Say why the deal was lost', 'reason');
      const before = dealAuditState(deal);
      moveDeal(deal, transition);
      if (transition === 'investment_made') {
        deal.investedUsd = dto.investedUsd as string;
        deal.investedOn = dto.investedOn as string;
      }
      if (transition === 'lost') deal.lostReason = dto.reason as string;
      await manager.save(deal);
      await manager.insert(DealStageChange, { dealId: id, stage: deal.stage, byUserId: auth.user.id });
      await this.audit.record(manager, {
        action: `deal.${transition}`,
        entityType: 'Deal',
        entityId: id,
        organizationId: deal.ownerOrganizationId,
        before,
        after: dealAuditState(deal),
      });
      const project = found.project as CooperationProject;
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: [deal.partnerOrganizationId],
        actorUserId: auth.user.id,
        type: 'deal_moved',
        recordType: 'deal',
        recordId: id,
        titleEn: project.titleEn,
        titleZh: project.titleZh,
        fromEn: auth.organization.nameEn,
        fromZh: auth.organization.nameZh,
      });
      return this.reads.view(manager, auth, id);
    });
  }
}
