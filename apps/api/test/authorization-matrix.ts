import { ORG } from '../../../seeds/demo-data';

/**
 * The authorization matrix: who may do what, to whose record. The spec, written by hand, of the
 * status every route answers to each principal (the visitor and each demo account) for a record
 * of their own organization, of another organization, or for a route without a record (lists,
 * creates). `authorization-matrix.int-spec.ts` sends every cell to the running app and fails on
 * a route of the app without rows here (or rows for a route the app lacks), so a new route needs
 * its rows. Each later platform adds its rows to this table.
 *
 * Reading a row: the columns are the principals, in the order of PRINCIPALS. NA: the principal has
 * no such record (the visitor has no organization; only operators have parks), so there is no cell.
 * Refusals: 401 for the visitor on a members' route, 403 where the policy closes the route to a
 * member, 404 for a record the member may not see or act on (exactly as if it did not exist).
 * Allowed: 2xx; or, past the checks of who may, 400 for the empty body a cell sends, 409 for the
 * stale `version` it sends (CONFLICT) or a step the record's state does not allow (ILLEGAL_TRANSITION),
 * 422 for a rule of the domain: so most allowed writes change nothing and the demo data stays as it
 * is for the next cells. Each principal runs its column, in this order, on a database of its own.
 */

export const PRINCIPALS = [
  'visitor',
  'secretariat',
  'operator',
  'operator2',
  'banker',
  'approver',
  'insurer',
  'partner',
  'researcher',
] as const;
export type Principal = (typeof PRINCIPALS)[number];
export type Member = Exclude<Principal, 'visitor'>;

/** The demo accounts (README.md), all with the demo password. */
export const ACCOUNTS: Record<Member, string> = {
  secretariat: 'secretariat@example.org', // the secretariat
  operator: 'operator@example.org', // admin, Sihanoukville SEZ (park operator)
  operator2: 'operator2@example.org', // admin, Jiangsu–Indonesia park (park operator)
  banker: 'banker@example.org', // member, Bank of Jiangsu (financial institution)
  approver: 'approver@example.org', // admin, Bank of Jiangsu
  insurer: 'insurer@example.org', // admin, Sinosure (financial institution)
  partner: 'partner@example.org', // admin, Jiangsu Lawyers Association (service partner)
  researcher: 'researcher@example.org', // admin, Nanjing Overseas Investment Research Institute
};

export const NA = 'n/a';
export type Status = 200 | 201 | 202 | 204 | 400 | 401 | 403 | 404 | 409 | 422 | typeof NA;
/** One status per principal, in the order of PRINCIPALS. */
export type Row = readonly [
  visitor: Status,
  secretariat: Status,
  operator: Status,
  operator2: Status,
  banker: Status,
  approver: Status,
  insurer: Status,
  partner: Status,
  researcher: Status,
];

/** Records the test creates through the API on each principal's database before the cells. */
export interface Fixtures {
  /** A draft post of the principal's organization, written by the principal. */
  draftPost?: string;
  /** A user the principal (an admin) invited into its own organization. */
  colleague?: string;
  /** A PDF the principal uploaded (unattached: its organization reads it). */
  upload?: string;
  /** PDFs the two operators uploaded. */
  operatorUpload: string;
  operator2Upload: string;
  /** The banker's report of the secretariat's pinned news post. */
  report: string;
  /** A draft policy brief of the principal's organization, written by the principal. */
  draftBrief?: string;
  /** An open cooperation project of the principal's organization (members; written to the database). */
  project?: string;
  /** Open cooperation projects of the two operators. */
  operatorProject: string;
  operator2Project: string;
}

/** The record that stands for a kind of cell, for one principal; undefined: there is none (NA). */
export type RecordOf = (principal: Principal, fixtures: Fixtures) => string | undefined;

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type RouteKey = `${HttpMethod} /api/${string}`;

interface Request {
  /** JSON body of a non-GET request; an empty object when not given. */
  body?: object;
  /** Query string, with its `?`. */
  query?: string;
}
export interface PlainEntry extends Request {
  kind: 'plain';
  none: Row;
}
export interface RecordEntry extends Request {
  kind: 'record';
  records: { own: RecordOf; other: RecordOf };
  own: Row;
  other: Row;
}
export type Entry = PlainEntry | RecordEntry;

/** A route without a record id. */
const plain = (none: Row, request: Request = {}): PlainEntry => ({ kind: 'plain', none, ...request });
/** A route with `{id}`: the principal's own organization's record and another organization's. */
const record = (
  records: { own: RecordOf; other: RecordOf },
  rows: { own: Row; other: Row },
  request: Request = {},
): RecordEntry => ({ kind: 'record', records, ...rows, ...request });

/** Records by principal; a principal left out has none. */
const by =
  (ids: Partial<Record<Principal, string>>): RecordOf =>
  (principal) =>
    ids[principal];
/** The same record for everyone but the principals named, who have none. */
const allBut =
  (id: string, ...none: Principal[]): RecordOf =>
  (principal) =>
    none.includes(principal) ? undefined : id;

// Seed ids (seeds/demo-data.ts, demo-posts.ts, demo-financing.ts).
const USER = {
  secretariat: '00000000-0000-4000-8000-000000000101',
  operator: '00000000-0000-4000-8000-000000000102',
  banker: '00000000-0000-4000-8000-000000000104',
  approver: '00000000-0000-4000-8000-000000000105',
  partner: '00000000-0000-4000-8000-000000000107',
} as const;
const PARK = {
  uae: '00000000-0000-4000-8000-000000000201', // Jiangsu Overseas Cooperation (jocic)
  ssez: '00000000-0000-4000-8000-000000000202',
  indonesia: '00000000-0000-4000-8000-000000000203',
} as const;
const APPLICATION = {
  serbia: '00000000-0000-4000-8000-000000000301',
  second: '00000000-0000-4000-8000-000000000302',
  third: '00000000-0000-4000-8000-000000000304',
} as const;
const POST = {
  pinnedNews: '00000000-0000-4000-8000-000000000401', // secretariat, public
  membersEvent: '00000000-0000-4000-8000-000000000409', // secretariat, members only, an event
  ssezOpportunity: '00000000-0000-4000-8000-000000000404', // public
  indonesiaDemand: '00000000-0000-4000-8000-000000000405', // public
  ssezDemand: '00000000-0000-4000-8000-000000000406', // public
} as const;
const NOTIFICATION = {
  bankerRead: '00000000-0000-4000-8000-000000000601',
  bankerUnread: '00000000-0000-4000-8000-000000000602',
  operatorQuestion: '00000000-0000-4000-8000-000000000941',
  insurerShared: '00000000-0000-4000-8000-000000000943',
} as const;
const FINANCING_REQUEST = {
  ssezOfferReceived: '00000000-0000-4000-8000-000000000701', // shared with Bank of Jiangsu and Sinosure
  jocicSubmitted: '00000000-0000-4000-8000-000000000702', // shared with Sinosure
  ssezWithdrawnDraft: '00000000-0000-4000-8000-000000000703', // never shared
  indonesiaAccepted: '00000000-0000-4000-8000-000000000704',
} as const;
const RELEASED_OFFER = '00000000-0000-4000-8000-000000000931'; // the bank's, on the Sihanoukville request
const REVIEW = {
  bankOnSsez: '00000000-0000-4000-8000-000000000801', // offer made
  sinosureOnSsez: '00000000-0000-4000-8000-000000000802', // info requested of the operator
  sinosureOnJocic: '00000000-0000-4000-8000-000000000803', // new
  sinosureOnIndonesia: '00000000-0000-4000-8000-000000000806', // declined
} as const;

