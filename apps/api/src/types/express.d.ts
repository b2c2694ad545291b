import type { AuthenticatedUser } from '../common/auth/authenticated-user';

declare global {
  namespace Express {
    interface Request {
      /** Set by the request-id middleware (pino-http). */
      id: string;
      /** Set by the session guard when a valid session cookie came with the request. */
      auth?: AuthenticatedUser;
    }
  }
}
