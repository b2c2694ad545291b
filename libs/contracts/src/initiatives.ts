import type { MembershipStatus } from './enums';
import { canMove, type Machine } from './machine';

/**
 * Initiatives: public declarations of the alliance (the "Initiative on Jointly Promoting the
 * High-Quality Development of Jiangsu Overseas Parks" of 12 May 2021) that member organizations
 * endorse through one of their admins, their authorised representative.
 */

export const INITIATIVE_STATUSES = ['draft', 'open_for_endorsement', 'closed'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/**
 * An initiative's life: the secretariat writes a draft and publishes it, which opens it for
 * endorsement at once when its opening date has come, else on that date (the job runner's `open`);
 * it closes by hand or after its closing date (the job runner's `expire`).
 */
export const INITIATIVE_TRANSITIONS = {
  publish: { from: ['draft'], to: 'open_for_endorsement' },
  close: { from: ['open_for_endorsement'], to: 'closed' },
  open: { from: ['draft'], to: 'open_for_endorsement', system: true },
  expire: { from: ['open_for_endorsement'], to: 'closed', system: true },
} as const satisfies Machine<InitiativeStatus>;
export type InitiativeTransition = keyof typeof INITIATIVE_TRANSITIONS;

export const ENDORSEMENT_STATUSES = ['endorsed', 'withdrawn'] as const;
export type EndorsementStatus = (typeof ENDORSEMENT_STATUSES)[number];

/**
 * One endorsement per organization and initiative: signed (`endorsed`) by an admin, withdrawn while
 * the initiative is open (the reason goes to the audit log only), endorsed again while it stays open.
 */
export const ENDORSEMENT_TRANSITIONS = {
  endorse: { from: ['withdrawn'], to: 'endorsed' },
  withdraw: { from: ['endorsed'], to: 'withdrawn' },
} as const satisfies Machine<EndorsementStatus>;
export type EndorsementTransition = keyof typeof ENDORSEMENT_TRANSITIONS;

export const ENDORSEMENT_PROPOSAL_STATUSES = ['pending', 'signed', 'declined', 'lapsed'] as const;
export type EndorsementProposalStatus = (typeof ENDORSEMENT_PROPOSAL_STATUSES)[number];

/**
 * A member who is not an admin proposes that its organization endorse; an admin signs (endorses)
 * or declines; a proposal still pending when the initiative closes lapses.
 */
export const ENDORSEMENT_PROPOSAL_TRANSITIONS = {
  sign: { from: ['pending'], to: 'signed' },
  decline: { from: ['pending'], to: 'declined' },
  lapse: { from: ['pending'], to: 'lapsed', system: true },
} as const satisfies Machine<EndorsementProposalStatus>;
export type EndorsementProposalTransition = keyof typeof ENDORSEMENT_PROPOSAL_TRANSITIONS;

export const INITIATIVE_LIMITS = {
  titleLength: 300,
  preambleLength: 20_000,
  principleLength: 2_000,
  maxPrinciples: 30,
  statementLength: 2_000,
  reasonLength: 1_000,
  maxTarget: 100_000,
} as const;

/** What the secretariat does on an initiative (the web offers exactly these). */
export const INITIATIVE_ACTIONS = ['update', 'publish', 'close', 'export'] as const;
export type InitiativeAction = (typeof INITIATIVE_ACTIONS)[number];

/** What a member organization's user does on an open initiative. */
export const ENDORSEMENT_ACTIONS = ['endorse', 'withdraw', 'propose', 'sign', 'decline'] as const;
export type EndorsementAction = (typeof ENDORSEMENT_ACTIONS)[number];

/** The reader as the initiative rules see them (the capabilities come from the policy, by name). */
export interface InitiativeReader {
  /** May write, publish and close initiatives (`update Initiative`). */
  canManage: boolean;
  /** May export signatories (`export Initiative`). */
  canExport: boolean;
  /** May sign for the organization (`create Endorsement`: its admins). */
  canSign: boolean;
  /** May propose that the organization endorse (`create EndorsementProposal`). */
  canPropose: boolean;
  organizationActive: boolean;
}

/** The secretariat's actions on an initiative now. */
export function initiativeActions(
  initiative: { status: InitiativeStatus },
  reader: InitiativeReader,
): InitiativeAction[] {
  if (!reader.canManage && !reader.canExport) return [];
  return INITIATIVE_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
        return reader.canManage && initiative.status !== 'closed';
      case 'publish':
      case 'close':
        return reader.canManage && canMove(INITIATIVE_TRANSITIONS, action, initiative.status);
      case 'export':
        return reader.canExport && initiative.status !== 'draft';
    }
  });
}