const ORG_OF: Record<Member, string> = {
  secretariat: ORG.secretariat,
  operator: ORG.ssez,
  operator2: ORG.indonesia,
  banker: ORG.bankOfJiangsu,
  approver: ORG.bankOfJiangsu,
  insurer: ORG.sinosure,
  partner: ORG.lawyers,
  researcher: ORG.nanjing,
};
const ownOrganization: RecordOf = (p) => (p === 'visitor' ? undefined : ORG_OF[p]);
/** Organizations: another = an active founding member none of the demo accounts belongs to. */
const organizations = (other: string = ORG.jocic) => ({ own: ownOrganization, other: allBut(other) });

/** Users: own = a colleague (the one the admin invited; the banker, no admin, the bank's admin). */
const users = {
  own: ((p, f) => (p === 'banker' ? USER.approver : p === 'visitor' ? undefined : f.colleague)) as RecordOf,
  other: ((p) => (p === 'partner' ? USER.operator : USER.partner)) as RecordOf,
};
const parks = { own: by({ operator: PARK.ssez, operator2: PARK.indonesia }), other: allBut(PARK.uae) };
const applications = (id: string) => ({ own: by({}), other: allBut(id) });

/** Posts: own = the principal's draft; other = a public post of another organization. */
const ownDraft: RecordOf = (p, f) => (p === 'visitor' ? undefined : f.draftPost);
const posts = {
  own: ownDraft,
  other: ((p) => (p === 'operator' ? POST.indonesiaDemand : POST.ssezOpportunity)) as RecordOf,
};
/** For removal, a post no other cell of the principal uses. */
const postsToRemove = {
  own: ownDraft,
  other: ((p) => (p === 'operator' ? POST.indonesiaDemand : POST.ssezDemand)) as RecordOf,
};
/** Events: only the secretariat has one, for members only. */
const events = { own: by({ secretariat: POST.membersEvent }), other: allBut(POST.membersEvent, 'secretariat') };
const bankOfJiangsu: Principal[] = ['banker', 'approver'];
/** The report is the banker's: the Bank of Jiangsu's own record, another's for everyone else. */
const reports = {
  own: ((p, f) => (bankOfJiangsu.includes(p) ? f.report : undefined)) as RecordOf,
  other: ((p, f) => (bankOfJiangsu.includes(p) ? undefined : f.report)) as RecordOf,
};
/** Notifications are a user's own: the operator, the banker and the insurer have some. */
const notifications = {
  own: by({
    operator: NOTIFICATION.operatorQuestion,
    banker: NOTIFICATION.bankerUnread,
    insurer: NOTIFICATION.insurerShared,
  }),
  other: ((p) => (p === 'banker' ? NOTIFICATION.operatorQuestion : NOTIFICATION.bankerRead)) as RecordOf,
};
/**
 * Financing requests: the operators ask for finance. Another = the UAE zone's, submitted and shared
 * with Sinosure only; for Sinosure, with which every submitted demo request is shared, a draft never shared.
 */
const financingRequests = {
  own: by({ operator: FINANCING_REQUEST.ssezOfferReceived, operator2: FINANCING_REQUEST.indonesiaAccepted }),
  other: ((p) =>
    p === 'insurer' ? FINANCING_REQUEST.ssezWithdrawnDraft : FINANCING_REQUEST.jocicSubmitted) as RecordOf,
};
/** Reviews: own = one of the principal's institution, or of the operator's own request. */
const reviews = {
  own: by({
    operator: REVIEW.sinosureOnSsez,
    operator2: REVIEW.sinosureOnIndonesia,
    banker: REVIEW.bankOnSsez,
    approver: REVIEW.bankOnSsez,
    insurer: REVIEW.sinosureOnSsez,
  }),
  other: ((p) => (p === 'insurer' ? REVIEW.bankOnSsez : REVIEW.sinosureOnJocic)) as RecordOf,
};
/**
 * Policy briefs: own = the principal's draft; other = the Nanjing institute's published, public brief
 * (two versions); for the institute's researcher, the Lawyers Association's.
 */
const briefs = {
  own: ((p, f) => (p === 'visitor' ? undefined : f.draftBrief)) as RecordOf,
  other: ((p) =>
    p === 'researcher' ? '00000000-0000-4000-8000-000000001002' : '00000000-0000-4000-8000-000000001001') as RecordOf,
};
/** Countries are nobody's own: Cambodia for everyone. */
const countries = { own: by({}), other: allBut('KH') };
/**
 * Rating changes: the researcher's own = its institute's proposal for Cambodia (waiting); for the
 * others it is another organization's proposal, and for the researcher another is a published change.
 */
const KH_PROPOSAL = '00000000-0000-4000-8000-000000001390';
const ratings = {
  own: by({ researcher: KH_PROPOSAL }),
  other: ((p) => (p === 'researcher' ? '00000000-0000-4000-8000-000000001301' : KH_PROPOSAL)) as RecordOf,
};
/**
 * Risk alerts: the secretariat's own is its flooding alert for Cambodia, the researcher's its
 * institute's customs notice; for everyone else the flooding alert is another organization's (the
 * Sihanoukville operator is exposed to it), and for the secretariat the institute's notice.
 */
const ALERT = { flooding: '00000000-0000-4000-8000-000000001501', customs: '00000000-0000-4000-8000-000000001502' };
const alerts = {
  own: by({ secretariat: ALERT.flooding, researcher: ALERT.customs }),
  other: ((p) => (p === 'secretariat' ? ALERT.customs : ALERT.flooding)) as RecordOf,
};
/**
 * The member issues log (seeds/demo-issues.ts). Issues: own = one of the principal's organization
 * waiting in the secretariat's inbox (the operators'), or the bank's confidential one (filed); other =
 * the bank's confidential issue (for the bank, the Sihanoukville operator's). Cases: own = the case
 * holding the principal's issue (the operators': the answered Form E case; the bank's: its confidential
 * case); other = the confidential case (for the bank, the Form E case, which every member may read).
 */
