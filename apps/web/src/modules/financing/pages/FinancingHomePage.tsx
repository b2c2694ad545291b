import { Navigate } from 'react-router';
import { useAbility } from '../../../lib/ability';
import { PlatformPage } from '../../platforms/pages/PlatformPage';

/** The platform's entry: each side lands on its own work; everyone else reads what the platform is for. */
export function FinancingHomePage() {
  const ability = useAbility();
  if (ability.can('create', 'FinancingRequest')) return <Navigate to="/financing/requests" replace />;
  if (ability.can('review', 'FinancingReview')) return <Navigate to="/financing/reviews" replace />;
  if (ability.can('export', 'FinancingRequest')) return <Navigate to="/financing/pipeline" replace />;
  return <PlatformPage platform="financing" />;
}
