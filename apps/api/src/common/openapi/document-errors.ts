import type { OpenAPIObject } from '@nestjs/swagger';
import type { Route } from './route-list';

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponse' };
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** What each refusal means, as the operations document it. */
const REFUSALS: Record<string, string> = {
  '400': 'A parameter or field is not valid (`VALIDATION_FAILED` names each in `details`), or the request is malformed',
  '401': 'Not signed in, or the session has ended',
  '403': 'Not allowed to do this (or the X-Requested-With header of a state-changing request is missing)',
  '404': 'No such record, or one the caller may not see',
  '409': 'The record changed meanwhile (`CONFLICT`), or its state does not allow this (`ILLEGAL_TRANSITION`)',
  '413': 'The body or file is too large',
  '415': 'The body is not JSON in UTF-8',
  '422': 'A rule of the domain refuses it (the message says which)',
  '429':
    'Too many attempts or changes (every write is rate-limited per user and per address): wait the seconds in Retry-After',
  '503': 'The database is unreachable: try again after Retry-After',
};

type Operation = { responses?: Record<string, unknown>; requestBody?: unknown };

/**
 * Adds the refusals an operation can answer with, each in the common error shape: invalid input and
 * an unreachable database for all; sign-in and permission by the route's declared policy; a missing
 * record where the path names one; conflicts, rules, size, CSRF and the rate limit for writes.
 */
export function documentErrors(document: OpenAPIObject, routes: Route[]): OpenAPIObject {
  const policies = new Map(routes.map((r) => [`${r.method} ${r.path}`, r.policy]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = value as Operation;
      const policy = policies.get(`${method} ${path}`);
      const codes = new Set(['400', '503']);
      if (policy && policy.kind !== 'public') codes.add('401');
      if (policy?.kind === 'ability' || WRITES.has(method)) codes.add('403');
      if (path.includes('{')) codes.add('404');
      if (WRITES.has(method)) ['409', '413', '422', '429'].forEach((c) => codes.add(c));
      if (op.requestBody) codes.add('415');
      op.responses ??= {};
      for (const code of [...codes].sort()) {
        op.responses[code] ??= {
          description: REFUSALS[code],
          content: { 'application/json': { schema: ERROR_SCHEMA } },
        };
      }
    }
  }
  return document;
}
