import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { RequestContextData } from '../common/context/request-context';

declare module 'fastify' {
  interface FastifyRequest {
    /** Opened for every request (request id, statements sent, who is signed in): common/context. */
    requestContext: RequestContextData | null;
    /** Set by the session guard when a valid session cookie came with the request. */
    auth: AuthenticatedUser | null;
    /** Set by Passport's local strategy on sign-in. */
    user?: unknown;
  }
}
