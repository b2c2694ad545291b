import type { Action, SubjectType } from '@alliance/contracts';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { moduleStringsReady } from '../lib/i18n';
import { HomePage } from '../modules/home/pages/HomePage';
import { prefetchFeed, prefetchPost } from '../modules/posts/prefetch';
import { AppLayout } from './AppLayout';
import { RouteError } from './AppErrorBoundary';
import { queryClient } from './queryClient';
import { ShellSpinner } from './ShellSpinner';

/** Routes below need one permission; without it the 403 page shows at the same address. */
function requireAbility(action: Action, subject: SubjectType, children: RouteObject[]): RouteObject {
  return {
    lazy: async () => {
      const { RequireAbility } = await import('./guards');
      return { element: <RequireAbility action={action} subject={subject} /> };
    },
    children,
  };
}

// Every page but the home one is drawn with antd (AntdLayout).
const publicRoutes: RouteObject[] = [
  { path: 'login', lazy: async () => ({ Component: (await import('../modules/auth/pages/LoginPage')).LoginPage }) },
  {
    path: 'forgot-password',
    lazy: async () => ({ Component: (await import('../modules/auth/pages/ForgotPasswordPage')).ForgotPasswordPage }),
  },
  {
    path: 'reset-password',
    lazy: async () => ({ Component: (await import('../modules/auth/pages/ResetPasswordPage')).ResetPasswordPage }),
  },
  {
    path: 'accept-invitation',
    lazy: async () => ({
      Component: (await import('../modules/auth/pages/AcceptInvitationPage')).AcceptInvitationPage,
    }),
  },
  {
    path: 'directory',
    lazy: async () => ({ Component: (await import('../modules/parks/pages/DirectoryPage')).DirectoryPage }),
  },
  // Partner agreements: visitors read the active ones, members the signed ones (the API decides).
  {
    path: 'agreements',
    lazy: async () => ({ Component: (await import('../modules/agreements/pages/AgreementsPage')).AgreementsPage }),
  },
  {
    path: 'agreements/:id',
    lazy: async () => ({ Component: (await import('../modules/agreements/pages/AgreementPage')).AgreementPage }),
  },
  {
    path: 'directory/organizations',
    lazy: async () => ({
      Component: (await import('../modules/organizations/pages/OrganizationDirectoryPage')).OrganizationDirectoryPage,
    }),
  },
  {
    path: 'parks/:id',
    lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkPage')).ParkPage }),
  },
  {
    path: 'organizations/:id',
    lazy: async () => ({
      Component: (await import('../modules/organizations/pages/OrganizationProfilePage')).OrganizationProfilePage,
    }),
  },
  {
    path: 'apply',
    lazy: async () => ({ Component: (await import('../modules/membership/pages/ApplyPage')).ApplyPage }),
  },
  {
    path: 'posts',
    loader: ({ request }) => prefetchFeed(queryClient, request.url),
    lazy: async () => ({ Component: (await import('../modules/posts/pages/FeedPage')).FeedPage }),
  },
  {
    path: 'posts/:id',
    loader: ({ params }) => prefetchPost(queryClient, params.id),
    lazy: async () => ({ Component: (await import('../modules/posts/pages/PostPage')).PostPage }),
  },
  {
    path: 'search',
    lazy: async () => ({ Component: (await import('../modules/posts/pages/SearchPage')).SearchPage }),
  },
  // Policy research is open to visitors: they read the public briefs (members-only ones need a session).
  {
    path: 'policy',
    lazy: async () => ({
      Component: (await import('../modules/policy-briefs/pages/PolicyHomePage')).PolicyHomePage,
    }),
  },
  {
    path: 'policy/briefs',
    lazy: async () => ({ Component: (await import('../modules/policy-briefs/pages/BriefsPage')).BriefsPage }),
  },
  {
    path: 'policy/briefs/:id',
    lazy: async () => ({ Component: (await import('../modules/policy-briefs/pages/BriefPage')).BriefPage }),
  },
  {
    path: 'policy/briefs/:id/diff',
    lazy: async () => ({ Component: (await import('../modules/policy-briefs/pages/BriefDiffPage')).BriefDiffPage }),
  },
  // Country profiles and risk grades are public (the API sends visitors the grades only).
  {
    path: 'policy/countries',
    lazy: async () => ({ Component: (await import('../modules/countries/pages/CountriesPage')).CountriesPage }),
  },
  {
    path: 'policy/countries/:code',
    lazy: async () => ({ Component: (await import('../modules/countries/pages/CountryPage')).CountryPage }),
  },
  // Cooperation projects: visitors read the public ones (their summaries); members read the rest.
  {
    path: 'cooperation/projects',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/ProjectsPage')).ProjectsPage }),
  },
  {
    path: 'cooperation/projects/:id',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/ProjectPage')).ProjectPage }),
  },
  { path: '403', lazy: async () => ({ Component: (await import('./pages/ForbiddenPage')).ForbiddenPage }) },
  // Initiatives: published ones and their signatories are public (visitors too).
  {
    path: 'initiatives',
    lazy: async () => ({ Component: (await import('../modules/initiatives/pages/InitiativesPage')).InitiativesPage }),
  },
  {
    path: 'initiatives/:id',
    lazy: async () => ({ Component: (await import('../modules/initiatives/pages/InitiativePage')).InitiativePage }),
  },
];

