import type { Action, SubjectType } from '@alliance/contracts';
import { Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useAbility } from '../lib/ability';
import { sessionEndedBySignOut, useMe } from '../modules/auth/api';
import { ForbiddenPage } from './pages/ForbiddenPage';

export function PageSpinner() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Routes below need a session; visitors go to the sign-in page and come back afterwards, and a reader
 * who just signed out goes to the public home.
 */
export function RequireAuth() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  if (isPending) return <PageSpinner />;
  if (error) return <ApiErrorAlert error={error} />;
  if (!me) {
    if (sessionEndedBySignOut()) return <Navigate to="/" replace />;
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}

/** Routes below need one permission; without it the 403 page shows at the same address. */
export function RequireAbility({ action, subject }: { action: Action; subject: SubjectType }) {
  const ability = useAbility();
  return ability.can(action, subject) ? <Outlet /> : <ForbiddenPage />;
}
