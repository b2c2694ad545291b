import type { Action, AppAbility, SubjectType } from '@alliance/contracts';
import { abilityFromRules } from '@alliance/contracts';
import { subject } from '@casl/ability';
import { useMemo } from 'react';
import { useMe } from '../modules/auth/api';

const VISITOR = abilityFromRules([]);

/** The signed-in user's CASL ability, built from the rules `/api/auth/me` returns. */
export function useAbility(): AppAbility {
  const { data: me } = useMe();
  return useMemo(() => (me ? abilityFromRules(me.rules) : VISITOR), [me]);
}

/** Whether the ability holds for records of any organization, not only the user's own. */
export function canAcrossOrganizations(
  ability: AppAbility,
  action: Action,
  type: Exclude<SubjectType, 'all'>,
): boolean {
  // A record without `organizationId` matches no organization-scoped condition, only unconditional rules.
  return ability.can(action, subject(type, {}));
}

/** Whether the ability holds for one record, by its id and owning organization. */
export function canOn(
  ability: AppAbility,
  action: Action,
  type: Exclude<SubjectType, 'all'>,
  record: { id?: string; organizationId?: string },
): boolean {
  return ability.can(action, subject(type, { ...record }));
}
