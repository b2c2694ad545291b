import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  ENDORSEMENT_PROPOSAL_TRANSITIONS,
  ENDORSEMENT_TRANSITIONS,
  move,
  type InitiativeDto,
} from '@alliance/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { EndorseDto, EndorsementReasonDto, ProposeEndorsementDto } from './dto/initiative.dto';
import { EndorsementProposal } from './entities/endorsement-proposal.entity';
import { Endorsement } from './entities/endorsement.entity';
import { Initiative } from './entities/initiative.entity';
import { alreadyEndorsed, initiativeTitles } from './initiative-records';
import { InitiativeReadsService } from './initiative-reads.service';
import { InitiativesQueries } from './initiatives.queries';

const UNIQUE_ENDORSEMENT = 'UQ_endorsements_initiative_organization';
const UNIQUE_PENDING_PROPOSAL = 'UQ_endorsement_proposals_pending';

const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

const notOpen = () => unprocessable('INITIATIVE_NOT_OPEN', 'The initiative is not open for endorsement', 'status');

const endorsementState = (e: Endorsement) => ({
  status: e.status,
  organizationId: e.organizationId,
  signedByUserId: e.signedByUserId,
  endorsedAt: e.endorsedAt,
});

/**
 * Endorsements: an organization's admin signs for it (once: the unique index decides between two
 * admins at once, the other gets 409), withdraws while the initiative is open (the reason goes to the
 * audit log only) and signs again; a member who is not an admin proposes that the organization endorse,
 * its admins are told and one of them signs or declines. Each step locks the initiative (shared: steps
 * of different organizations go on side by side, a close waits), then the organization's row.
 */
