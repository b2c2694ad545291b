import { useAbility } from '../../lib/ability';
import { useMe } from '../auth/api';

/**
 * Who does what on the platform, asked by name: the secretariat reviews projects and reads the deal
 * figures; members of an active organization publish projects and express interest.
 */
export function useCooperationRights(): {
  secretariat: boolean;
  publishes: boolean;
  organizationId: string | undefined;
} {
  const ability = useAbility();
  const { data: me } = useMe();
  const secretariat = ability.can('review', 'CooperationProject');
  return {
    secretariat,
    publishes: Boolean(me) && !secretariat && ability.can('create', 'CooperationProject'),
    organizationId: me?.organization.id,
  };
}
