import type { AgreementPartyDto, AgreementStatus } from './agreements';
import { canMove, type Machine } from './machine';

/**
 * The service catalogue of partner agreements: what each agreement offers members (a legal
 * consultation, a training course, a credit-insurance pre-assessment, a credit line), the requests
 * members address to the provider, their private thread and the rating after delivery.
 */

export const SERVICE_REQUEST_STATUSES = ['requested', 'accepted', 'delivered', 'declined'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

/**
 * A request's life: the provider accepts it, then delivers it; or declines it (with a reason) while
 * it is not delivered. The member rates a delivered request once (not a status: `rating` is set).
 */
export const SERVICE_REQUEST_TRANSITIONS = {
  accept: { from: ['requested'], to: 'accepted' },
  deliver: { from: ['accepted'], to: 'delivered' },
  decline: { from: ['requested', 'accepted'], to: 'declined' },
} as const satisfies Machine<ServiceRequestStatus>;
export type ServiceRequestTransition = keyof typeof SERVICE_REQUEST_TRANSITIONS;

/** The agreements whose services members may request: signed and in force. */
export const SERVICE_AGREEMENT_STATUSES = ['active'] as const satisfies readonly AgreementStatus[];

export const SERVICE_LIMITS = {
  nameLength: 300,
  descriptionLength: 5_000,
  eligibilityLength: 2_000,
  needLength: 5_000,
  reasonLength: 2_000,
  commentLength: 2_000,
  messageLength: 5_000,
  ratingMin: 1,
  ratingMax: 5,
} as const;

/** What people do on a request (one route each). */
export const SERVICE_REQUEST_ACTIONS = ['accept', 'deliver', 'decline', 'rate', 'message'] as const;
export type ServiceRequestAction = (typeof SERVICE_REQUEST_ACTIONS)[number];

/** The reader as the request rules see it, asked of the policy (never the principal's type). */
export interface ServiceRequestReader {
  organizationId: string;
}

export interface ServiceRequestState {
  status: ServiceRequestStatus;
  /** The member organization that asked. */
  organizationId: string;
  providerOrganizationId: string;
  rating: number | null;
}

/** Which side of a request the reader is on: the member that asked, the provider, or neither. */
export function serviceRequestSide(
  request: Pick<ServiceRequestState, 'organizationId' | 'providerOrganizationId'>,
  reader: ServiceRequestReader,
): 'requester' | 'provider' | null {
  if (request.organizationId === reader.organizationId) return 'requester';
  if (request.providerOrganizationId === reader.organizationId) return 'provider';
  return null;
}

/**
 * The actions `reader` may take on a request now: the provider accepts, delivers or declines as
 * the table allows; the member rates it once delivered, once; both sides write in the thread while
 * the request is not declined. The web offers exactly these.
 */
export function serviceRequestActions(
  request: ServiceRequestState,
  reader: ServiceRequestReader,
): ServiceRequestAction[] {
  const side = serviceRequestSide(request, reader);
  if (!side) return [];
  return SERVICE_REQUEST_ACTIONS.filter((action) => {
    switch (action) {
      case 'accept':
      case 'deliver':
      case 'decline':
        return side === 'provider' && canMove(SERVICE_REQUEST_TRANSITIONS, action, request.status);
      case 'rate':
        return side === 'requester' && canRate(request);
      case 'message':
        return request.status !== 'declined';
    }
  });
}

/** A request is rated once, after delivery. */
export const canRate = (request: Pick<ServiceRequestState, 'status' | 'rating'>): boolean =>
  request.status === 'delivered' && request.rating === null;

/** The median of `values` (null when empty): the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Response and request types

/** How much a service (or an agreement, or a park) was used. */
export interface ServiceUptakeDto {
  requests: number;
  delivered: number;
  /** Median of the days from request to delivery, one decimal; null before any delivery. */
  medianDaysToDelivery: number | null;
  /** Mean of the ratings, two decimals; null before any rating. */
  averageRating: number | null;
  ratings: number;
}

export interface AgreementServiceDto {
  id: string;
  agreementId: string;
  nameEn: string | null;
  nameZh: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  eligibilityEn: string | null;
  eligibilityZh: string | null;
  provider: AgreementPartyDto;
  /** Offered now (a withdrawn service takes no request). */
  active: boolean;
  sample: boolean;
  uptake: ServiceUptakeDto;
  /** Whether the reader may request it now (a member, not its provider, while the agreement is active). */
  canRequest: boolean;
  /** Whether the reader may edit it (the secretariat). */
  canManage: boolean;
  version: number;
}

export interface AgreementServicesDto {
  agreement: {
    id: string;
    titleEn: string | null;
    titleZh: string | null;
    status: AgreementStatus;
  };
  services: AgreementServiceDto[];
  /** The agreement's services together. */
  uptake: ServiceUptakeDto;
  /** Whether the reader may add services (the secretariat). */
  canManage: boolean;
}

export interface CreateAgreementServiceRequest {
  nameEn?: string | null;
  nameZh?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  eligibilityEn?: string | null;
  eligibilityZh?: string | null;
  /** The organization that delivers it (usually the agreement's counterparty). */
  providerOrganizationId: string;
}

export type UpdateAgreementServiceRequest = Partial<CreateAgreementServiceRequest> & {
  active?: boolean;
  version?: number;
};

export interface ServiceRequestParkDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

export interface ServiceRequestSummaryDto {
  id: string;
  status: ServiceRequestStatus;
  service: { id: string; nameEn: string | null; nameZh: string | null };
  agreement: { id: string; titleEn: string | null; titleZh: string | null };
  /** The member organization that asked. */
  organization: AgreementPartyDto;
  provider: AgreementPartyDto;
  /** The park it is for; null: for the organization itself. */
  park: ServiceRequestParkDto | null;
  rating: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface ServiceRequestMessageDto {
  id: string;
  side: 'requester' | 'provider';
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface ServiceRequestDto extends ServiceRequestSummaryDto {
  needEn: string | null;
  needZh: string | null;
  declineReason: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  ratingComment: string | null;
  ratedAt: string | null;
  requestedByName: string | null;
  /** The private thread, for the two organizations; null for anyone else (the secretariat reads the metadata only). */
  messages: ServiceRequestMessageDto[] | null;
  actions: ServiceRequestAction[];
  version: number;
}

export interface CreateServiceRequestRequest {
  /** One of the member's own parks; left out: for the organization itself. */
  parkId?: string | null;
  needEn?: string | null;
  needZh?: string | null;
}

export interface ServiceRequestStepRequest {
  version?: number;
}

export interface DeclineServiceRequestRequest extends ServiceRequestStepRequest {
  reason: string;
}

export interface RateServiceRequestRequest {
  rating: number;
  comment?: string | null;
}

export interface PostServiceMessageRequest {
  body: string;
}

export const SERVICE_REQUEST_SIDES = ['sent', 'received'] as const;
export type ServiceRequestSide = (typeof SERVICE_REQUEST_SIDES)[number];

/** One line of the secretariat's uptake: an agreement's requests for one park (or an organization itself). */
export interface ServiceUptakeRowDto extends ServiceUptakeDto {
  agreement: { id: string; titleEn: string | null; titleZh: string | null };
  organization: AgreementPartyDto;
  park: ServiceRequestParkDto | null;
}

export interface UnusedServiceDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  agreement: { id: string; titleEn: string | null; titleZh: string | null };
  provider: AgreementPartyDto;
}

/** The secretariat's uptake: every agreement's totals, its uptake per park, and the services nobody used. */
export interface ServiceUptakeReportDto {
  agreements: (ServiceUptakeDto & { agreement: { id: string; titleEn: string | null; titleZh: string | null } })[];
  rows: ServiceUptakeRowDto[];
  unused: UnusedServiceDto[];
}
