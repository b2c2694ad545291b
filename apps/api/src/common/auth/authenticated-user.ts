import type { AppAbility, Principal } from '@alliance/contracts';
import type { Organization } from '../../modules/organizations/entities/organization.entity';
import type { User } from '../../modules/users/entities/user.entity';

/** The signed-in user as every service receives it: who, for which organization, allowed what. */
export interface AuthenticatedUser {
  user: User;
  organization: Organization;
  sessionId: string;
  principal: Principal;
  ability: AppAbility;
}
