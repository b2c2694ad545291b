import type { AttachmentDto } from './attachments';
import type { OrganizationType } from './enums';
import { canMove, type Machine } from './machine';

/**
 * Partner agreements: the strategic cooperation agreements the alliance signs with its partners
 * (a lawyers association, a training alliance, an export credit insurer, banks), kept as living
 * records with their documents (each upload a version) and the commitments both sides made.
 */

export const AGREEMENT_KINDS = [
  'strategic_cooperation',
  'financing',
  'legal_services',
  'training',
  'research',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['draft', 'negotiating', 'signed', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * An agreement's life: the secretariat drafts it, negotiates it, records its signature; it becomes
 * active on its effective date (by itself, through the job runner, or by the secretariat once the
 * date has come) and expires on its expiry date (the job runner); the secretariat may terminate it
 * at any point before with a reason.
 */
export const AGREEMENT_TRANSITIONS = {
  negotiate: { from: ['draft'], to: 'negotiating' },
  sign: { from: ['draft', 'negotiating'], to: 'signed' },
  activate: { from: ['signed'], to: 'active' },
  expire: { from: ['signed', 'active'], to: 'expired', system: true },
  terminate: { from: ['draft', 'negotiating', 'signed', 'active'], to: 'terminated' },
} as const satisfies Machine<AgreementStatus>;
export type AgreementTransition = keyof typeof AGREEMENT_TRANSITIONS;

/** The statuses in which an agreement is still being lived (not yet expired or terminated). */
export const AGREEMENT_LIVE_STATUSES = [
  'draft',
  'negotiating',
  'signed',
  'active',
] as const satisfies readonly AgreementStatus[];
/** What members (and the counterparty) read: agreements that were signed. Drafts and negotiations are the secretariat's. */
export const AGREEMENT_MEMBER_STATUSES = [
  'signed',
  'active',
  'expired',
  'terminated',
] as const satisfies readonly AgreementStatus[];
/** What visitors read: active agreements, their summary only. */
export const AGREEMENT_PUBLIC_STATUSES = ['active'] as const satisfies readonly AgreementStatus[];

/** Who made a commitment: the alliance, or one of the agreement's counterparties. */
export const COMMITMENT_OWNERS = ['alliance', 'counterparty'] as const;
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];

export const COMMITMENT_STATUSES = ['open', 'done', 'waived'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * A commitment is done (by whoever owns it: the counterparty's admins for their own, the
 * secretariat for any), or waived by the secretariat; the secretariat may reopen it.
 */
export const COMMITMENT_TRANSITIONS = {
  complete: { from: ['open'], to: 'done' },
  waive: { from: ['open'], to: 'waived' },
  reopen: { from: ['done', 'waived'], to: 'open' },
} as const satisfies Machine<CommitmentStatus>;
export type CommitmentTransition = keyof typeof COMMITMENT_TRANSITIONS;

/** Reminders go out this many days before an agreement's expiry and before a commitment's due date. */
export const AGREEMENT_REMINDER_DAYS = [60, 30, 7] as const;
export type AgreementReminderDays = (typeof AGREEMENT_REMINDER_DAYS)[number];
export const AGREEMENT_REMINDER_SUBJECTS = ['agreement_expiry', 'commitment_due'] as const;
export type AgreementReminderSubject = (typeof AGREEMENT_REMINDER_SUBJECTS)[number];

export const AGREEMENT_LIMITS = {
  titleLength: 300,
  summaryLength: 1_000,
  scopeLength: 20_000,
  renewalTermsLength: 5_000,
  reasonLength: 2_000,
  noteLength: 2_000,
  counterparties: 10,
  /** Versions kept per document (each new upload is one). */
  documentVersions: 10,
  documentTitleLength: 200,
} as const;

/** What people do on an agreement (one route each; `update` is the PATCH). */
export const AGREEMENT_ACTIONS = [
  'update',
  'negotiate',
  'sign',
  'activate',
  'terminate',
  'addCommitment',
  'addDocument',
] as const;
export type AgreementAction = (typeof AGREEMENT_ACTIONS)[number];

export const COMMITMENT_ACTIONS = ['update', 'complete', 'waive', 'reopen'] as const;
export type CommitmentAction = (typeof COMMITMENT_ACTIONS)[number];

/** The reader as the agreement rules see it; `manages` is `can('update', 'PartnerAgreement')` (the secretariat). */
export interface AgreementReader {
  organizationId: string;
  /** May create, edit and move agreements (asked of the policy). */
  manages: boolean;
  /** An admin of its organization (a counterparty's admins update its commitments). */
  admin: boolean;
}

/** The person actions `reader` may take on an agreement now: the web offers exactly these. */
export function agreementActions(
  agreement: { status: AgreementStatus },
  reader: Pick<AgreementReader, 'manages'>,
): AgreementAction[] {
  if (!reader.manages) return [];
  const live = (AGREEMENT_LIVE_STATUSES as readonly string[]).includes(agreement.status);
  return AGREEMENT_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
      case 'addCommitment':
      case 'addDocument':
        return live;
      default:
        return canMove(AGREEMENT_TRANSITIONS, action, agreement.status);
    }
  });
}

