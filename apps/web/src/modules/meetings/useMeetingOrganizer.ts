import { isMeetingOrganizer } from '@alliance/contracts';
import { useMe } from '../auth/api';

/**
 * Whether the reader organizes the B2B meetings of an event posted by `organizationId` (the
 * secretariat, or the event's own organization while active): the contracts' rule, asked before
 * any programme exists (once one does, its `actions` say what the reader may do).
 */
export function useMeetingOrganizer(organizationId: string | undefined): boolean {
  const { data: me } = useMe();
  if (!me || !organizationId || me.organization.status !== 'active') return false;
  return isMeetingOrganizer(
    { organizationId: me.organization.id, organizationType: me.organization.type },
    { organizationId },
  );
}
