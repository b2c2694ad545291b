import { subject } from '@casl/ability';
import type {
  AgreementServiceDto,
  NotificationType,
  ServiceRequestMessageDto,
  ServiceRequestReader,
  ServiceRequestState,
  ServiceRequestSummaryDto,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { Organization } from '../organizations/entities/organization.entity';
import { partyOf, uptakeOf, type ServiceRow } from './agreement-services.queries';
import type { AgreementService } from './entities/agreement-service.entity';
import type { ServiceRequestMessage } from './entities/service-request-message.entity';
import type { ServiceRequest } from './entities/service-request.entity';

/** The reader as the request rules of contracts see it. */
export const requestReader = (auth: AuthenticatedUser): ServiceRequestReader => ({
  organizationId: auth.organization.id,
});

export const requestState = (r: ServiceRequest): ServiceRequestState => ({
  status: r.status,
  organizationId: r.organizationId,
  providerOrganizationId: r.providerOrganizationId,
  rating: r.rating,
});

/** A request (or its thread) as the policy's conditions read it: its two organizations. */
export const requestSubject = (
  type: 'ServiceRequest' | 'ServiceThread',
  r: { organizationId: string; providerOrganizationId: string },
) => subject(type, { organizationId: r.organizationId, providerOrganizationId: r.providerOrganizationId });

/** Whether the reader manages the catalogue (the secretariat), asked of the policy. */
export const managesServices = (auth: AuthenticatedUser): boolean => auth.ability.can('update', 'AgreementService');

/** What each step tells the other side. */
export const SERVICE_NOTIFICATIONS = {
  request: 'service_requested',
  accept: 'service_accepted',
  deliver: 'service_delivered',
  decline: 'service_declined',
  rate: 'service_rated',
  message: 'service_message',
} as const satisfies Record<string, NotificationType>;

/** What the audit log keeps of a request: its status, parties and rating, never its words (the need, the thread). */
export const requestAuditState = (r: ServiceRequest) => ({
  status: r.status,
  serviceId: r.serviceId,
  organizationId: r.organizationId,
  providerOrganizationId: r.providerOrganizationId,
  parkId: r.parkId,
  rating: r.rating,
});

export const serviceAuditState = (s: AgreementService) => ({
  nameEn: s.nameEn,
  nameZh: s.nameZh,
  descriptionEn: s.descriptionEn,
  descriptionZh: s.descriptionZh,
  eligibilityEn: s.eligibilityEn,
  eligibilityZh: s.eligibilityZh,
  providerOrganizationId: s.providerOrganizationId,
  active: s.active,
});

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
export { iso };

export function serviceDto(row: ServiceRow, flags: { canRequest: boolean; canManage: boolean }): AgreementServiceDto {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    nameEn: row.name_en,
    nameZh: row.name_zh,
    descriptionEn: row.description_en,
    descriptionZh: row.description_zh,
    eligibilityEn: row.eligibility_en,
    eligibilityZh: row.eligibility_zh,
    provider: partyOf(row.provider_organization_id, row.provider_name_en, row.provider_name_zh, row.provider_type),
    active: row.active,
    sample: row.sample,
    uptake: uptakeOf(row),
    canRequest: flags.canRequest,
    canManage: flags.canManage,
    version: row.version,
  };
}

const orgParty = (o: Organization | undefined) => partyOf(o?.id ?? '', o?.nameEn ?? null, o?.nameZh ?? null, o!.type);

export function requestSummaryDto(r: ServiceRequest): ServiceRequestSummaryDto {
  return {
    id: r.id,
    status: r.status,
    service: { id: r.serviceId, nameEn: r.service?.nameEn ?? null, nameZh: r.service?.nameZh ?? null },
    agreement: { id: r.agreementId, titleEn: r.agreement?.titleEn ?? null, titleZh: r.agreement?.titleZh ?? null },
    organization: orgParty(r.organization),
    provider: orgParty(r.provider),
    park: r.park ? { id: r.park.id, nameEn: r.park.nameEn, nameZh: r.park.nameZh } : null,
    rating: r.rating,
    createdAt: new Date(r.createdAt).toISOString(),
    deliveredAt: iso(r.deliveredAt),
  };
}

export const messageDto = (m: ServiceRequestMessage): ServiceRequestMessageDto => ({
  id: m.id,
  side: m.side,
  authorName: m.author?.displayName ?? null,
  body: m.body,
  createdAt: new Date(m.createdAt).toISOString(),
});
