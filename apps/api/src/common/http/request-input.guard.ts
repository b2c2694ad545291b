import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { inputProblems } from '../validation/request-input';

/** What every HTTP adapter's request carries once routed and parsed. */
interface ParsedRequest {
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

/**
 * The first guard of every route: refuses with 400, naming each field, the values no field may
 * hold (see `inputProblems`), before sign-in, validation or a query reads them. A guard runs
 * after the adapter has parsed the request and before Passport reads the sign-in body, on
 * Express and Fastify alike.
 */
@Injectable()
export class RequestInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<ParsedRequest>();
    const problems = [
      ...inputProblems(req.params, 'params'),
      ...inputProblems(req.query, 'query'),
      ...inputProblems(req.body, 'body'),
    ];
    if (problems.length > 0) {
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        `Invalid input: ${[...new Set(problems.map((p) => p.field))].join(', ')}`,
        problems,
      );
    }
    return true;
  }
}
