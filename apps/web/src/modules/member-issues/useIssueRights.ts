import { useAbility } from '../../lib/ability';
import { useMe } from '../auth/api';

/** Who works on the log: the secretariat (files, relays, keeps the bodies), members (raise their own issues). */
export function useIssueRights(): { secretariat: boolean; raises: boolean; organizationId: string | undefined } {
  const ability = useAbility();
  const { data: me } = useMe();
  // Members hold no rule on cases at all: editing one is the secretariat's alone.
  const secretariat = ability.can('update', 'IssueCase');
  return {
    secretariat,
    raises: Boolean(me) && !secretariat && ability.can('create', 'MemberIssue'),
    organizationId: me?.organization.id,
  };
}