const ISSUE = {
  ssezInbox: '00000000-0000-4000-8000-000000002304',
  indonesiaInbox: '00000000-0000-4000-8000-000000002305',
  bankConfidential: '00000000-0000-4000-8000-000000002303',
} as const;
const ISSUE_CASE = {
  formE: '00000000-0000-4000-8000-000000002201',
  confidential: '00000000-0000-4000-8000-000000002202',
} as const;
const memberIssues = {
  own: by({
    operator: ISSUE.ssezInbox,
    operator2: ISSUE.indonesiaInbox,
    banker: ISSUE.bankConfidential,
    approver: ISSUE.bankConfidential,
  }),
  other: ((p) => (bankOfJiangsu.includes(p) ? ISSUE.ssezInbox : ISSUE.bankConfidential)) as RecordOf,
};
const issueCases = {
  own: by({
    operator: ISSUE_CASE.formE,
    operator2: ISSUE_CASE.formE,
    banker: ISSUE_CASE.confidential,
    approver: ISSUE_CASE.confidential,
  }),
  other: ((p) => (bankOfJiangsu.includes(p) ? ISSUE_CASE.formE : ISSUE_CASE.confidential)) as RecordOf,
};
/** Cooperation matches: own = an open project of the principal's organization; other = an operator's. */
const matchProjects = {
  own: ((p, f) => (p === 'visitor' || p === 'secretariat' ? undefined : f.project)) as RecordOf,
  other: ((p, f) => (p === 'operator' ? f.operator2Project : f.operatorProject)) as RecordOf,
};
const governmentBodies = { own: by({}), other: allBut('00000000-0000-4000-8000-000000002103') };
/**
 * Cooperation (seeds/demo-cooperation-deals.ts): the Sihanoukville operator's project in talks (3101) and
 * the UAE zone's open one (3102, of an organization no demo account belongs to). Expressions: the bank's
 * accepted interest in 3101, with its thread and deal (the operator's and the bank's own); the Indonesia
 * park's open one and Sinosure's declined one on 3101; the Nanjing institute's open one on 3102. Another's
 * expression is the bank's (the institute's, for the operator and the bank). Deals: the one deal, the
 * operator's (owner) and the bank's (partner); another's for everyone else.
 */
const COOPERATION_PROJECT = {
  ssez: '00000000-0000-4000-8000-000000003101',
  uae: '00000000-0000-4000-8000-000000003102',
} as const;
const EXPRESSION = {
  bankAccepted: '00000000-0000-4000-8000-000000003201',
  indonesiaOpen: '00000000-0000-4000-8000-000000003202',
  sinosureDeclined: '00000000-0000-4000-8000-000000003203',
  nanjingOpen: '00000000-0000-4000-8000-000000003205',
} as const;
const DEAL = '00000000-0000-4000-8000-000000003401';
const cooperationProjects = { own: by({ operator: COOPERATION_PROJECT.ssez }), other: allBut(COOPERATION_PROJECT.uae) };
const expressions = {
  own: by({
    operator: EXPRESSION.bankAccepted,
    banker: EXPRESSION.bankAccepted,
    approver: EXPRESSION.bankAccepted,
    operator2: EXPRESSION.indonesiaOpen,
    insurer: EXPRESSION.sinosureDeclined,
    researcher: EXPRESSION.nanjingOpen,
  }),
  other: ((p) =>
    p === 'operator' || bankOfJiangsu.includes(p) ? EXPRESSION.nanjingOpen : EXPRESSION.bankAccepted) as RecordOf,
};
const deals = {
  own: by({ operator: DEAL, banker: DEAL, approver: DEAL }),
  other: ((p) => (p === 'operator' || bankOfJiangsu.includes(p) ? undefined : DEAL)) as RecordOf,
};
/**
 * Cooperation projects (seeds/demo-cooperation.ts): own = the Sihanoukville zone's open public project
 * (the operator's), the Indonesia park's project in review (operator2's); other = the China-UAE zone's
 * open project for members only (a 404 to visitors).
 */
const PROJECT = {
  sihanoukville: '00000000-0000-4000-8000-000000003101',
  uae: '00000000-0000-4000-8000-000000003102',
  indonesiaInReview: '00000000-0000-4000-8000-000000003103',
} as const;
const projects = {
  own: by({ operator: PROJECT.sihanoukville, operator2: PROJECT.indonesiaInReview }),
  other: allBut(PROJECT.uae),
};
/**
 * B2B meetings (test/support/meetings.ts, MEETINGS_FIXTURE): the secretariat's conference and the
 * Sihanoukville zone's, both for members with their meetings open and the five demo participants
 * registered (the operators' organizations, the bank, Sinosure, the lawyers; not the Nanjing institute).
 * Own = the conference the principal's organization organizes; other = the secretariat's (for the
 * secretariat, the zone's: it organizes every event's meetings). Meetings, at the secretariat's: the
 * zone's accepted request of the bank (own for both sides), the Indonesia park's request that Sinosure
 * declined (own for both sides); another's for everyone else.
 */
const MEETINGS = {
  secretariatConference: '00000000-0000-4000-8000-0000000f1701',
  operatorConference: '00000000-0000-4000-8000-0000000f1702',
  accepted: '00000000-0000-4000-8000-0000000f1721',
  declined: '00000000-0000-4000-8000-0000000f1722',
} as const;
const meetingEvents = {
  own: by({ secretariat: MEETINGS.secretariatConference, operator: MEETINGS.operatorConference }),
  other: ((p) => (p === 'secretariat' ? MEETINGS.operatorConference : MEETINGS.secretariatConference)) as RecordOf,
};
const acceptedSides: Principal[] = ['operator', 'banker', 'approver'];
const meetings = {
  own: by({
    operator: MEETINGS.accepted,
    banker: MEETINGS.accepted,
    approver: MEETINGS.accepted,
    operator2: MEETINGS.declined,
    insurer: MEETINGS.declined,
  }),
  other: ((p) => (acceptedSides.includes(p) ? MEETINGS.declined : MEETINGS.accepted)) as RecordOf,
};
/** Programme settings with a stale version: the organizer is refused with 409 and nothing changes. */
const MEETING_SETTINGS = {
  meetingMinutes: 20,
  tables: 6,
  sessions: [{ startsAt: '2030-03-16T02:00:00.000Z', endsAt: '2030-03-16T04:00:00.000Z' }],
  version: 999_999,
};
/** Initiatives (seeds/demo-initiatives.ts): the demo one, open for endorsement; the secretariat's own, everyone else's another's. */
const INITIATIVE = '00000000-0000-4000-8000-000000003801';
const initiatives = { own: by({ secretariat: INITIATIVE }), other: allBut(INITIATIVE, 'secretariat') };
const COMMENT = { body: 'Authorization matrix' };
const attachments = {
  own: ((p, f) => (p === 'visitor' ? undefined : f.upload)) as RecordOf,
  other: ((p, f) => (p === 'operator2' ? f.operatorUpload : f.operator2Upload)) as RecordOf,
};

/** Annual reports: none in the demo data; an id no report has stands for "another's" to everyone. */
const ANNUAL_REPORT = '00000000-0000-4000-8000-0000000a1919';
const annualReports = { own: by({}), other: allBut(ANNUAL_REPORT) };

/** A version no record has: the step is refused with 409 after the record is found and allowed. */
const STALE = { version: 999_999 };
const REASON = { reason: 'Authorization matrix' };
const SEARCH = { query: '?q=park' };

/**
 * Partner agreements (seeds/demo-agreements.ts): own = one the principal's organization is a counterparty
 * of (the secretariat's: the lawyers association's); other = one it is not (the partner: Sinosure's).
 * Commitments: the partner's is the lawyers' open one, the insurer's Sinosure's open one, the bank's the
 * alliance's own commitment under its agreement; the secretariat's own is a done one, its other a waived one.
 */
