import { createBrowserRouter, type RouteObject } from 'react-router';
import type { PlatformKey } from '../modules/platforms/platforms';
import { AppLayout } from './AppLayout';
import { RouteErrorPage } from './ErrorBoundary';
import { PageSpinner, RequireAbility, RequireAuth } from './guards';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** A code-split page of the platforms module, one route per platform. */
function platformRoute(path: string, platform: PlatformKey): RouteObject {
  return {
    path,
    lazy: async () => {
      const { PlatformPage } = await import('../modules/platforms/pages/PlatformPage');
      return { element: <PlatformPage platform={platform} /> };
    },
  };
}

const publicRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('../modules/home/pages/HomePage')).HomePage }) },
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
    lazy: async () => ({ Component: (await import('../modules/posts/pages/FeedPage')).FeedPage }),
  },
  {
    path: 'posts/:id',
    lazy: async () => ({ Component: (await import('../modules/posts/pages/PostPage')).PostPage }),
  },
  {
    path: 'search',
    lazy: async () => ({ Component: (await import('../modules/posts/pages/SearchPage')).SearchPage }),
  },
  platformRoute('agreements', 'agreements'),
  platformRoute('initiatives', 'initiatives'),
  { path: '403', element: <ForbiddenPage /> },
];

const signedInRoutes: RouteObject[] = [
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
  {
    element: <RequireAbility action="create" subject="Post" />,
    children: [
      {
        path: 'posts/new',
        lazy: async () => ({ Component: (await import('../modules/posts/pages/PostEditorPage')).PostEditorPage }),
      },
      {
        path: 'posts/:id/edit',
        lazy: async () => ({ Component: (await import('../modules/posts/pages/PostEditorPage')).PostEditorPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="create" subject="Park" />,
    children: [
      {
        path: 'parks/new',
        lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkEditPage')).ParkEditPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="update" subject="Park" />,
    children: [
      {
        path: 'parks/:id/edit',
        lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkEditPage')).ParkEditPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="import" subject="Park" />,
    children: [
      {
        path: 'admin/parks/import',
        lazy: async () => ({ Component: (await import('../modules/parks/pages/ParkImportPage')).ParkImportPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="manage" subject="Post" />,
    children: [
      {
        path: 'admin/moderation',
        lazy: async () => ({ Component: (await import('../modules/moderation/pages/ModerationPage')).ModerationPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="manage" subject="MembershipApplication" />,
    children: [
      {
        path: 'admin/membership-applications',
        lazy: async () => ({
          Component: (await import('../modules/membership/pages/ApplicationsPage')).ApplicationsPage,
        }),
      },
    ],
  },
  {
    path: 'financing',
    lazy: async () => ({ Component: (await import('../modules/financing/pages/FinancingHomePage')).FinancingHomePage }),
  },
  {
    path: 'financing/requests/:id',
    lazy: async () => ({ Component: (await import('../modules/financing/pages/RequestPage')).RequestPage }),
  },
  {
    element: <RequireAbility action="create" subject="FinancingRequest" />,
    children: [
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
    ],
  },
  {
    element: <RequireAbility action="review" subject="FinancingReview" />,
    children: [
      {
        path: 'financing/reviews',
        lazy: async () => ({ Component: (await import('../modules/financing/pages/QueuePage')).QueuePage }),
      },
      {
        path: 'financing/reviews/:id',
        lazy: async () => ({ Component: (await import('../modules/financing/pages/ReviewPage')).ReviewPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="export" subject="FinancingRequest" />,
    children: [
      {
        path: 'financing/pipeline',
        lazy: async () => ({ Component: (await import('../modules/financing/pages/PipelinePage')).PipelinePage }),
      },
    ],
  },
  platformRoute('cooperation', 'cooperation'),
  platformRoute('policy', 'policy'),
  {
    element: <RequireAbility action="create" subject="Organization" />,
    children: [
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
    ],
  },
  {
    element: <RequireAbility action="invite" subject="User" />,
    children: [
      {
        path: 'admin/users',
        lazy: async () => ({ Component: (await import('../modules/users/pages/UsersPage')).UsersPage }),
      },
    ],
  },
  {
    element: <RequireAbility action="read" subject="AuditEvent" />,
    children: [
      {
        path: 'admin/audit',
        lazy: async () => ({ Component: (await import('../modules/audit/pages/AuditPage')).AuditPage }),
      },
    ],
  },
];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageSpinner />,
    children: [
      {
        // Errors of a page render inside the shell, so navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          ...publicRoutes,
          { element: <RequireAuth />, children: signedInRoutes },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
