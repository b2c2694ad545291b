/** Every route of the web app, with an address to open it at and who opens it (demo data ids). */

export type Persona =
  'visitor' | 'secretariat' | 'operator' | 'operator2' | 'banker' | 'approver' | 'insurer' | 'partner' | 'researcher';

export const PERSONA_EMAIL: Record<Exclude<Persona, 'visitor'>, string> = {
  secretariat: 'secretariat@example.org',
  operator: 'operator@example.org',
  operator2: 'operator2@example.org',
  banker: 'banker@example.org',
  approver: 'approver@example.org',
  insurer: 'insurer@example.org',
  partner: 'partner@example.org',
  researcher: 'researcher@example.org',
};

const id = (n: string) => `00000000-0000-4000-8000-000000000${n}`;
const SSEZ_OPERATOR = id('011');
const SSEZ_PARK = id('202');
const INDONESIA_PARK = id('203');
const SEMINAR_POST = id('401');
const JAKARTA_EVENT = id('403');
const SSEZ_OPPORTUNITY = id('404');
const INDONESIA_DEMAND = id('405');
const FACTORY_LOAN = id('701');
const BANK_REVIEW = id('801');
const INSURER_QUESTION = id('802');
const UAE_INSURANCE = id('803');
// Policy briefs (seeds/demo-policy.ts): the Cambodian one in two published versions, a members-only one, one in review.
const CAMBODIA_BRIEF = '00000000-0000-4000-8000-000000001001';
const MEMBERS_BRIEF = '00000000-0000-4000-8000-000000001003';
const ETHIOPIA_BRIEF_IN_REVIEW = '00000000-0000-4000-8000-000000001004';
// Risk alerts (seeds/demo-alerts.ts): Cambodia's active warning with an update, Ethiopia's expired one.
const CAMBODIA_ALERT = '00000000-0000-4000-8000-000000001501';
const EXPIRED_ALERT = '00000000-0000-4000-8000-000000001503';
/** The researcher's proposal to rate Cambodia 2 (stable), waiting for the secretariat (seeds/demo-policy.ts). */
const CAMBODIA_PROPOSAL = '00000000-0000-4000-8000-000000001390';
// Member issues (seeds/demo-issues.ts): the Form E case raised by both operators, relayed and answered;
// the operator's issue in it; the bank's confidential issue.
// The secretariat's test is near its three minutes: it looks at the pages only it has (the grouped cases,
// a case with its steps, the bodies); its inbox and issue page are the operator's list and issue page.
const FORM_E_CASE = '00000000-0000-4000-8000-000000002201';
const FORM_E_ISSUE = '00000000-0000-4000-8000-000000002301';
const CONFIDENTIAL_ISSUE = '00000000-0000-4000-8000-000000002303';

// Investment cooperation (seeds/demo-cooperation.ts, fixed ids 31xx projects, 32xx expressions, 34xx deals).
const SSEZ_PROJECT = '00000000-0000-4000-8000-000000003101';
const PROJECT_IN_REVIEW = '00000000-0000-4000-8000-000000003103';
const ACCEPTED_EXPRESSION = '00000000-0000-4000-8000-000000003201';
const SITE_VISIT_DEAL = '00000000-0000-4000-8000-000000003401';

// B2B meetings (seeds/demo-meetings.ts, ids 36xx): the 2027 promotion conference in Nanjing, meetings open,
// six organizations registered (the operators, the bank, the insurer, the lawyers, the institute).
const CONFERENCE_2027 = '00000000-0000-4000-8000-000000003601';

// Partner agreements (seeds/demo-agreements.ts, ids a1nn): the one with the Jiangsu Lawyers Association.
const LAWYERS_AGREEMENT = '00000000-0000-4000-8000-00000000a101';

// The service catalogue (seeds/demo-agreement-services.ts).
const LAWYERS_AGREEMENT_SERVICES = '00000000-0000-4000-8000-00000000a101';
const PRE_ASSESSMENT_REQUEST = '00000000-0000-4000-8000-00000000c203';
const RATED_REQUEST = '00000000-0000-4000-8000-00000000c201';

export interface RouteVisit {
  /** The route as the router writes it (`posts/:id/edit`); '' is the home page, '*' any other address. */
  route: string;
  url: string;
  who: Persona[];
}

/**
 * Each route once per persona that works with it. Public pages are looked at as a visitor, and
 * again as a signed-in persona where signing in changes them (contacts, actions on a post).
 */
