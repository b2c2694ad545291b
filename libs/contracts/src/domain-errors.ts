/**
 * Why a domain refused a request (422 `UNPROCESSABLE`): a stable reason per rule, carried in the
 * error body's `reason` and, for a field, as the detail's `constraint`. The web translates each as
 * `errors.<domain>.<reason>` in both languages; a reason never changes once landed.
 */
export const DOMAIN_ERRORS = {
  organizations: [
    'ORGANIZATION_NAME_REQUIRED',
    'ORGANIZATION_WITHDRAWN',
    'SECRETARIAT_LOCKED',
    'SECRETARIAT_TYPE_FIXED',
  ],
  users: ['INVITING_ORGANIZATION_INACTIVE', 'OWN_ACCOUNT_STATUS', 'OWN_ROLE'],
  parks: [
    'PARK_OWNER_REQUIRED',
    'PARK_NAME_REQUIRED',
    'PARK_OWNER_WITHDRAWN',
    'PARK_OWNER_NOT_OPERATOR',
    'COORDINATES_UNPAIRED',
  ],
  posts: [
    'POST_TITLE_REQUIRED',
    'POST_ORGANIZATION_INACTIVE',
    'POST_REMOVED_READ_ONLY',
    'POST_EXPIRY_PASSED',
    'PIN_UNPUBLISHED',
    'POST_PARK_NOT_THEIRS',
    'EVENT_DETAILS_NOT_EVENT',
    'EVENT_DETAILS_REQUIRED',
    'EVENT_ENDS_BEFORE_START',
    'EVENT_FIGURES_BEFORE_START',
    'EVENT_TIME_ZONE_UNKNOWN',
    'EVENT_PLACE_REQUIRED',
    'EVENT_ENDED',
  ],
  moderation: ['OWN_POST_REPORT'],
  notifications: ['FOLLOWED_ORGANIZATION_UNKNOWN'],
  attachments: ['ATTACHMENTS_TOO_MANY', 'ATTACHMENT_NOT_USABLE'],
  financing: [
    'PARK_NOT_YOURS',
    'INSTITUTION_NOT_ACTIVE',
    'INSTITUTIONS_ONLY_NAMED',
    'INSTITUTION_REQUIRED',
    'AUDIENCE_FIXED',
    'INSTITUTION_KEPT',
    'OFFER_VALIDITY_PAST',
    'OFFER_NOT_PREPARED',
    'OFFER_EXPIRED',
    'OFFER_OUTDATED',
    'OFFER_NO_LONGER_VALID',
  ],
  policyBriefs: [
    'BRIEF_TITLE_REQUIRED',
    'BRIEF_ORGANIZATION_INACTIVE',
    'BRIEF_ATTACHMENT_NOT_PDF',
    'BRIEF_VERSION_UNKNOWN',
  ],
  countries: ['RATING_RATIONALE_REQUIRED', 'RATING_ORGANIZATION_INACTIVE'],
  riskAlerts: [
    'ALERT_TITLE_REQUIRED',
    'ALERT_BODY_REQUIRED',
    'ALERT_ORGANIZATION_INACTIVE',
    'ALERT_VALIDITY_ENDS_BEFORE_START',
    'ALERT_VALIDITY_PAST',
    'ALERT_UPDATE_EMPTY',
    'ALERT_ALL_CLEAR_REQUIRED',
    'ALERT_NOT_EXPOSED',
    'ALERT_ALREADY_ACKNOWLEDGED',
    'ALERT_NOTHING_TO_REMIND',
  ],
  memberIssues: [
    'ISSUE_TITLE_REQUIRED',
    'ISSUE_DESCRIPTION_REQUIRED',
    'ISSUE_ORGANIZATION_INACTIVE',
    'ISSUE_PARK_NOT_YOURS',
    'ISSUE_CASE_FINISHED',
    'CASE_TITLE_REQUIRED',
    'CASE_ANSWER_REQUIRED',
    'GOVERNMENT_BODY_INACTIVE',
    'GOVERNMENT_BODY_NAME_REQUIRED',
  ],
  cooperation: [
    'PROJECT_TITLE_REQUIRED',
    'PROJECT_SUMMARY_REQUIRED',
    'PROJECT_SECTOR_REQUIRED',
    'PROJECT_ORGANIZATION_INACTIVE',
    'PROJECT_PARK_NOT_YOURS',
    'PROJECT_DEADLINE_PAST',
    'PROJECT_RETURN_REASON_REQUIRED',
    'PROJECT_CLOSE_REASON_REQUIRED',
    'PROJECT_RENEWAL_TOO_EARLY',
    'PROJECT_NOT_OPEN',
    'INTEREST_OWN_PROJECT',
    'INTEREST_ORGANIZATION_INACTIVE',
    'INTEREST_MESSAGE_REQUIRED',
    'DEAL_INVESTMENT_REQUIRED',
    'DEAL_LOST_REASON_REQUIRED',
    'MATCH_NOT_SUGGESTED',
  ],
  meetings: [
    'MEETINGS_NOT_EVENT',
    'MEETINGS_EVENT_ENDED',
    'MEETING_SESSION_OUTSIDE_EVENT',
    'MEETING_SESSIONS_OVERLAP',
    'MEETING_SESSION_TOO_SHORT',
    'MEETING_SESSION_IN_USE',
    'MEETING_SESSION_UNKNOWN',
    'MEETING_NOT_PARTICIPANT',
    'MEETING_COUNTERPART_NOT_PARTICIPANT',
    'MEETING_OWN_ORGANIZATION',
    'MEETING_ALREADY_REQUESTED',
    'MEETING_TOO_MANY_REQUESTS',
    'MEETING_REASON_REQUIRED',
    'MEETING_NOT_ACCEPTED',
    'MEETING_SLOT_UNKNOWN',
    'MEETING_TABLE_UNKNOWN',
    'MEETING_NOT_AVAILABLE',
    'MEETING_PARTICIPANT_BUSY',
    'MEETING_TABLE_TAKEN',
    'MEETINGS_CLOSED',
  ],
} as const;

export type ErrorDomain = keyof typeof DOMAIN_ERRORS;
export type DomainErrorCode = (typeof DOMAIN_ERRORS)[ErrorDomain][number];

const DOMAIN_OF = new Map<string, ErrorDomain>(
  (Object.keys(DOMAIN_ERRORS) as ErrorDomain[]).flatMap((domain) =>
    DOMAIN_ERRORS[domain].map((code) => [code, domain] as const),
  ),
);

/** Every reason of every domain (each is unique across domains). */
export const DOMAIN_ERROR_CODES = [...DOMAIN_OF.keys()] as DomainErrorCode[];

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && DOMAIN_OF.has(value);
}

/** The i18n key of a reason, `errors.<domain>.<reason>`. */
export function domainErrorKey(code: DomainErrorCode): string {
  return `errors.${DOMAIN_OF.get(code)}.${code}`;
}