const signedInRoutes: RouteObject[] = [
  // "My work": each signed-in user's home, where sign-in lands.
  {
    path: 'work',
    lazy: async () => ({ Component: (await import('../modules/work/pages/WorkPage')).WorkPage }),
  },
  {
    path: 'notifications',
    lazy: async () => ({
      Component: (await import('../modules/notifications/pages/NotificationsPage')).NotificationsPage,
    }),
  },
  {
    path: 'account',
    lazy: async () => ({ Component: (await import('../modules/account/pages/AccountPage')).AccountPage }),
  },
  requireAbility('create', 'Post', [
    {
      path: 'posts/new',
      lazy: async () => ({ Component: (await import('../modules/posts/pages/PostEditorPage')).PostEditorPage }),
    },
    {
      path: 'posts/:id/edit',
      lazy: async () => ({ Component: (await import('../modules/posts/pages/PostEditorPage')).PostEditorPage }),
    },
  ]),
  requireAbility('create', 'Park', [
    {
      path: 'parks/new',
      lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkEditPage')).ParkEditPage }),
    },
  ]),
  requireAbility('update', 'Park', [
    {
      path: 'parks/:id/edit',
      lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkEditPage')).ParkEditPage }),
    },
  ]),
  requireAbility('import', 'Park', [
    {
      path: 'admin/parks/import',
      lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkImportPage')).ParkImportPage }),
    },
  ]),
  requireAbility('manage', 'Post', [
    {
      path: 'admin/moderation',
      lazy: async () => ({ Component: (await import('../modules/moderation/pages/ModerationPage')).ModerationPage }),
    },
  ]),
  requireAbility('manage', 'MembershipApplication', [
    {
      path: 'admin/membership-applications',
      lazy: async () => ({
        Component: (await import('../modules/membership/pages/ApplicationsPage')).ApplicationsPage,
      }),
    },
  ]),
  {
    path: 'financing',
    lazy: async () => ({ Component: (await import('../modules/financing/pages/FinancingHomePage')).FinancingHomePage }),
  },
  {
    path: 'financing/requests/:id',
    lazy: async () => ({ Component: (await import('../modules/financing/pages/RequestPage')).RequestPage }),
  },
  requireAbility('create', 'FinancingRequest', [
    {
      path: 'financing/requests',
      lazy: async () => ({ Component: (await import('../modules/financing/pages/RequestsPage')).RequestsPage }),
    },
    {
      path: 'financing/requests/new',
      lazy: async () => ({
        Component: (await import('../modules/financing/pages/RequestEditorPage')).RequestEditorPage,
      }),
    },
    {
      path: 'financing/requests/:id/edit',
      lazy: async () => ({
        Component: (await import('../modules/financing/pages/RequestEditorPage')).RequestEditorPage,
      }),
    },
  ]),
  requireAbility('review', 'FinancingReview', [
    {
      path: 'financing/reviews',
      lazy: async () => ({ Component: (await import('../modules/financing/pages/QueuePage')).QueuePage }),
    },
    {
      path: 'financing/reviews/:id',
      lazy: async () => ({ Component: (await import('../modules/financing/pages/ReviewPage')).ReviewPage }),
    },
  ]),
  requireAbility('export', 'FinancingRequest', [
    {
      path: 'financing/pipeline',
      lazy: async () => ({ Component: (await import('../modules/financing/pages/PipelinePage')).PipelinePage }),
    },
  ]),
  // The investment cooperation platform: members publish, express interest and follow their deals;
  // the secretariat reviews projects before publication and reads the deal figures.
  {
    path: 'cooperation',
    lazy: async () => ({
      Component: (await import('../modules/cooperation/pages/CooperationHomePage')).CooperationHomePage,
    }),
  },
  requireAbility('create', 'CooperationProject', [
    {
      path: 'cooperation/projects/new',
      lazy: async () => ({
        Component: (await import('../modules/cooperation/pages/ProjectEditorPage')).ProjectEditorPage,
      }),
    },
    {
      path: 'cooperation/projects/:id/edit',
      lazy: async () => ({
        Component: (await import('../modules/cooperation/pages/ProjectEditorPage')).ProjectEditorPage,
      }),
    },
  ]),
  requireAbility('review', 'CooperationProject', [
    {
      path: 'cooperation/review',
      lazy: async () => {
        const { ProjectsPage } = await import('../modules/cooperation/pages/ProjectsPage');
        return { element: <ProjectsPage review /> };
      },
    },
  ]),
  {
    path: 'cooperation/interests',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/ExpressionsPage')).ExpressionsPage }),
  },
  {
    path: 'cooperation/interests/:id',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/ExpressionPage')).ExpressionPage }),
  },
  {
    path: 'cooperation/deals',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/DealsPage')).DealsPage }),
  },
  {
    path: 'cooperation/deals/:id',
    lazy: async () => ({ Component: (await import('../modules/cooperation/pages/DealPage')).DealPage }),
  },
  // B2B meetings at a conference (an event post): participants request and answer meetings and read
  // their agendas; the organizer (the pages ask the programme's actions) schedules and publishes.
  {
    path: 'events/:eventId/meetings',
    lazy: async () => ({ Component: (await import('../modules/meetings/pages/MeetingsPage')).MeetingsPage }),
  },
  {
    path: 'events/:eventId/meetings/organize',
    lazy: async () => ({ Component: (await import('../modules/meetings/pages/OrganizePage')).OrganizePage }),
  },
  // The secretariat's list of every event's meetings (those waiting to be scheduled, from "My work").
  requireAbility('readAll', 'Meeting', [
    {
      path: 'meetings/requests',
      lazy: async () => ({
        Component: (await import('../modules/meetings/pages/MeetingRequestsPage')).MeetingRequestsPage,
      }),
    },
  ]),
  requireAbility('create', 'PolicyBrief', [
    {
      path: 'policy/briefs/new',
      lazy: async () => ({
        Component: (await import('../modules/policy-briefs/pages/BriefEditorPage')).BriefEditorPage,
      }),
    },
    {
      path: 'policy/briefs/:id/edit',
      lazy: async () => ({
        Component: (await import('../modules/policy-briefs/pages/BriefEditorPage')).BriefEditorPage,
      }),
    },
  ]),
  // Early warnings are for members: the API answers visitors 401.
  {
    path: 'policy/alerts',
    lazy: async () => ({ Component: (await import('../modules/risk-alerts/pages/AlertsPage')).AlertsPage }),
  },
  requireAbility('create', 'RiskAlert', [
    {
      path: 'policy/alerts/new',
      lazy: async () => ({ Component: (await import('../modules/risk-alerts/pages/NewAlertPage')).NewAlertPage }),
    },
  ]),
  {
    path: 'policy/alerts/:id',
    lazy: async () => ({ Component: (await import('../modules/risk-alerts/pages/AlertPage')).AlertPage }),
  },
  requireAbility('create', 'CountryRating', [
    {
      path: 'policy/ratings',
      lazy: async () => ({ Component: (await import('../modules/countries/pages/RatingsPage')).RatingsPage }),
    },
  ]),
  {
    path: 'policy/ratings/:id',
    lazy: async () => ({
      Component: (await import('../modules/countries/pages/RatingRedirectPage')).RatingRedirectPage,
    }),
  },
  // The member issues log: a member's own issues, the cases it may see; the secretariat files and relays.
  {
    path: 'policy/issues',
    lazy: async () => ({ Component: (await import('../modules/member-issues/pages/IssuesPage')).IssuesPage }),
  },
  requireAbility('create', 'MemberIssue', [
    {
      path: 'policy/issues/new',
      lazy: async () => ({ Component: (await import('../modules/member-issues/pages/NewIssuePage')).NewIssuePage }),
    },
  ]),
  {
    path: 'policy/issues/:id',
    lazy: async () => ({ Component: (await import('../modules/member-issues/pages/IssuePage')).IssuePage }),
  },
  {
    path: 'policy/cases',
    lazy: async () => ({ Component: (await import('../modules/member-issues/pages/CasesPage')).CasesPage }),
  },
  {
    path: 'policy/cases/:id',
    lazy: async () => ({ Component: (await import('../modules/member-issues/pages/CasePage')).CasePage }),
  },
  requireAbility('update', 'GovernmentBody', [
    {
      path: 'policy/government-bodies',
      lazy: async () => ({
        Component: (await import('../modules/member-issues/pages/GovernmentBodiesPage')).GovernmentBodiesPage,
      }),
    },
  ]),
  requireAbility('create', 'Organization', [
    {
      path: 'admin/organizations',
      lazy: async () => ({
        Component: (await import('../modules/organizations/pages/OrganizationsPage')).OrganizationsPage,
      }),
    },
    {
      path: 'admin/organizations/:id',
      lazy: async () => ({
        Component: (await import('../modules/organizations/pages/OrganizationDetailPage')).OrganizationDetailPage,
      }),
    },
  ]),
  requireAbility('invite', 'User', [
    {
      path: 'admin/users',
      lazy: async () => ({ Component: (await import('../modules/users/pages/UsersPage')).UsersPage }),
    },
  ]),
  requireAbility('read', 'AuditEvent', [
    {
      path: 'admin/audit',
      lazy: async () => ({ Component: (await import('../modules/audit/pages/AuditPage')).AuditPage }),
    },
  ]),
  // The secretariat writes initiatives.
  requireAbility('create', 'Initiative', [
    {
      path: 'initiatives/new',
      lazy: async () => ({
        Component: (await import('../modules/initiatives/pages/InitiativeEditorPage')).InitiativeEditorPage,
      }),
    },
    {
      path: 'initiatives/:id/edit',
      lazy: async () => ({
        Component: (await import('../modules/initiatives/pages/InitiativeEditorPage')).InitiativeEditorPage,
      }),
    },
  ]),
  // The secretariat keeps the partner agreements.
  requireAbility('create', 'PartnerAgreement', [
    {
      path: 'agreements/new',
      lazy: async () => ({
        Component: (await import('../modules/agreements/pages/AgreementEditorPage')).AgreementEditorPage,
      }),
    },
    {
      path: 'agreements/:id/edit',
      lazy: async () => ({
        Component: (await import('../modules/agreements/pages/AgreementEditorPage')).AgreementEditorPage,
      }),
    },
  ]),
  // The service catalogue of partner agreements: an agreement's services and their uptake, the requests
  // an organization sent and received, a request with its thread; the secretariat's uptake.
  {
    path: 'agreements/:id/services',
    lazy: async () => ({
      Component: (await import('../modules/agreement-services/pages/AgreementServicesPage')).AgreementServicesPage,
    }),
  },
  requireAbility('read', 'ServiceRequest', [
    {
      path: 'services/requests',
      lazy: async () => ({
        Component: (await import('../modules/agreement-services/pages/ServiceRequestsPage')).ServiceRequestsPage,
      }),
    },
    {
      path: 'services/requests/:id',
      lazy: async () => ({
        Component: (await import('../modules/agreement-services/pages/ServiceRequestPage')).ServiceRequestPage,
      }),
    },
  ]),
  requireAbility('readAll', 'ServiceRequest', [
    {
      path: 'admin/service-uptake',
      lazy: async () => ({
        Component: (await import('../modules/agreement-services/pages/ServiceUptakePage')).ServiceUptakePage,
      }),
    },
  ]),
  // The alliance's results in charts (the secretariat).
  requireAbility('read', 'AllianceResults', [
    {
      path: 'results',
      lazy: async () => ({ Component: (await import('../modules/results/pages/ResultsPage')).ResultsPage }),
    },
  ]),
  // The secretariat's annual reports (PDFs written by the job runner).
  requireAbility('read', 'AnnualReport', [
    {
      path: 'admin/annual-reports',
      lazy: async () => ({
        Component: (await import('../modules/annual-reports/pages/AnnualReportsPage')).AnnualReportsPage,
      }),
    },
  ]),
];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <ShellSpinner />,
    children: [
      {
        // Errors of a page render inside the shell, so navigation stays usable.
        errorElement: <RouteError />,
        children: [
          // The landing page comes with the shell: no second round trip for it.
          { index: true, Component: HomePage },
          {
            lazy: async () => {
              const [{ AntdLayout }] = await Promise.all([import('./AntdLayout'), moduleStringsReady()]);
              return { Component: AntdLayout };
            },
            children: [
              ...publicRoutes,
              {
                lazy: async () => ({ Component: (await import('./guards')).RequireAuth }),
                children: signedInRoutes,
              },
              {
                path: '*',
                lazy: async () => ({ Component: (await import('./pages/NotFoundPage')).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