const AGREEMENT = {
  lawyers: '00000000-0000-4000-8000-00000000a101',
  sinosure: '00000000-0000-4000-8000-00000000a103',
  bankOfJiangsu: '00000000-0000-4000-8000-00000000a105',
} as const;
const COMMITMENT = {
  lawyersOpen: '00000000-0000-4000-8000-00000000a111',
  allianceDone: '00000000-0000-4000-8000-00000000a112',
  sinosureOpen: '00000000-0000-4000-8000-00000000a114',
  bankAlliance: '00000000-0000-4000-8000-00000000a115',
  bocWaived: '00000000-0000-4000-8000-00000000a116',
} as const;
const agreements = {
  own: by({
    secretariat: AGREEMENT.lawyers,
    banker: AGREEMENT.bankOfJiangsu,
    approver: AGREEMENT.bankOfJiangsu,
    insurer: AGREEMENT.sinosure,
    partner: AGREEMENT.lawyers,
  }),
  other: ((p) => (p === 'partner' ? AGREEMENT.sinosure : AGREEMENT.lawyers)) as RecordOf,
};
const commitments = {
  own: by({
    secretariat: COMMITMENT.allianceDone,
    banker: COMMITMENT.bankAlliance,
    approver: COMMITMENT.bankAlliance,
    insurer: COMMITMENT.sinosureOpen,
    partner: COMMITMENT.lawyersOpen,
  }),
  other: ((p) =>
    p === 'secretariat'
      ? COMMITMENT.bocWaived
      : p === 'partner'
        ? COMMITMENT.sinosureOpen
        : COMMITMENT.lawyersOpen) as RecordOf,
};
/** No demo document: the cells check who may (an empty body is 400 before the record is looked up). */
const agreementDocuments = { own: by({}), other: allBut('00000000-0000-4000-8000-00000000a1f1') };

/**
 * The service catalogue (seeds/demo-agreement-services.ts). Services: own = one the principal's
 * organization provides (the secretariat's: the legal consultation), other = one it does not. Requests:
 * own = one the principal's organization asked for or provides (the operator's Sinosure pre-assessment,
 * accepted; operator2's legal consultation, delivered and rated; the banks' credit line, requested; the
 * lawyers' Viet Nam consultation, requested); other = one it is no side of (the secretariat reads its
 * metadata, never its thread).
 */
const SERVICE = {
  legal: '00000000-0000-4000-8000-00000000c101',
  preAssessment: '00000000-0000-4000-8000-00000000c103',
  bankOfJiangsu: '00000000-0000-4000-8000-00000000c105',
} as const;
const SERVICE_REQUEST = {
  operator2Legal: '00000000-0000-4000-8000-00000000c201',
  operatorPreAssessment: '00000000-0000-4000-8000-00000000c203',
  vietnamBank: '00000000-0000-4000-8000-00000000c204',
  vietnamLegal: '00000000-0000-4000-8000-00000000c207',
} as const;
const agreementServices = {
  own: by({
    secretariat: SERVICE.legal,
    banker: SERVICE.bankOfJiangsu,
    approver: SERVICE.bankOfJiangsu,
    insurer: SERVICE.preAssessment,
    partner: SERVICE.legal,
  }),
  other: ((p) => (p === 'partner' ? SERVICE.preAssessment : SERVICE.legal)) as RecordOf,
};
const serviceRequests = {
  own: by({
    operator: SERVICE_REQUEST.operatorPreAssessment,
    operator2: SERVICE_REQUEST.operator2Legal,
    banker: SERVICE_REQUEST.vietnamBank,
    approver: SERVICE_REQUEST.vietnamBank,
    insurer: SERVICE_REQUEST.operatorPreAssessment,
    partner: SERVICE_REQUEST.vietnamLegal,
  }),
  other: ((p) =>
    p === 'operator' || p === 'insurer'
      ? SERVICE_REQUEST.vietnamBank
      : SERVICE_REQUEST.operatorPreAssessment) as RecordOf,
};