/** What an organization's user may do on an initiative now, given its endorsement and pending proposal. */
export function endorsementActions(
  state: {
    initiativeStatus: InitiativeStatus;
    endorsementStatus: EndorsementStatus | null;
    proposalPending: boolean;
  },
  reader: InitiativeReader,
): EndorsementAction[] {
  if (!reader.organizationActive || state.initiativeStatus !== 'open_for_endorsement') return [];
  const endorsed = state.endorsementStatus === 'endorsed';
  return ENDORSEMENT_ACTIONS.filter((action) => {
    switch (action) {
      case 'endorse':
        return reader.canSign && !endorsed;
      case 'withdraw':
        return reader.canSign && endorsed;
      case 'propose':
        return !reader.canSign && reader.canPropose && !endorsed && !state.proposalPending;
      case 'sign':
      case 'decline':
        return reader.canSign && !endorsed && state.proposalPending;
    }
  });
}

/** Whether an endorsement counts publicly: endorsed, by an organization that is an active member. */
export function endorsementIsPublic(status: EndorsementStatus, organizationStatus: MembershipStatus): boolean {
  return status === 'endorsed' && organizationStatus === 'active';
}

// ---------------------------------------------------------------------------------------------
// Response and request types

export interface InitiativeSummaryDto {
  id: string;
  titleEn: string | null;
  titleZh: string | null;
  status: InitiativeStatus;
  opensOn: string | null;
  closesOn: string | null;
  /** Published: opens by itself on `opensOn` (a draft waiting for its date). */
  scheduled: boolean;
  targetOrganizations: number | null;
  /** Public signatories: endorsements of active member organizations. */
  endorsements: number;
}

export interface InitiativeDto extends InitiativeSummaryDto {
  preambleEn: string | null;
  preambleZh: string | null;
  /** In order. */
  principles: { en: string | null; zh: string | null }[];
  publishedAt: string | null;
  closedAt: string | null;
  version: number;
  actions: InitiativeAction[];
  /** The reader's organization's side (null for visitors and the secretariat). */
  mine: {
    endorsement: EndorsementDto | null;
    proposal: EndorsementProposalDto | null;
    actions: EndorsementAction[];
  } | null;
}

export interface SignatoryDto {
  organizationId: string;
  nameEn: string | null;
  nameZh: string | null;
  country: string | null;
  endorsedAt: string;
  statementEn: string | null;
  statementZh: string | null;
}

export interface EndorsementDto extends SignatoryDto {
  id: string;
  status: EndorsementStatus;
  signedByName: string | null;
}

export interface EndorsementProposalDto {
  id: string;
  status: EndorsementProposalStatus;
  proposedByName: string | null;
  note: string | null;
  createdAt: string;
}

export interface InitiativeRequest {
  titleEn?: string | null;
  titleZh?: string | null;
  preambleEn?: string | null;
  preambleZh?: string | null;
  principles: { en?: string | null; zh?: string | null }[];
  opensOn?: string | null;
  closesOn?: string | null;
  targetOrganizations?: number | null;
}

export interface EndorseRequest {
  statementEn?: string | null;
  statementZh?: string | null;
}

/** The columns of the secretariat's export of signatories, in order. */
export const SIGNATORY_CSV_COLUMNS = [
  'nameEn',
  'nameZh',
  'country',
  'endorsedAt',
  'signedBy',
  'statementEn',
  'statementZh',
  'status',
  'membership',
  'public',
] as const;
export type SignatoryCsvColumn = (typeof SIGNATORY_CSV_COLUMNS)[number];
