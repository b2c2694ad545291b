import type { OrganizationType, OrgRole } from './enums';
import { canMove, type Machine } from './machine';
import type { Sector } from './sectors';

/**
 * The investment cooperation platform: members publish projects that look for investors, partners,
 * capacity or suppliers; other members express interest; an accepted expression opens a private
 * thread between the two organizations and becomes a deal tracked to the investment made.
 */

export const COOPERATION_PROJECT_KINDS = [
  'seeking_investment',
  'seeking_partner',
  'offering_capacity',
  'procurement',
] as const;
export type CooperationProjectKind = (typeof COOPERATION_PROJECT_KINDS)[number];

export const COOPERATION_PROJECT_STATUSES = ['draft', 'in_review', 'open', 'in_talks', 'closed'] as const;
export type CooperationProjectStatus = (typeof COOPERATION_PROJECT_STATUSES)[number];

/** Who reads a published project: members only (the default), or also visitors, who see its summary and never the owner's contacts. */
export const COOPERATION_AUDIENCES = ['members', 'public'] as const;
export type CooperationAudience = (typeof COOPERATION_AUDIENCES)[number];

/** Why a project closed: the owner concluded or withdrew it, or the job runner expired it. */
export const COOPERATION_CLOSE_OUTCOMES = ['concluded', 'withdrawn', 'expired'] as const;
export type CooperationCloseOutcome = (typeof COOPERATION_CLOSE_OUTCOMES)[number];
/** The outcomes an owner chooses when closing (expiry is the job runner's). */
export const COOPERATION_OWNER_CLOSE_OUTCOMES = ['concluded', 'withdrawn'] as const;

/**
 * A project's life: the owner submits a draft; the secretariat publishes it (`approve`) or sends it
 * back with a reason (`return`, to draft); accepting an expression of interest starts talks (a
 * system step of the acceptance); the owner may reopen a project whose talks came to nothing, and
 * closes it with an outcome and a reason; the job runner expires an open project at its deadline
 * or twelve months after publication (renewal, an action without a status change, pushes that back).
 */