export const ROUTE_VISITS: RouteVisit[] = [
  { route: '', url: '/', who: ['visitor'] },
  { route: 'login', url: '/login', who: ['visitor'] },
  { route: 'forgot-password', url: '/forgot-password', who: ['visitor'] },
  { route: 'reset-password', url: '/reset-password?token=example', who: ['visitor'] },
  { route: 'accept-invitation', url: '/accept-invitation?token=example', who: ['visitor'] },
  { route: 'directory', url: '/directory', who: ['visitor'] },
  { route: 'directory/organizations', url: '/directory/organizations', who: ['visitor'] },
  { route: 'parks/:id', url: `/parks/${SSEZ_PARK}`, who: ['visitor', 'operator'] },
  { route: 'organizations/:id', url: `/organizations/${SSEZ_OPERATOR}`, who: ['visitor', 'secretariat'] },
  { route: 'apply', url: '/apply', who: ['visitor'] },
  { route: 'posts', url: '/posts', who: ['visitor'] },
  { route: 'posts/:id', url: `/posts/${SEMINAR_POST}`, who: ['visitor', 'secretariat'] },
  { route: 'posts/:id', url: `/posts/${JAKARTA_EVENT}`, who: ['visitor', 'banker'] },
  { route: 'search', url: '/search?q=investment', who: ['visitor'] },
  { route: 'agreements', url: '/agreements', who: ['visitor'] },
  { route: 'initiatives', url: '/initiatives', who: ['visitor'] },
  { route: '403', url: '/403', who: ['visitor'] },
  { route: '*', url: '/no-such-page', who: ['visitor'] },
  { route: 'notifications', url: '/notifications', who: ['operator', 'banker'] },
  { route: 'account', url: '/account', who: ['secretariat', 'partner'] },
  { route: 'posts/new', url: '/posts/new', who: ['operator', 'partner'] },
  { route: 'posts/:id/edit', url: `/posts/${SEMINAR_POST}/edit`, who: ['secretariat'] },
  { route: 'posts/:id/edit', url: `/posts/${SSEZ_OPPORTUNITY}/edit`, who: ['operator'] },
  { route: 'posts/:id/edit', url: `/posts/${INDONESIA_DEMAND}/edit`, who: ['operator2'] },
  { route: 'parks/new', url: '/parks/new', who: ['secretariat', 'operator'] },
  { route: 'parks/:id/edit', url: `/parks/${SSEZ_PARK}/edit`, who: ['secretariat', 'operator'] },
  { route: 'parks/:id/edit', url: `/parks/${INDONESIA_PARK}/edit`, who: ['operator2'] },
  { route: 'admin/parks/import', url: '/admin/parks/import', who: ['secretariat'] },
  { route: 'admin/moderation', url: '/admin/moderation', who: ['secretariat'] },
  { route: 'admin/membership-applications', url: '/admin/membership-applications', who: ['secretariat'] },
  { route: 'financing', url: '/financing', who: ['operator', 'banker', 'partner'] },
  { route: 'financing/requests', url: '/financing/requests', who: ['operator', 'operator2'] },
  { route: 'financing/requests/new', url: '/financing/requests/new', who: ['operator'] },
  { route: 'financing/requests/:id', url: `/financing/requests/${FACTORY_LOAN}`, who: ['operator', 'secretariat'] },
  { route: 'financing/requests/:id/edit', url: `/financing/requests/${FACTORY_LOAN}/edit`, who: ['operator'] },
  { route: 'financing/reviews', url: '/financing/reviews', who: ['banker', 'approver', 'insurer'] },
  { route: 'financing/reviews/:id', url: `/financing/reviews/${BANK_REVIEW}`, who: ['banker', 'approver'] },
  { route: 'financing/reviews/:id', url: `/financing/reviews/${INSURER_QUESTION}`, who: ['insurer'] },
  { route: 'financing/reviews/:id', url: `/financing/reviews/${UAE_INSURANCE}`, who: ['insurer'] },
  { route: 'financing/pipeline', url: '/financing/pipeline', who: ['secretariat'] },
  // Investment cooperation (seeds/demo-cooperation.ts): the Sihanoukville zone's project with expressions and
  // matches, the one waiting for review, an accepted expression with its thread, the deal at the site visit.
  { route: 'cooperation', url: '/cooperation', who: ['operator', 'secretariat'] },
  { route: 'cooperation/projects', url: '/cooperation/projects', who: ['visitor', 'operator2'] },
  { route: 'cooperation/projects', url: '/cooperation/projects?scope=mine', who: ['operator'] },
  { route: 'cooperation/projects/new', url: '/cooperation/projects/new', who: ['operator'] },
  { route: 'cooperation/projects/:id', url: `/cooperation/projects/${SSEZ_PROJECT}`, who: ['operator', 'banker'] },
  { route: 'cooperation/projects/:id', url: `/cooperation/projects/${PROJECT_IN_REVIEW}`, who: ['secretariat'] },
  { route: 'cooperation/projects/:id/edit', url: `/cooperation/projects/${SSEZ_PROJECT}/edit`, who: ['operator'] },
  { route: 'cooperation/review', url: '/cooperation/review', who: ['secretariat'] },
  { route: 'cooperation/interests', url: '/cooperation/interests', who: ['operator'] },
  { route: 'cooperation/interests/:id', url: `/cooperation/interests/${ACCEPTED_EXPRESSION}`, who: ['operator'] },
  { route: 'cooperation/deals', url: '/cooperation/deals', who: ['operator', 'secretariat'] },
  { route: 'cooperation/deals/:id', url: `/cooperation/deals/${SITE_VISIT_DEAL}`, who: ['operator'] },
  // B2B meetings: participants' tabs (whom to meet, requests received and sent, availability, agenda) and the
  // secretariat's organizing page (the schedule, and the settings form).
  { route: 'events/:eventId/meetings', url: `/events/${CONFERENCE_2027}/meetings`, who: ['operator'] },
  { route: 'events/:eventId/meetings', url: `/events/${CONFERENCE_2027}/meetings?tab=received`, who: ['operator2'] },
  { route: 'events/:eventId/meetings', url: `/events/${CONFERENCE_2027}/meetings?tab=sent`, who: ['insurer'] },
  { route: 'events/:eventId/meetings', url: `/events/${CONFERENCE_2027}/meetings?tab=availability`, who: ['banker'] },
  { route: 'events/:eventId/meetings', url: `/events/${CONFERENCE_2027}/meetings?tab=agenda`, who: ['partner'] },
  {
    route: 'events/:eventId/meetings/organize',
    url: `/events/${CONFERENCE_2027}/meetings/organize`,
    who: ['secretariat'],
  },
  {
    route: 'events/:eventId/meetings/organize',
    url: `/events/${CONFERENCE_2027}/meetings/organize?tab=settings`,
    who: ['secretariat'],
  },
  { route: 'posts/:id', url: `/posts/${CONFERENCE_2027}`, who: ['operator'] },
  { route: 'policy', url: '/policy', who: ['visitor', 'secretariat', 'researcher'] },
  { route: 'policy/briefs', url: '/policy/briefs', who: ['visitor', 'banker'] },
  { route: 'policy/briefs', url: '/policy/briefs?scope=mine', who: ['researcher'] },
  { route: 'policy/briefs', url: '/policy/briefs?scope=review', who: ['secretariat'] },
  { route: 'policy/briefs/new', url: '/policy/briefs/new', who: ['researcher', 'partner'] },
  { route: 'policy/briefs/:id', url: `/policy/briefs/${CAMBODIA_BRIEF}`, who: ['visitor', 'banker', 'researcher'] },
  { route: 'policy/briefs/:id', url: `/policy/briefs/${MEMBERS_BRIEF}`, who: ['banker'] },
  { route: 'policy/briefs/:id', url: `/policy/briefs/${ETHIOPIA_BRIEF_IN_REVIEW}`, who: ['secretariat', 'researcher'] },
  { route: 'policy/briefs/:id/edit', url: `/policy/briefs/${CAMBODIA_BRIEF}/edit`, who: ['researcher'] },
  {
    route: 'policy/briefs/:id/diff',
    url: `/policy/briefs/${CAMBODIA_BRIEF}/diff?from=1&to=2`,
    who: ['visitor', 'banker'],
  },
  { route: 'policy', url: '/policy', who: ['partner'] },
  // The secretariat's test is the longest (three minutes at most): its profile visit is the redirect's.
  { route: 'policy/countries', url: '/policy/countries', who: ['visitor', 'banker'] },
  { route: 'policy/countries/:code', url: '/policy/countries/KH', who: ['visitor', 'banker'] },
  { route: 'policy/countries/:code', url: '/policy/countries/LA', who: ['banker'] },
  { route: 'policy/ratings', url: '/policy/ratings', who: ['secretariat'] },
  // Members only: visitors are sent to the sign-in page.
  { route: 'policy/alerts', url: '/policy/alerts', who: ['operator', 'researcher'] },
  { route: 'policy/alerts', url: '/policy/alerts?status=all&country=KH', who: ['banker'] },
  { route: 'policy/alerts/new', url: '/policy/alerts/new', who: ['researcher'] },
  // The operator's organization is exposed (acknowledge); the secretariat sees the report.
  { route: 'policy/alerts/:id', url: `/policy/alerts/${CAMBODIA_ALERT}`, who: ['operator', 'secretariat'] },
  { route: 'policy/alerts/:id', url: `/policy/alerts/${EXPIRED_ALERT}`, who: ['banker'] },
  { route: 'policy/ratings/:id', url: `/policy/ratings/${CAMBODIA_PROPOSAL}`, who: ['secretariat'] },
  { route: 'policy/issues', url: '/policy/issues', who: ['operator', 'partner'] },
  { route: 'policy/issues/new', url: '/policy/issues/new', who: ['operator'] },
  { route: 'policy/issues/:id', url: `/policy/issues/${FORM_E_ISSUE}`, who: ['operator'] },
  // Confidential: its organization reads it; another member gets the not-found page.
  { route: 'policy/issues/:id', url: `/policy/issues/${CONFIDENTIAL_ISSUE}`, who: ['banker', 'operator2'] },
  { route: 'policy/cases', url: '/policy/cases', who: ['secretariat', 'researcher'] },
  { route: 'policy/cases/:id', url: `/policy/cases/${FORM_E_CASE}`, who: ['secretariat', 'operator2', 'researcher'] },
  { route: 'policy/government-bodies', url: '/policy/government-bodies', who: ['secretariat'] },
  { route: 'admin/organizations', url: '/admin/organizations', who: ['secretariat'] },
  { route: 'admin/organizations/:id', url: `/admin/organizations/${SSEZ_OPERATOR}`, who: ['secretariat'] },
  { route: 'admin/users', url: '/admin/users', who: ['secretariat'] },
  { route: 'admin/audit', url: '/admin/audit', who: ['secretariat'] },
  // Initiatives (seeds/demo-initiatives.ts): the initiative of 12 May 2021, open for endorsement, with its
  // signatories; the operator's admin may endorse, the banker (no admin) proposes; the secretariat edits.
  { route: 'initiatives', url: '/initiatives', who: ['secretariat', 'banker'] },
  {
    route: 'initiatives/:id',
    url: '/initiatives/00000000-0000-4000-8000-000000003801',
    who: ['visitor', 'secretariat', 'operator', 'operator2', 'banker'],
  },
  { route: 'initiatives/new', url: '/initiatives/new', who: ['secretariat'] },
  {
    route: 'initiatives/:id/edit',
    url: '/initiatives/00000000-0000-4000-8000-000000003801/edit',
    who: ['secretariat'],
  },
  // Partner agreements (seeds/demo-agreements.ts): the counterparty's own list (the visitor's is above), an
  // agreement as a visitor, a member and its counterparty (commitments and documents), the secretariat's editor.
  { route: 'agreements', url: '/agreements?mine=true', who: ['partner'] },
  { route: 'agreements/:id', url: `/agreements/${LAWYERS_AGREEMENT}`, who: ['visitor', 'operator', 'partner'] },
  { route: 'agreements/new', url: '/agreements/new', who: ['secretariat'] },
  { route: 'agreements/:id/edit', url: `/agreements/${LAWYERS_AGREEMENT}/edit`, who: ['secretariat'] },
  // The service catalogue (seeds/demo-agreement-services.ts, ids c1nn services, c2nn requests): the lawyers
  // agreement's services with their uptake, the requests sent and received, the Sinosure pre-assessment
  // (accepted, with a thread) for both sides, a delivered and rated one, and the secretariat's uptake.
  {
    route: 'agreements/:id/services',
    url: `/agreements/${LAWYERS_AGREEMENT_SERVICES}/services`,
    who: ['operator', 'partner'],
  },
  { route: 'services/requests', url: '/services/requests', who: ['operator', 'insurer', 'secretariat'] },
  { route: 'services/requests/:id', url: `/services/requests/${PRE_ASSESSMENT_REQUEST}`, who: ['operator', 'insurer'] },
  { route: 'services/requests/:id', url: `/services/requests/${RATED_REQUEST}`, who: ['operator2'] },
  { route: 'admin/service-uptake', url: '/admin/service-uptake', who: ['secretariat'] },
  // The secretariat's meetings across events, as "My work" links to them (accepted, not yet scheduled).
  { route: 'meetings/requests', url: '/meetings/requests?status=accepted&scheduled=false', who: ['secretariat'] },
  // "My work": each role's home (operator, institution admin, service provider, secretariat).
  { route: 'work', url: '/work', who: ['operator', 'approver', 'partner', 'secretariat'] },
  { route: 'results', url: '/results', who: ['secretariat'] },
  { route: 'admin/annual-reports', url: '/admin/annual-reports', who: ['secretariat'] },
];

export const visitsOf = (persona: Persona) => ROUTE_VISITS.filter((visit) => visit.who.includes(persona));
