import { subject } from '@casl/ability';
import { AGREEMENT_LIVE_STATUSES, type AgreementReader } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { unprocessable } from '../../common/errors/app-error';
import type { AgreementCommitment } from './entities/agreement-commitment.entity';
import type { PartnerAgreement } from './entities/partner-agreement.entity';

/** The attachments' record type of a document's versions. */
export const DOCUMENT_RECORD = 'agreement_document';

/** The reader as the agreement rules see it, asked of the policy (never the principal's type or role). */
export function readerOf(auth: AuthenticatedUser): AgreementReader {
  return {
    organizationId: auth.organization.id,
    manages: auth.ability.can('update', 'PartnerAgreement'),
    admin: auth.ability.can('update', subject('AgreementCommitment', { organizationId: auth.organization.id })),
  };
}

/** Whether the reader reads every agreement, drafts included (the secretariat). */
export const readsAll = (viewer: AuthenticatedUser | null): boolean =>
  viewer !== null && viewer.ability.can('readAll', 'PartnerAgreement');

/** Today's date (YYYY-MM-DD) in `timeZone`: the alliance's day decides activation, expiry and overdue. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A real calendar date YYYY-MM-DD (the DTO checks the shape; this the day). */
export const isCalendarDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

export const titlesOf = (record: { titleEn: string | null; titleZh: string | null }) => ({
  titleEn: record.titleEn,
  titleZh: record.titleZh,
});

/** What the audit log keeps of an agreement. */
export function agreementState(a: PartnerAgreement) {
  return {
    status: a.status,
    kind: a.kind,
    titleEn: a.titleEn,
    titleZh: a.titleZh,
    summaryEn: a.summaryEn,
    summaryZh: a.summaryZh,
    scopeEn: a.scopeEn,
    scopeZh: a.scopeZh,
    renewalTermsEn: a.renewalTermsEn,
    renewalTermsZh: a.renewalTermsZh,
    signedOn: a.signedOn,
    effectiveFrom: a.effectiveFrom,
    expiresOn: a.expiresOn,
    terminationReason: a.terminationReason,
  };
}

/** What the audit log keeps of a commitment. */
export function commitmentState(c: AgreementCommitment) {
  return {
    status: c.status,
    titleEn: c.titleEn,
    titleZh: c.titleZh,
    owner: c.owner,
    organizationId: c.organizationId,
    dueOn: c.dueOn,
    note: c.note,
  };
}

/** "1 July 2026, in 30 days" / "2026年7月1日（30天后）": when a reminder's date comes, in each language. */
export function reminderWhen(date: string, days: number): { en: string; zh: string } {
  const d = new Date(`${date}T00:00:00Z`);
  const en = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(d);
  const zh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return { en: `${en}, in ${days} days`, zh: `${zh}（${days}天后）` };
}

/** An expired or terminated agreement is kept as it ended: no edit, commitment or document. */
export function assertLive(agreement: Pick<PartnerAgreement, 'status'>): void {
  if (!(AGREEMENT_LIVE_STATUSES as readonly string[]).includes(agreement.status))
    throw unprocessable('AGREEMENT_CLOSED', 'An expired or terminated agreement is kept as it ended');
}
