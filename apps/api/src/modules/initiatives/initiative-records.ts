import { subject } from '@casl/ability';
import {
  endorsementActions,
  initiativeActions,
  type EndorsementDto,
  type InitiativeDto,
  type InitiativeReader,
  type InitiativeSummaryDto,
  type SignatoryDto,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import type { Initiative } from './entities/initiative.entity';
import type { EndorsementJson, InitiativeDetailRow, InitiativeRow, SignatoryRow } from './initiatives.queries';

/** The reader's capabilities on initiatives, asked of the policy by name. */
export function initiativeReader(auth: AuthenticatedUser | null): InitiativeReader {
  if (!auth)
    return { canManage: false, canExport: false, canSign: false, canPropose: false, organizationActive: false };
  const own = () => ({ organizationId: auth.organization.id });
  return {
    canManage: auth.ability.can('update', 'Initiative'),
    canExport: auth.ability.can('export', 'Initiative'),
    canSign: auth.ability.can('create', subject('Endorsement', own())),
    canPropose: auth.ability.can('create', subject('EndorsementProposal', own())),
    organizationActive: auth.organization.status === 'active',
  };
}

/** Whether the reader takes part as an organization (proposes or signs), rather than running initiatives. */
export const takesPart = (reader: InitiativeReader) => reader.canSign || reader.canPropose;

export const staleInitiative = (current: number) =>
  new AppError(409, 'CONFLICT', 'Someone else changed this initiative since you opened it; reload it and try again', [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

export const alreadyEndorsed = () =>
  new AppError(409, 'CONFLICT', 'Your organization has just endorsed this initiative (another admin signed first)', [
    { field: 'organizationId', constraint: 'unique', message: 'Already endorsed' },
  ]);

export function summaryOf(row: InitiativeRow): InitiativeSummaryDto {
  return {
    id: row.id,
    titleEn: row.title_en,
    titleZh: row.title_zh,
    status: row.status,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    scheduled: row.scheduled,
    targetOrganizations: row.target_organizations,
    endorsements: Number(row.endorsements),
  };
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function endorsementOf(json: EndorsementJson): EndorsementDto {
  return { ...json, endorsedAt: iso(json.endorsedAt) as string };
}

export function detailOf(row: InitiativeDetailRow, reader: InitiativeReader): InitiativeDto {
  const mine = takesPart(reader)
    ? {
        endorsement: row.endorsement ? endorsementOf(row.endorsement) : null,
        proposal: row.proposal ? { ...row.proposal, createdAt: iso(row.proposal.createdAt) as string } : null,
        actions: endorsementActions(
          {
            initiativeStatus: row.status,
            endorsementStatus: row.endorsement?.status ?? null,
            proposalPending: row.proposal !== null,
          },
          reader,
        ),
      }
    : null;
  return {
    ...summaryOf(row),
    preambleEn: row.preamble_en,
    preambleZh: row.preamble_zh,
    principles: row.principles.map((p) => ({ en: p.en ?? null, zh: p.zh ?? null })),
    publishedAt: iso(row.published_at),
    closedAt: iso(row.closed_at),
    version: row.version,
    actions: initiativeActions(row, reader),
    mine,
  };
}

export function signatoryOf(row: Omit<SignatoryRow, 'total'>): SignatoryDto {
  return {
    organizationId: row.organization_id,
    nameEn: row.name_en,
    nameZh: row.name_zh,
    country: row.country,
    endorsedAt: new Date(row.endorsed_at).toISOString(),
    statementEn: row.statement_en,
    statementZh: row.statement_zh,
  };
}

/** What the audit log keeps of an initiative: its fields (the text is public). */
export const initiativeAuditState = (i: Initiative) => ({
  titleEn: i.titleEn,
  titleZh: i.titleZh,
  preambleEn: i.preambleEn,
  preambleZh: i.preambleZh,
  principles: i.principles,
  status: i.status,
  opensOn: i.opensOn,
  closesOn: i.closesOn,
  scheduled: i.scheduled,
  targetOrganizations: i.targetOrganizations,
});

/** Today's date (YYYY-MM-DD) in the alliance's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const initiativeTitles = (i: Pick<Initiative, 'titleEn' | 'titleZh'>) => ({
  titleEn: i.titleEn,
  titleZh: i.titleZh,
});