/** The actions `reader` may take on a commitment now. */
export function commitmentActions(
  commitment: { status: CommitmentStatus; owner: CommitmentOwner; organizationId: string | null },
  reader: AgreementReader,
): CommitmentAction[] {
  const ownAdmin =
    reader.admin && commitment.owner === 'counterparty' && commitment.organizationId === reader.organizationId;
  return COMMITMENT_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
        return reader.manages;
      case 'complete':
        return (reader.manages || ownAdmin) && canMove(COMMITMENT_TRANSITIONS, action, commitment.status);
      case 'waive':
      case 'reopen':
        return reader.manages && canMove(COMMITMENT_TRANSITIONS, action, commitment.status);
    }
  });
}

/** Whether an open commitment is past its due date (`today` as YYYY-MM-DD in the alliance's time zone). */
export function commitmentOverdue(commitment: { status: CommitmentStatus; dueOn: string }, today: string): boolean {
  return commitment.status === 'open' && commitment.dueOn < today;
}

// ---------------------------------------------------------------------------------------------
// Response and request types

export interface AgreementPartyDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
}

/** An agreement in a list: what the public page shows (parties, kind, dates, summary). */
export interface AgreementSummaryDto {
  id: string;
  kind: AgreementKind;
  status: AgreementStatus;
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  /** YYYY-MM-DD. */
  signedOn: string | null;
  effectiveFrom: string | null;
  /** Null: open-ended. */
  expiresOn: string | null;
  counterparties: AgreementPartyDto[];
  sample: boolean;
}

export interface AgreementCommitmentDto {
  id: string;
  agreementId: string;
  titleEn: string | null;
  titleZh: string | null;
  owner: CommitmentOwner;
  /** The counterparty that owns it (owner `counterparty`), null for the alliance's. */
  organization: AgreementPartyDto | null;
  /** YYYY-MM-DD. */
  dueOn: string;
  status: CommitmentStatus;
  overdue: boolean;
  note: string | null;
  completedAt: string | null;
  sample: boolean;
  actions: CommitmentAction[];
}

export interface AgreementDocumentVersionDto extends AttachmentDto {
  /** 1 for the first upload, then one more for each new one. */
  version: number;
}

export interface AgreementDocumentDto {
  id: string;
  agreementId: string;
  titleEn: string | null;
  titleZh: string | null;
  /** Newest first. */
  versions: AgreementDocumentVersionDto[];
  createdAt: string;
}

export interface AgreementDto extends AgreementSummaryDto {
  /** Members and the parties read the scope; visitors get null. */
  scopeEn: string | null;
  scopeZh: string | null;
  renewalTermsEn: string | null;
  renewalTermsZh: string | null;
  terminationReason: string | null;
  terminatedAt: string | null;
  activatedAt: string | null;
  expiredAt: string | null;
  /** Whether the reader is one of the parties (the secretariat or a counterparty): only they read documents and commitments. */
  party: boolean;
  actions: AgreementAction[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateAgreementRequest {
  kind: AgreementKind;
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  scopeEn?: string | null;
  scopeZh?: string | null;
  renewalTermsEn?: string | null;
  renewalTermsZh?: string | null;
  signedOn?: string | null;
  effectiveFrom?: string | null;
  expiresOn?: string | null;
  counterpartyIds: string[];
}

export type UpdateAgreementRequest = Partial<CreateAgreementRequest> & { version?: number };

/** A step's body: the version last read (a different current one answers 409). */
export interface AgreementStepRequest {
  version?: number;
}

export interface SignAgreementRequest extends AgreementStepRequest {
  /** YYYY-MM-DD; the agreement's own when left out (one of the two is required). */
  signedOn?: string;
}

export interface TerminateAgreementRequest extends AgreementStepRequest {
  reason: string;
}

export interface CreateCommitmentRequest {
  titleEn?: string | null;
  titleZh?: string | null;
  owner: CommitmentOwner;
  /** The counterparty that owns it (required when `owner` is `counterparty`). */
  organizationId?: string | null;
  dueOn: string;
}

export type UpdateCommitmentRequest = Partial<CreateCommitmentRequest>;

export interface CommitmentStepRequest {
  note?: string | null;
}

export interface CreateAgreementDocumentRequest {
  titleEn?: string | null;
  titleZh?: string | null;
  /** An uploaded PDF (`POST /api/attachments`): the document's first version. */
  attachmentId: string;
}

export interface AddDocumentVersionRequest {
  attachmentId: string;
}