// prettier-ignore
export const MATRIX = {
  // ── sign-in and the account ─────────────────── visitor secr  op    op2   bank  appr  ins   partner research
  'POST /api/auth/login':                   plain([400,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/auth/session':                  plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/auth/me':                       plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'PATCH /api/auth/me':                     plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/auth/password':                plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'POST /api/auth/password/forgot':         plain([400,    400,  400,  400,  400,  400,  400,  400,  400]),
  'POST /api/auth/password/reset':          plain([400,    400,  400,  400,  400,  400,  400,  400,  400]),
  'POST /api/auth/invitations/accept':      plain([400,    400,  400,  400,  400,  400,  400,  400,  400]),
  'POST /api/auth/logout':                  plain([401,    204,  204,  204,  204,  204,  204,  204,  204]),
  'GET /api/health':                        plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  // ── audit: the secretariat reads the log
  'GET /api/audit':                         plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),

  // ── organizations: public directory; the secretariat runs their lifecycle; an admin edits its own
  'GET /api/organizations':                 plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/organizations':                plain([401,    400,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/organizations/export':          plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/organizations/{id}': record(organizations(), {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/organizations/{id}': record(organizations(), {
    own:                                         [NA,     200,  200,  200,  403,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  403,  404,  404,  404,  404],
  }),
  // Transitions, the secretariat's alone: active organizations are neither activated nor reinstated (409);
  // the secretariat's own is never suspended or withdrawn (422).
  'POST /api/organizations/{id}/activate': record(organizations(), {
    own:                                         [NA,     409,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),
  'POST /api/organizations/{id}/suspend': record(organizations(ORG.egypt), {
    own:                                         [NA,     422,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),
  'POST /api/organizations/{id}/reinstate': record(organizations(ORG.kazakhstan), {
    own:                                         [NA,     409,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),
  'POST /api/organizations/{id}/withdraw': record(organizations(ORG.tanzania), {
    own:                                         [NA,     422,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),

  // ── users: an organization's admin invites and manages its colleagues; the secretariat anyone's
  'GET /api/users':                         plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/users':                        plain([401,    400,  400,  400,  403,  400,  400,  400,  400]),
  'PATCH /api/users/{id}/role': record(users, {
    own:                                         [NA,     200,  200,  200,  403,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  403,  404,  404,  404,  404],
  }, { body: { orgRole: 'member' } }),
  'POST /api/users/{id}/disable': record(users, {
    own:                                         [NA,     200,  200,  200,  403,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  403,  404,  404,  404,  404],
  }),
  'POST /api/users/{id}/enable': record(users, {
    own:                                         [NA,     200,  200,  200,  403,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  403,  404,  404,  404,  404],
  }),

  // ── parks: a public directory; operators keep their own parks; the secretariat imports and exports
  'GET /api/parks':                         plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/parks/map':                     plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/parks/stats':                   plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/parks/export':                  plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'POST /api/parks/import':                 plain([401,    400,  403,  403,  403,  403,  403,  403,  403]),
  'POST /api/parks':                        plain([401,    400,  400,  400,  403,  403,  403,  403,  403]),
  'GET /api/parks/{id}': record(parks, {
    own:                                         [NA,     NA,   200,  200,  NA,   NA,   NA,   NA,  NA],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/parks/{id}': record(parks, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    409,  404,  404,  403,  403,  403,  403,  403],
  }, { body: STALE }),

  // ── membership applications: anyone applies; the secretariat decides. They belong to no member.
  'POST /api/membership-applications':      plain([400,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/membership-applications':       plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/membership-applications/{id}': record(applications(APPLICATION.serbia), {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/membership-applications/{id}/approve': record(applications(APPLICATION.second), {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/membership-applications/{id}/reject': record(applications(APPLICATION.third), {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),

  // ── posts: every member writes its own organization's; the secretariat pins and moderates
  'GET /api/posts':                         plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/posts':                        plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'POST /api/posts/preview':                plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/posts/{id}': record(posts, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/posts/{id}': record(posts, {
    own:                                         [NA,     409,  409,  409,  409,  409,  409,  409,  409],
    other:                                       [401,    409,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  // Nobody reports their own organization's post (422).
  'POST /api/posts/{id}/reports': record(posts, {
    own:                                         [NA,     422,  422,  422,  422,  422,  422,  422,  422],
    other:                                       [401,    201,  201,  201,  201,  201,  201,  201,  201],
  }, { body: REASON }),
  'POST /api/posts/{id}/publish': record(posts, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [401,    409,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/posts/{id}/pin': record(posts, {
    own:                                         [NA,     200,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/posts/{id}/unpin': record(posts, {
    own:                                         [NA,     200,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/posts/{id}/moderation': record(posts, {
    own:                                         [NA,     200,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/posts/{id}/archive': record(posts, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/posts/{id}/remove': record(postsToRemove, {
    own:                                         [NA,     200,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),
  // Events: the calendar file for whoever sees the post; registrations for members; the list for its organization.
  'GET /api/posts/{id}/event.ics': record(events, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [404,    NA,   200,  200,  200,  200,  200,  200,  200],
  }),
  'POST /api/posts/{id}/registrations': record(events, {
    own:                                         [NA,     201,  NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    NA,   201,  201,  201,  201,  201,  201,  201],
  }),
  'POST /api/posts/{id}/registrations/cancel': record(events, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    NA,   200,  200,  200,  200,  200,  200,  200],
  }),
  'GET /api/posts/{id}/registrations.csv': record(events, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    NA,   404,  404,  404,  404,  404,  404,  404],
  }),
  'GET /api/search':                        plain([200,    200,  200,  200,  200,  200,  200,  200,  200], SEARCH),

  // ── moderation: the secretariat's queue of reports
  'GET /api/moderation/reports':            plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'POST /api/moderation/reports/{id}/dismiss': record(reports, {
    own:                                         [NA,     NA,   NA,   NA,   403,  403,  NA,   NA,  NA],
    other:                                       [401,    200,  403,  403,  NA,   NA,   403,  403,  403],
  }),

  // ── notifications and follows: each user's own
  'GET /api/notifications':                 plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/notifications/read-all':       plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/notifications/{id}/read': record(notifications, {
    own:                                         [NA,     NA,   200,  NA,   200,  NA,   200,  NA,  NA],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'GET /api/me/follows':                    plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'PUT /api/me/follows':                    plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/me/notification-settings':      plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'PUT /api/me/notification-settings':      plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),

  // ── financing requests: operators ask; the secretariat follows the pipeline but decides nothing
  'GET /api/financing-requests':            plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  // An empty body is a valid draft: the operator's answer is 201.
  'POST /api/financing-requests':           plain([401,    403,  201,  201,  403,  403,  403,  403,  403]),
  'GET /api/financing-requests/pipeline':   plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/financing-requests/export':     plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/financing-requests/{id}': record(financingRequests, {
    own:                                         [NA,     NA,   200,  200,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'PATCH /api/financing-requests/{id}': record(financingRequests, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/financing-requests/{id}/submit': record(financingRequests, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/financing-requests/{id}/withdraw': record(financingRequests, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: { ...REASON, ...STALE } }),
  'POST /api/financing-requests/{id}/close': record(financingRequests, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: { ...REASON, ...STALE } }),
  'POST /api/financing-requests/{id}/accept': record(financingRequests, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: { offerId: RELEASED_OFFER, ...STALE } }),

  // ── financing reviews: an institution's staff review what is shared with it; its admin releases offers
  'GET /api/financing-reviews':             plain([401,    403,  403,  403,  200,  200,  200,  403,  403]),
  // The banker and the approver have declared on their review, the insurer on its own (409 on a new declaration).
  'GET /api/financing-reviews/{id}': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  200,  200,  200,  NA,  NA],
    other:                                       [401,    403,  403,  403,  404,  404,  404,  403,  403],
  }),
  'POST /api/financing-reviews/{id}/declaration': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,  NA],
    other:                                       [401,    403,  403,  403,  404,  404,  404,  403,  403],
  }, { body: { conflict: false } }),
  'POST /api/financing-reviews/{id}/request-info': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,  NA],
    other:                                       [401,    403,  403,  403,  404,  404,  404,  403,  403],
  }, { body: { body: 'A question from the matrix', ...STALE } }),
  'POST /api/financing-reviews/{id}/answer': record(reviews, {
    own:                                         [NA,     NA,   409,  409,  403,  403,  403,  NA,  NA],
    other:                                       [401,    403,  404,  404,  403,  403,  403,  403,  403],
  }, { body: { body: 'An answer from the matrix', ...STALE } }),
  'POST /api/financing-reviews/{id}/offer': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,  NA],
    other:                                       [401,    403,  403,  403,  404,  404,  404,  403,  403],
  }, {
    body: {
      amount: '1000000.00', currency: 'USD', rateKind: 'interest', ratePercent: '4.35', tenorMonths: 12,
      validUntil: '2099-01-31', ...STALE,
    },
  }),
  'POST /api/financing-reviews/{id}/offer/release': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  403,  409,  409,  NA,  NA],
    other:                                       [401,    403,  403,  403,  403,  404,  404,  403,  403],
  }, { body: STALE }),
  'POST /api/financing-reviews/{id}/decline': record(reviews, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,  NA],
    other:                                       [401,    403,  403,  403,  404,  404,  404,  403,  403],
  }, { body: { ...REASON, ...STALE } }),

  // ── policy briefs: every member writes its own; the secretariat reviews (never its own writing) and
  // may retract; an admin retracts its organization's. Cells run in this order on the principal's draft:
  // it is submitted, after which writing steps answer 409.
  'GET /api/policy-briefs':                 plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/policy-briefs':                plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/policy-briefs/{id}': record(briefs, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'GET /api/policy-briefs/{id}/versions': record(briefs, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'GET /api/policy-briefs/{id}/diff': record(briefs, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }, { query: '?from=1&to=1' }),
  // The review thread: the brief's organization and the secretariat.
  'GET /api/policy-briefs/{id}/comments': record(briefs, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/policy-briefs/{id}/comments': record(briefs, {
    own:                                         [NA,     201,  201,  201,  201,  201,  201,  201,  201],
    other:                                       [401,    201,  404,  404,  404,  404,  404,  404,  404],
  }, { body: COMMENT }),
  'PATCH /api/policy-briefs/{id}': record(briefs, {
    own:                                         [NA,     409,  409,  409,  409,  409,  409,  409,  409],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/policy-briefs/{id}/submit': record(briefs, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }),
  // The secretariat never reviews what it wrote (its own draft, 403); the other brief has no version in review (409).
  'POST /api/policy-briefs/{id}/request-changes': record(briefs, {
    own:                                         [NA,     403,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: COMMENT }),
  'POST /api/policy-briefs/{id}/publish': record(briefs, {
    own:                                         [NA,     403,  403,  403,  403,  403,  403,  403,  403],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/policy-briefs/{id}/new-version': record(briefs, {
    own:                                         [NA,     409,  409,  409,  409,  409,  409,  409,  409],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/policy-briefs/{id}/retract': record(briefs, {
    own:                                         [NA,     409,  409,  409,  403,  409,  409,  409,  409],
    other:                                       [401,    200,  404,  404,  403,  404,  404,  404,  404],
  }, { body: REASON }),

  // ── countries: grades and profiles for anyone; the secretariat keeps the notes; a research institute's
  // admin or the secretariat proposes a rating change, another secretariat user publishes it.
  'GET /api/countries':                     plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/countries/{country}': record(countries, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/countries/{country}': record(countries, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/countries/{country}/ratings': record(countries, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  400],
  }),
  'GET /api/country-ratings':               plain([401,    200,  403,  403,  403,  403,  403,  403,  200]),
  'GET /api/country-ratings/{id}': record(ratings, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   200],
    other:                                       [404,    200,  404,  404,  404,  404,  404,  404,  200],
  }),
  // The secretariat publishes the researcher's proposal (then cannot reject it: 409); nobody else decides.
  'POST /api/country-ratings/{id}/publish': record(ratings, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/country-ratings/{id}/reject': record(ratings, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   403],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: REASON }),

  // ── risk alerts: members read them; the secretariat and research institutes' and service providers'
  // admins issue and change them (a request without its version: 400); an exposed organization's admin
  // acknowledges (the others are not exposed: 422); the secretariat releases, reports and reminds.
  'GET /api/risk-alerts':                   plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/risk-alerts':                  plain([401,    400,  403,  403,  403,  403,  403,  400,  400]),
  'GET /api/risk-alerts/{id}': record(alerts, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   200],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'GET /api/risk-alerts/{id}/report': record(alerts, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/risk-alerts/{id}/updates': record(alerts, {
    own:                                         [NA,     400,  NA,   NA,   NA,   NA,   NA,   NA,   400],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  400,  400],
  }),
  'POST /api/risk-alerts/{id}/release': record(alerts, {
    own:                                         [NA,     400,  NA,   NA,   NA,   NA,   NA,   NA,   403],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/risk-alerts/{id}/withdraw': record(alerts, {
    own:                                         [NA,     400,  NA,   NA,   NA,   NA,   NA,   NA,   400],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  400,  400],
  }),
  'POST /api/risk-alerts/{id}/acknowledge': record(alerts, {
    own:                                         [NA,     422,  NA,   NA,   NA,   NA,   NA,   NA,   422],
    other:                                       [401,    422,  200,  422,  403,  422,  422,  422,  422],
  }),
  'POST /api/risk-alerts/{id}/remind': record(alerts, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   403],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),

  // ── member issues log: a member raises issues for its organization, which with the secretariat alone
  // opens them (404 to anyone else); the secretariat files them in cases, works the cases, keeps the list
  // of government bodies and exports the cases. Closing sends a stale version: nothing changes (409).
  'POST /api/member-issues':                plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/member-issues':                 plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/member-issues/{id}': record(memberIssues, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  NA,   NA,   NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  // The confidential issue is filed already (409); members never file.
  'POST /api/member-issues/{id}/file': record(memberIssues, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/member-issues/{id}/close': record(memberIssues, {
    own:                                         [NA,     NA,   409,  409,  409,  409,  NA,   NA,   NA],
    other:                                       [401,    409,  404,  404,  404,  404,  404,  404,  404],
  }, { body: { ...REASON, ...STALE } }),
  // A member reads the cases it holds an issue in, and those with an issue that is not confidential.
  'GET /api/issue-cases':                   plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/issue-cases/export.csv':        plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/issue-cases/{id}': record(issueCases, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  NA,   NA,   NA],
    other:                                       [401,    200,  404,  404,  200,  200,  404,  404,  404],
  }),
  'PATCH /api/issue-cases/{id}': record(issueCases, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/issue-cases/{id}/relay': record(issueCases, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: { governmentBodyId: '00000000-0000-4000-8000-000000002103', relayedText: 'Matrix', ...STALE } }),
  'POST /api/issue-cases/{id}/answer': record(issueCases, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/issue-cases/{id}/resolve': record(issueCases, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/issue-cases/{id}/close': record(issueCases, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: { ...REASON, ...STALE } }),
  'GET /api/government-bodies':             plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  // The empty body names no body (422 GOVERNMENT_BODY_NAME_REQUIRED); an empty change changes nothing.
  'POST /api/government-bodies':            plain([401,    422,  403,  403,  403,  403,  403,  403,  403]),
  'PATCH /api/government-bodies/{id}': record(governmentBodies, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),

  // ── cooperation: expressions of interest are the two organizations' alone (404 to anyone else, the
  // secretariat too); any other member expresses interest (the empty body has no message: 422); the owner
  // answers (the bank's accepted expression: 409), the interested side withdraws (the open ones: 200) and
  // either side writes in the thread of an accepted one. Deals: the two organizations and the secretariat
  // read them; the owner moves the deal at the site visit (negotiation, agreement: 200; investment and
  // loss without their figures: 422); the secretariat alone reads the figures and the export.
  'GET /api/cooperation/projects/{id}/expressions': record(cooperationProjects, {
    own:                                         [NA,     NA,   200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/cooperation/projects/{id}/expressions': record(cooperationProjects, {
    own:                                         [NA,     NA,   422,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  422,  422,  422,  422,  422,  422,  422],
  }),
  'GET /api/cooperation/expressions':       plain([401,    403,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/cooperation/expressions/{id}': record(expressions, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  200,  NA,   200],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/cooperation/expressions/{id}/accept': record(expressions, {
    own:                                         [NA,     NA,   409,  403,  403,  403,  403,  NA,   403],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/cooperation/expressions/{id}/decline': record(expressions, {
    own:                                         [NA,     NA,   409,  403,  403,  403,  403,  NA,   403],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }, { body: REASON }),
  'POST /api/cooperation/expressions/{id}/withdraw': record(expressions, {
    own:                                         [NA,     NA,   403,  200,  409,  409,  409,  NA,   200],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/cooperation/expressions/{id}/messages': record(expressions, {
    own:                                         [NA,     NA,   201,  409,  201,  201,  409,  NA,   409],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }, { body: COMMENT }),
  'GET /api/cooperation/deals':             plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/cooperation/deals/figures':     plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/cooperation/deals/export.csv':  plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/cooperation/deals/{id}': record(deals, {
    own:                                         [NA,     NA,   200,  NA,   200,  200,  NA,   NA,   NA],
    other:                                       [401,    200,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  'POST /api/cooperation/deals/{id}/site_visit': record(deals, {
    own:                                         [NA,     NA,   409,  NA,   403,  403,  NA,   NA,   NA],
    other:                                       [401,    403,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  'POST /api/cooperation/deals/{id}/negotiation': record(deals, {
    own:                                         [NA,     NA,   200,  NA,   403,  403,  NA,   NA,   NA],
    other:                                       [401,    403,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  'POST /api/cooperation/deals/{id}/agreement_signed': record(deals, {
    own:                                         [NA,     NA,   200,  NA,   403,  403,  NA,   NA,   NA],
    other:                                       [401,    403,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  'POST /api/cooperation/deals/{id}/investment_made': record(deals, {
    own:                                         [NA,     NA,   422,  NA,   403,  403,  NA,   NA,   NA],
    other:                                       [401,    403,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  'POST /api/cooperation/deals/{id}/lost': record(deals, {
    own:                                         [NA,     NA,   422,  NA,   403,  403,  NA,   NA,   NA],
    other:                                       [401,    403,  NA,   404,  NA,   NA,   404,  404,  404],
  }),
  // ── cooperation matches: members' (those who may express interest); a project's list is its owner's
  // alone (404 to everyone else, the secretariat too); the empty dismissal names no project (400).
  'GET /api/cooperation/matches':           plain([401,    403,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/cooperation/matches/dismissals': plain([401,  403,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/cooperation/projects/{id}/matches': record(matchProjects, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  200,  200,  200],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  // ── cooperation projects: anyone reads the published ones (visitors the public ones); any member writes
  // its organization's and takes it through review (another's: 404); the secretariat reviews and owns none.
  // Steps send a stale version: past the checks of who may, nothing changes (409).
  'GET /api/cooperation/projects':          plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/cooperation/projects':         plain([401,    403,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/cooperation/projects/{id}': record(projects, {
    own:                                         [NA,     NA,   200,  200,  NA,   NA,   NA,   NA,   NA],
    other:                                       [404,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/cooperation/projects/{id}': record(projects, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/cooperation/projects/{id}/submit': record(projects, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/cooperation/projects/{id}/approve': record(projects, {
    own:                                         [NA,     NA,   403,  403,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/cooperation/projects/{id}/return': record(projects, {
    own:                                         [NA,     NA,   403,  403,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: { ...REASON, ...STALE } }),
  'POST /api/cooperation/projects/{id}/reopen': record(projects, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/cooperation/projects/{id}/close': record(projects, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: { outcome: 'withdrawn', ...REASON, ...STALE } }),
  'POST /api/cooperation/projects/{id}/renew': record(projects, {
    own:                                         [NA,     NA,   409,  409,  NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),

  // ── B2B meetings: whoever sees the event reads its programme (a members' event: 404 to visitors); its
  // organizer (the event's organization, the secretariat for any event) sets it up, publishes, closes and
  // schedules (a stale version: 409; others 403); participants (a confirmed registration) set their
  // availability (unchanged: 200), see the participants, requests and their agenda, and ask for meetings
  // (of the secretariat, which takes part in none: 422); the Nanjing institute is not registered (403 on
  // reads, 422 on writes); the secretariat requests and answers none (403).
  'GET /api/events/{eventId}/meetings': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [404,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PUT /api/events/{eventId}/meetings': record(meetingEvents, {
    own:                                         [NA,     409,  409,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: MEETING_SETTINGS }),
  'POST /api/events/{eventId}/meetings/publish': record(meetingEvents, {
    own:                                         [NA,     409,  409,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/events/{eventId}/meetings/close': record(meetingEvents, {
    own:                                         [NA,     409,  409,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'PUT /api/events/{eventId}/meetings/availability': record(meetingEvents, {
    own:                                         [NA,     403,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  200,  200,  200,  200,  200,  200,  422],
  }, { body: { sessionIds: [] } }),
  'GET /api/events/{eventId}/meetings/participants': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  403],
  }),
  'POST /api/events/{eventId}/meetings/requests': record(meetingEvents, {
    own:                                         [NA,     403,  422,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    403,  422,  422,  422,  422,  422,  422,  422],
  }, { body: { organizationId: ORG.secretariat, ...REASON } }),
  'GET /api/events/{eventId}/meetings/requests': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  403],
  }),
  // The run finds nothing to place (no availability): 200, nothing moves.
  'POST /api/events/{eventId}/meetings/schedule': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/events/{eventId}/meetings/schedule': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/events/{eventId}/meetings/agenda': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  403],
  }),
  'GET /api/events/{eventId}/meetings/agenda.ics': record(meetingEvents, {
    own:                                         [NA,     200,  200,  NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  403],
  }),
  // Every event's meetings, across events: the secretariat's only (it organizes any event's meetings).
  'GET /api/meetings/requests':             plain([401,    200,  403,  403,  403,  403,  403,  403,  403], {
    query: '?status=accepted&scheduled=false',
  }),
  // A meeting is its two organizations' and the organizer's (404 to anyone else): the requested side
  // answers (the accepted one: 409), the requester withdraws (not once answered: 409), the organizer moves
  // it by hand (to a time that is no slot: 422), either side cancels the accepted one (200, last).
  'GET /api/meetings/{id}': record(meetings, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  200,  NA,   NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/meetings/{id}/accept': record(meetings, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/meetings/{id}/decline': record(meetings, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: REASON }),
  'POST /api/meetings/{id}/withdraw': record(meetings, {
    own:                                         [NA,     NA,   409,  409,  403,  403,  403,  NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }),
  'PATCH /api/meetings/{id}/placement': record(meetings, {
    own:                                         [NA,     NA,   403,  403,  403,  403,  403,  NA,   NA],
    other:                                       [401,    422,  404,  404,  404,  404,  404,  404,  404],
  }, { body: { slotStartsAt: '2030-03-16T02:10:00.000Z' } }),
  'POST /api/meetings/{id}/cancel': record(meetings, {
    own:                                         [NA,     NA,   200,  409,  200,  200,  409,  NA,   NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: REASON }),

  // ── attachments: an upload is its organization's until a record takes it
  'POST /api/attachments':                  plain([401,    400,  400,  400,  400,  400,  400,  400,  400]),
  'GET /api/attachments/{id}': record(attachments, {
    own:                                         [NA,     200,  200,  200,  200,  200,  200,  200,  200],
    other:                                       [404,    404,  404,  404,  404,  404,  404,  404,  404],
  }),

  // ── initiatives: everyone reads published ones and their signatories; the secretariat writes, publishes,
  // closes (a stale version: 409) and exports them. On the demo initiative (open), each member organization's
  // admin endorses (the Indonesia park already has: 409) and then withdraws; any member proposes, an admin
  // declines the proposal; the banker, no admin, signs and declines nothing (403); the secretariat endorses none.
  'GET /api/initiatives':                   plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/initiatives':                  plain([401,    400,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/initiatives/{id}': record(initiatives, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [200,    NA,   200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/initiatives/{id}': record(initiatives, {
    own:                                         [NA,     409,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   403,  403,  403,  403,  403,  403,  403],
  }, { body: { principles: [], ...STALE } }),
  'POST /api/initiatives/{id}/publish': record(initiatives, {
    own:                                         [NA,     409,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/initiatives/{id}/close': record(initiatives, {
    own:                                         [NA,     409,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'GET /api/initiatives/{id}/signatories': record(initiatives, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [200,    NA,   200,  200,  200,  200,  200,  200,  200],
  }),
  'GET /api/initiatives/{id}/signatories.csv': record(initiatives, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/initiatives/{id}/signatories.pdf': record(initiatives, {
    own:                                         [NA,     200,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/initiatives/{id}/endorsement': record(initiatives, {
    own:                                         [NA,     403,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   200,  409,  403,  200,  200,  200,  200],
  }),
  'POST /api/initiatives/{id}/endorsement/withdraw': record(initiatives, {
    own:                                         [NA,     403,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   200,  200,  403,  200,  200,  200,  200],
  }, { body: REASON }),
  'POST /api/initiatives/{id}/proposal': record(initiatives, {
    own:                                         [NA,     403,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   200,  200,  200,  200,  200,  200,  200],
  }),
  'POST /api/initiatives/{id}/proposal/decline': record(initiatives, {
    own:                                         [NA,     403,  NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    NA,   200,  200,  403,  200,  200,  200,  200],
  }),
  // ── partner agreements (seeds/demo-agreements.ts, the five of 12 May 2021, active): everyone reads the
  // list and an agreement (visitors its summary); only the secretariat creates, edits and moves them (an
  // empty body: 400; an active one cannot be negotiated, signed or activated again: 409; terminating
  // needs a reason: 422). Commitments and documents open to the secretariat and the counterparties only
  // (404 to other members). A counterparty's admins complete its own commitments (the alliance's: 403;
  // a member who is no admin: 403); the secretariat waives and reopens.
  'GET /api/agreements':                    plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'POST /api/agreements':                   plain([401,    400,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/agreements/{id}': record(agreements, {
    own:                                         [NA,     200,  NA,   NA,   200,  200,  200,  200,  NA],
    other:                                       [200,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'PATCH /api/agreements/{id}': record(agreements, {
    own:                                         [NA,     200,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreements/{id}/negotiate': record(agreements, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreements/{id}/sign': record(agreements, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreements/{id}/activate': record(agreements, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreements/{id}/terminate': record(agreements, {
    own:                                         [NA,     422,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    422,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/agreements/{id}/commitments': record(agreements, {
    own:                                         [NA,     200,  NA,   NA,   200,  200,  200,  200,  NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/agreements/{id}/commitments': record(agreements, {
    own:                                         [NA,     400,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/agreements/{id}/documents': record(agreements, {
    own:                                         [NA,     200,  NA,   NA,   200,  200,  200,  200,  NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/agreements/{id}/documents': record(agreements, {
    own:                                         [NA,     400,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  403],
  }),
  'PATCH /api/agreement-commitments/{id}': record(commitments, {
    own:                                         [NA,     200,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreement-commitments/{id}/complete': record(commitments, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  200,  200,  NA],
    other:                                       [401,    409,  404,  404,  403,  404,  404,  404,  404],
  }),
  'POST /api/agreement-commitments/{id}/waive': record(commitments, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreement-commitments/{id}/reopen': record(commitments, {
    own:                                         [NA,     200,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  'POST /api/agreement-documents/{id}/versions': record(agreementDocuments, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  403],
  }),
  // ── the service catalogue (seeds/demo-agreement-services.ts): members read an agreement's services and
  // request them (an empty body: 422, no need described; the provider its own: 422); the secretariat keeps
  // the services (a stale version: 409) and reads the uptake, never requests. A request opens to its two
  // organizations (the secretariat: its metadata); only the provider answers (a stale version: 409), only
  // the member rates (not delivered, or rated already: 422); the thread is the two sides' (404 to all else).
  'GET /api/agreements/{id}/services': record(agreements, {
    own:                                         [NA,     200,  NA,   NA,   200,  200,  200,  200,  NA],
    other:                                       [401,    200,  200,  200,  200,  200,  200,  200,  200],
  }),
  'POST /api/agreements/{id}/services': record(agreements, {
    own:                                         [NA,     400,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    400,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/agreement-services/uptake':     plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/agreement-services/uptake.csv': plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'PATCH /api/agreement-services/{id}': record(agreementServices, {
    own:                                         [NA,     409,  NA,   NA,   403,  403,  403,  403,  NA],
    other:                                       [401,    409,  403,  403,  403,  403,  403,  403,  403],
  }, { body: STALE }),
  'POST /api/agreement-services/{id}/requests': record(agreementServices, {
    own:                                         [NA,     403,  NA,   NA,   422,  422,  422,  422,  NA],
    other:                                       [401,    403,  422,  422,  422,  422,  422,  422,  422],
  }),
  'GET /api/service-requests':              plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/service-requests/{id}': record(serviceRequests, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  200,  200,  NA],
    other:                                       [401,    200,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/service-requests/{id}/accept': record(serviceRequests, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  409,  NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/service-requests/{id}/deliver': record(serviceRequests, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  409,  NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: STALE }),
  'POST /api/service-requests/{id}/decline': record(serviceRequests, {
    own:                                         [NA,     NA,   403,  403,  409,  409,  409,  409,  NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: { ...STALE, ...REASON } }),
  'POST /api/service-requests/{id}/rate': record(serviceRequests, {
    own:                                         [NA,     NA,   422,  422,  403,  403,  403,  403,  NA],
    other:                                       [401,    403,  404,  404,  404,  404,  404,  404,  404],
  }, { body: { rating: 5 } }),
  'GET /api/service-requests/{id}/messages': record(serviceRequests, {
    own:                                         [NA,     NA,   200,  200,  200,  200,  200,  200,  NA],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }),
  'POST /api/service-requests/{id}/messages': record(serviceRequests, {
    own:                                         [NA,     NA,   201,  201,  201,  201,  201,  201,  NA],
    other:                                       [401,    404,  404,  404,  404,  404,  404,  404,  404],
  }, { body: COMMENT }),

  // ── my work: every signed-in user's home (its items are the role's, counted by the lists' own queries)
  'GET /api/me/work':                       plain([401,    200,  200,  200,  200,  200,  200,  200,  200]),
  // ── the alliance's results (issue 19): the secretariat's figures and their CSV files (a section's file
  // stands for the record), and the public selection anyone reads.
  'GET /api/results':                       plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/results/public':                plain([200,    200,  200,  200,  200,  200,  200,  200,  200]),
  'GET /api/results/{file}': record({ own: by({}), other: allBut('members.csv') }, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    200,  403,  403,  403,  403,  403,  403,  403],
  }),
  // ── annual reports: the secretariat's only (members 403); no report exists in the demo data, so the
  // secretariat's cell on a report is the unknown id's 404 (an empty request body: 400).
  'POST /api/annual-reports':               plain([401,    400,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/annual-reports':                plain([401,    200,  403,  403,  403,  403,  403,  403,  403]),
  'GET /api/annual-reports/{id}': record(annualReports, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    404,  403,  403,  403,  403,  403,  403,  403],
  }),
  'GET /api/annual-reports/{id}/file': record(annualReports, {
    own:                                         [NA,     NA,   NA,   NA,   NA,   NA,   NA,   NA,   NA],
    other:                                       [401,    404,  403,  403,  403,  403,  403,  403,  403],
  }),
} satisfies Record<RouteKey, Entry>;

export type MatrixRoute = keyof typeof MATRIX;

/** The matrix as Markdown tables, one row per route and record kind (for the README or a review). */
export function matrixMarkdown(): string {
  const header = `| route | record | ${PRINCIPALS.join(' | ')} |\n|---|---|${PRINCIPALS.map(() => '---|').join('')}`;
  const line = (route: string, kind: string, row: Row) => `| \`${route}\` | ${kind} | ${row.join(' | ')} |`;
  const rows = Object.entries(MATRIX as Record<string, Entry>).flatMap(([route, entry]) =>
    entry.kind === 'plain'
      ? [line(route, 'none', entry.none)]
      : [line(route, 'own', entry.own), line(route, 'other', entry.other)],
  );
  return [header, ...rows].join('\n');
}