@Injectable()
export class EndorsementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: InitiativesQueries,
    private readonly reads: InitiativeReadsService,
  ) {}

  /** An admin endorses for the organization (signing its colleague's pending proposal, if any). */
  endorse(auth: AuthenticatedUser, id: string, dto: EndorseDto): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.openInitiative(manager, auth, id, 'create');
      const organizationId = auth.organization.id;
      const now = new Date();
      const statement = { statementEn: dto.statementEn ?? null, statementZh: dto.statementZh ?? null };
      let endorsement = await this.queries.lockEndorsement(manager, id, organizationId);
      const before = endorsement ? endorsementState(endorsement) : undefined;
      if (endorsement) {
        move(ENDORSEMENT_TRANSITIONS, 'endorse', endorsement);
        Object.assign(endorsement, statement, { signedByUserId: auth.user.id, endorsedAt: now, withdrawnAt: null });
        await manager.save(endorsement);
      } else {
        endorsement = await manager
          .save(
            manager.create(Endorsement, {
              initiativeId: id,
              organizationId,
              status: 'endorsed',
              ...statement,
              signedByUserId: auth.user.id,
              endorsedAt: now,
            }),
          )
          .catch((error: unknown) => {
            // Another admin of the organization signed at the same moment (both found no endorsement).
            if (constraintOf(error) === UNIQUE_ENDORSEMENT) throw alreadyEndorsed();
            throw error;
          });
      }
      await this.audit.record(manager, {
        action: 'endorsement.endorse',
        entityType: 'Endorsement',
        entityId: endorsement.id,
        organizationId,
        before,
        after: { ...endorsementState(endorsement), ...statement },
      });
      const proposal = await this.queries.lockPendingProposal(manager, id, organizationId);
      if (proposal) await this.answer(manager, auth, initiative, proposal, 'sign');
      return this.reads.view(manager, auth, id);
    });
  }

  /** An admin withdraws the organization's endorsement while the initiative is open; the reason stays in the audit log. */
  withdraw(auth: AuthenticatedUser, id: string, dto: EndorsementReasonDto): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.openInitiative(manager, auth, id, 'withdraw');
      const endorsement = await this.queries.lockEndorsement(manager, id, auth.organization.id);
      if (!endorsement)
        throw unprocessable('ENDORSEMENT_NOT_SIGNED', 'Your organization has not endorsed this initiative');
      const before = endorsementState(endorsement);
      move(ENDORSEMENT_TRANSITIONS, 'withdraw', endorsement);
      endorsement.withdrawnAt = new Date();
      await manager.save(endorsement);
      await this.audit.record(manager, {
        action: 'endorsement.withdraw',
        entityType: 'Endorsement',
        entityId: endorsement.id,
        organizationId: auth.organization.id,
        before,
        after: { status: endorsement.status, reason: dto.reason ?? null },
      });
      return this.reads.view(manager, auth, id);
    });
  }

  /** A member proposes that the organization endorse; its admins are told. */
  propose(auth: AuthenticatedUser, id: string, dto: ProposeEndorsementDto): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.lockOpen(manager, auth, id);
      if (!auth.ability.can('create', subject('EndorsementProposal', { organizationId: auth.organization.id })))
        throw forbidden('Only a member organization proposes to endorse an initiative');
      const organizationId = auth.organization.id;
      const endorsement = await this.queries.lockEndorsement(manager, id, organizationId);
      if (endorsement?.status === 'endorsed')
        throw unprocessable('ENDORSEMENT_ALREADY_SIGNED', 'Your organization has already endorsed this initiative');
      const pending = () =>
        unprocessable('ENDORSEMENT_PROPOSAL_PENDING', 'A proposal to endorse waits for an admin already');
      if (await this.queries.lockPendingProposal(manager, id, organizationId)) throw pending();
      const proposal = await manager
        .save(
          manager.create(EndorsementProposal, {
            initiativeId: id,
            organizationId,
            proposedByUserId: auth.user.id,
            note: dto.note ?? null,
            status: 'pending',
          }),
        )
        .catch((error: unknown) => {
          if (constraintOf(error) === UNIQUE_PENDING_PROPOSAL) throw pending();
          throw error;
        });
      await this.audit.record(manager, {
        action: 'endorsement_proposal.propose',
        entityType: 'EndorsementProposal',
        entityId: proposal.id,
        organizationId,
        after: { status: proposal.status, initiativeId: id },
      });
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: [organizationId],
        adminsOnly: true,
        actorUserId: auth.user.id,
        type: 'endorsement_proposed',
        recordType: 'initiative',
        recordId: id,
        ...initiativeTitles(initiative),
      });
      return this.reads.view(manager, auth, id);
    });
  }

  /** An admin declines a colleague's proposal; the proposer is told. */
  decline(auth: AuthenticatedUser, id: string): Promise<InitiativeDto> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await this.openInitiative(manager, auth, id, 'sign');
      const proposal = await this.queries.lockPendingProposal(manager, id, auth.organization.id);
      if (!proposal) throw notFound('Endorsement proposal');
      await this.answer(manager, auth, initiative, proposal, 'decline');
      return this.reads.view(manager, auth, id);
    });
  }

  private async answer(
    manager: EntityManager,
    auth: AuthenticatedUser,
    initiative: Initiative,
    proposal: EndorsementProposal,
    action: 'sign' | 'decline',
  ): Promise<void> {
    move(ENDORSEMENT_PROPOSAL_TRANSITIONS, action, proposal);
    proposal.decidedAt = new Date();
    proposal.decidedByUserId = auth.user.id;
    await manager.save(proposal);
    await this.audit.record(manager, {
      action: `endorsement_proposal.${action}`,
      entityType: 'EndorsementProposal',
      entityId: proposal.id,
      organizationId: proposal.organizationId,
      before: { status: 'pending' },
      after: { status: proposal.status },
    });
    if (proposal.proposedByUserId)
      await this.notifications.notifyUser(manager, proposal.proposedByUserId, {
        actorUserId: auth.user.id,
        type: action === 'sign' ? 'endorsement_proposal_signed' : 'endorsement_proposal_declined',
        recordType: 'initiative',
        recordId: initiative.id,
        ...initiativeTitles(initiative),
      });
  }

  /** The initiative, shared-locked, if the reader may see it (404) and it is open for endorsement (422). */
  private async lockOpen(manager: EntityManager, auth: AuthenticatedUser, id: string): Promise<Initiative> {
    const initiative = await manager.findOne(Initiative, {
      where: { id },
      lock: { mode: 'pessimistic_read' },
    });
    if (!initiative || (initiative.status === 'draft' && !auth.ability.can('readAll', 'Initiative')))
      throw notFound('Initiative');
    if (auth.organization.status !== 'active')
      throw unprocessable('ENDORSEMENT_ORGANIZATION_INACTIVE', 'Only an active member organization endorses');
    if (initiative.status !== 'open_for_endorsement') throw notOpen();
    return initiative;
  }

  /** `lockOpen`, for a step the organization's admins take (`action` on its Endorsement or proposal). */
  private async openInitiative(
    manager: EntityManager,
    auth: AuthenticatedUser,
    id: string,
    action: 'create' | 'withdraw' | 'sign',
  ): Promise<Initiative> {
    const initiative = await this.lockOpen(manager, auth, id);
    const own = { organizationId: auth.organization.id };
    const allowed =
      action === 'sign'
        ? auth.ability.can('sign', subject('EndorsementProposal', { ...own }))
        : auth.ability.can(action, subject('Endorsement', { ...own }));
    if (!allowed) throw forbidden('Only an admin of the organization, its authorised representative, signs for it');
    return initiative;
  }
}