export const COOPERATION_PROJECT_TRANSITIONS = {
  submit: { from: ['draft'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'open' },
  return: { from: ['in_review'], to: 'draft' },
  start_talks: { from: ['open'], to: 'in_talks', system: true },
  reopen: { from: ['in_talks'], to: 'open' },
  close: { from: ['draft', 'in_review', 'open', 'in_talks'], to: 'closed' },
  expire: { from: ['open'], to: 'closed', system: true },
} as const satisfies Machine<CooperationProjectStatus>;
export type CooperationProjectTransition = keyof typeof COOPERATION_PROJECT_TRANSITIONS;

/** What people do on a project, one POST each (`update` is the PATCH; `express` creates an expression of interest). */
export const COOPERATION_PROJECT_ACTIONS = [
  'update',
  'submit',
  'approve',
  'return',
  'reopen',
  'close',
  'renew',
  'express',
] as const;
export type CooperationProjectAction = (typeof COOPERATION_PROJECT_ACTIONS)[number];

export const EXPRESSION_STATUSES = ['open', 'accepted', 'declined', 'withdrawn', 'lapsed'] as const;
export type ExpressionStatus = (typeof EXPRESSION_STATUSES)[number];

/**
 * An expression of interest: the project's owner accepts it (opening the private thread, revealing
 * both sides' contacts and starting a deal) or declines it; its author withdraws it while it is
 * open; an open expression lapses when its project closes.
 */
export const EXPRESSION_TRANSITIONS = {
  accept: { from: ['open'], to: 'accepted' },
  decline: { from: ['open'], to: 'declined' },
  withdraw: { from: ['open'], to: 'withdrawn' },
  lapse: { from: ['open'], to: 'lapsed', system: true },
} as const satisfies Machine<ExpressionStatus>;
export type ExpressionTransition = keyof typeof EXPRESSION_TRANSITIONS;

export const EXPRESSION_ACTIONS = ['accept', 'decline', 'withdraw', 'message'] as const;
export type ExpressionAction = (typeof EXPRESSION_ACTIONS)[number];

export const DEAL_STAGES = [
  'contact',
  'site_visit',
  'negotiation',
  'agreement_signed',
  'investment_made',
  'lost',
] as const;
export type DealStage = (typeof DEAL_STAGES)[number];
/** The stages in the order a deal goes through them (`lost` leaves the line at any point). */
export const DEAL_PIPELINE_STAGES = DEAL_STAGES.filter((stage) => stage !== 'lost');

/**
 * A deal, what an accepted expression of interest becomes: the project's owner moves it forward
 * (a site visit may be skipped), records the investment made (amount and date) or marks it lost
 * (reason). Each move is named after the stage it reaches.
 */
export const DEAL_TRANSITIONS = {
  site_visit: { from: ['contact'], to: 'site_visit' },
  negotiation: { from: ['contact', 'site_visit'], to: 'negotiation' },
  agreement_signed: { from: ['negotiation'], to: 'agreement_signed' },
  investment_made: { from: ['agreement_signed'], to: 'investment_made' },
  lost: { from: ['contact', 'site_visit', 'negotiation', 'agreement_signed'], to: 'lost' },
} as const satisfies Machine<DealStage>;
export type DealTransition = keyof typeof DEAL_TRANSITIONS;

export const COOPERATION_LIMITS = {
  titleLength: 300,
  summaryLength: 1_000,
  descriptionLength: 20_000,
  sectors: 5,
  reasonLength: 2_000,
  messageLength: 5_000,
  /** Largest size or amount, USD, as an exact decimal string with up to two decimals. */
  maxUsd: '999999999999.99',
  attachments: 10,
} as const;

/** How long a published project stays open without a deadline, and what one renewal adds. */
export const COOPERATION_OPEN_MONTHS = 12;
/** Days before expiry when the owner is reminded (once per expiry date). */
export const COOPERATION_REMINDER_DAYS = 30;

export interface CooperationActor {
  userId: string;
  organizationId: string;
  organizationType: OrganizationType;
  orgRole: OrgRole;
  /** Whether the actor's organization is an active member (suspended and withdrawn ones act on nothing). */
  organizationActive: boolean;
}

/** Any member organization publishes projects; the secretariat reviews them and owns none. */
export const canOwnProjects = (actor: { organizationType: OrganizationType }): boolean =>
  actor.organizationType !== 'secretariat';

/** A project as its rules see it. */
export interface CooperationProjectState {
  status: CooperationProjectStatus;
  organizationId: string;
  /** When it expires if nothing is done (null while unpublished). */
  expiresAt: string | Date | null;
  /** Whether the reader's organization has an open expression of interest on it. */
  ownOpenExpression: boolean;
}

/** A project may be renewed once its reminder would be due: within `COOPERATION_REMINDER_DAYS` of expiry. */
export function canRenewProject(project: Pick<CooperationProjectState, 'status' | 'expiresAt'>, now: Date): boolean {
  if (project.expiresAt === null || (project.status !== 'open' && project.status !== 'in_talks')) return false;
  const expires = new Date(project.expiresAt).getTime();
  return expires - now.getTime() <= COOPERATION_REMINDER_DAYS * 86_400_000;
}

/** The actions `actor` may take on `project` now: the web offers exactly these, the API refuses the others. */
export function cooperationProjectActions(
  project: CooperationProjectState,
  actor: CooperationActor,
  now: Date = new Date(),
): CooperationProjectAction[] {
  const owner = project.organizationId === actor.organizationId && actor.organizationActive;
  const secretariat = actor.organizationType === 'secretariat';
  return COOPERATION_PROJECT_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
        return owner && (project.status === 'draft' || project.status === 'open' || project.status === 'in_talks');
      case 'submit':
      case 'reopen':
      case 'close':
        return owner && canMove(COOPERATION_PROJECT_TRANSITIONS, action, project.status);
      case 'approve':
      case 'return':
        return secretariat && canMove(COOPERATION_PROJECT_TRANSITIONS, action, project.status);
      case 'renew':
        return owner && canRenewProject(project, now);
      case 'express':
        return (
          !owner &&
          project.organizationId !== actor.organizationId &&
          canOwnProjects(actor) &&
          actor.organizationActive &&
          (project.status === 'open' || project.status === 'in_talks') &&
          !project.ownOpenExpression
        );
    }
  });
}

/** An expression as its rules see it. */
export interface ExpressionState {
  status: ExpressionStatus;
  /** The organization that expressed interest. */
  organizationId: string;
  /** The project's owner. */
  projectOrganizationId: string;
}

export function expressionActions(expression: ExpressionState, actor: CooperationActor): ExpressionAction[] {
  const owner = expression.projectOrganizationId === actor.organizationId && actor.organizationActive;
  const author = expression.organizationId === actor.organizationId && actor.organizationActive;
  return EXPRESSION_ACTIONS.filter((action) => {
    switch (action) {
      case 'accept':
      case 'decline':
        return owner && canMove(EXPRESSION_TRANSITIONS, action, expression.status);
      case 'withdraw':
        return author && canMove(EXPRESSION_TRANSITIONS, 'withdraw', expression.status);
      case 'message':
        return (owner || author) && expression.status === 'accepted';
    }
  });
}

/** The deal moves the owner may make now (only the project's owner moves its deals). */
export function dealActions(
  deal: { stage: DealStage; ownerOrganizationId: string },
  actor: CooperationActor,
): DealTransition[] {
  if (deal.ownerOrganizationId !== actor.organizationId || !actor.organizationActive) return [];
  return (Object.keys(DEAL_TRANSITIONS) as DealTransition[]).filter((move) =>
    canMove(DEAL_TRANSITIONS, move, deal.stage),
  );
}

// ---------------------------------------------------------------------------------------------
// Response and request types

export interface CooperationOrganizationRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
}

