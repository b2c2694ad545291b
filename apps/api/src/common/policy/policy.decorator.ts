import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectType } from '@alliance/contracts';

export const POLICY_KEY = 'alliance:policy';

export type RoutePolicy =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'ability'; action: Action; subject: SubjectType };

/** Anyone, signed in or not, may call the route. */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user may call the route; the service checks the record itself. */
export const Authenticated = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies RoutePolicy);

/**
 * The signed-in user must be able to do `action` on some `subject` (a type-level check).
 * Record-level rules (which organization's record) are applied by the service with the same ability.
 */
export const Policy = (action: Action, subject: SubjectType) =>
  SetMetadata(POLICY_KEY, { kind: 'ability', action, subject } satisfies RoutePolicy);