/** An organization's contacts, shown to the other side once an expression is accepted (never on a public page). */
export interface CooperationContactDto {
  organization: CooperationOrganizationRef;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The person who expressed interest (the interested side), or who accepted it (the owner's side). */
  personName: string | null;
  personEmail: string | null;
}

export interface CooperationProjectSummaryDto {
  id: string;
  kind: CooperationProjectKind;
  status: CooperationProjectStatus;
  audience: CooperationAudience;
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  sectors: Sector[];
  country: string;
  /** USD, an exact decimal string ("25000000.00"); null when not given. */
  sizeUsd: string | null;
  /** ISO date (YYYY-MM-DD); null when none. */
  deadline: string | null;
  organization: CooperationOrganizationRef;
  park: { id: string; nameEn: string | null; nameZh: string | null } | null;
  publishedAt: string | null;
  expiresAt: string | null;
  updatedAt: string;
  /** Demo records are marked as sample data. */
  sample: boolean;
  /** For the owner's organization: expressions waiting for an answer. Null for others. */
  openExpressions: number | null;
}

export interface CooperationProjectDto extends CooperationProjectSummaryDto {
  /** Visitors (audience `public`) get null: they read the summary only. */
  descriptionEn: string | null;
  descriptionZh: string | null;
  /** The secretariat's reason when it sent the project back (shown to the owner and the secretariat). */
  returnReason: string | null;
  closeOutcome: CooperationCloseOutcome | null;
  closeReason: string | null;
  closedAt: string | null;
  submittedAt: string | null;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  /** The reader's organization's own expression on it, if any (the latest). */
  ownExpression: { id: string; status: ExpressionStatus } | null;
  actions: CooperationProjectAction[];
  version: number;
}

export interface ExpressionMessageDto {
  id: string;
  /** Which side wrote it. */
  side: 'owner' | 'interested';
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface ExpressionSummaryDto {
  id: string;
  status: ExpressionStatus;
  project: {
    id: string;
    titleEn: string | null;
    titleZh: string | null;
    kind: CooperationProjectKind;
    country: string;
  };
  /** The organization that expressed interest. */
  organization: CooperationOrganizationRef;
  /** The project's owner. */
  projectOrganization: CooperationOrganizationRef;
  message: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface ExpressionDto extends ExpressionSummaryDto {
  authorName: string | null;
  declineReason: string | null;
  /** Both sides' contacts, once accepted (null before: neither side sees the other's). */
  contacts: { owner: CooperationContactDto; interested: CooperationContactDto } | null;
  /** The private thread, oldest first (empty until accepted). */
  messages: ExpressionMessageDto[];
  deal: { id: string; stage: DealStage } | null;
  actions: ExpressionAction[];
}

export interface DealDto {
  id: string;
  stage: DealStage;
  project: {
    id: string;
    titleEn: string | null;
    titleZh: string | null;
    kind: CooperationProjectKind;
    country: string;
    sectors: Sector[];
    sizeUsd: string | null;
  };
  expressionId: string;
  ownerOrganization: CooperationOrganizationRef;
  partnerOrganization: CooperationOrganizationRef;
  /** Set at `investment_made`: USD, exact decimal string, and the date (YYYY-MM-DD). */
  investedUsd: string | null;
  investedOn: string | null;
  lostReason: string | null;
  stageChangedAt: string;
  createdAt: string;
  /** Each stage reached, oldest first. */
  history: { stage: DealStage; at: string; byName: string | null }[];
  actions: DealTransition[];
}

/** One row of the secretariat's deal figures: a stage, a country or a sector. */
export interface DealFigureDto {
  key: string;
  deals: number;
  /** Sum of the projects' sizes, USD, exact decimal string. */
  projectSizeUsd: string;
  /** Sum of the investments made, USD, exact decimal string. */
  investedUsd: string;
}

export interface DealFiguresDto {
  byStage: DealFigureDto[];
  byCountry: DealFigureDto[];
  bySector: DealFigureDto[];
  total: DealFigureDto;
}

export interface CooperationProjectRequest {
  kind: CooperationProjectKind;
  parkId?: string | null;
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  sectors: Sector[];
  country: string;
  sizeUsd?: string | null;
  deadline?: string | null;
  audience?: CooperationAudience;
  attachmentIds?: string[];
}

export interface CooperationProjectUpdateRequest extends Partial<CooperationProjectRequest> {
  version: number;
}

export interface CooperationReturnRequest {
  reason: string;
  version: number;
}

export interface CooperationCloseRequest {
  outcome: (typeof COOPERATION_OWNER_CLOSE_OUTCOMES)[number];
  reason: string;
  version: number;
}

export interface ExpressionRequest {
  message: string;
}

export interface ExpressionDeclineRequest {
  reason?: string | null;
}

export interface ExpressionMessageRequest {
  body: string;
}

export interface DealMoveRequest {
  /** Required for `investment_made`. */
  investedUsd?: string;
  investedOn?: string;
  /** Required for `lost`. */
  reason?: string;
}

/** The project lists' filters (query string). */
export interface CooperationProjectQuery {
  kind?: CooperationProjectKind;
  sector?: Sector;
  country?: string;
  minSizeUsd?: string;
  maxSizeUsd?: string;
  parkId?: string;
  status?: CooperationProjectStatus;
  /** `mine`: the reader's organization's projects in any status. */
  scope?: 'all' | 'mine' | 'review';
  q?: string;
  page?: number;
  limit?: number;
}
