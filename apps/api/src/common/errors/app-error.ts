import { IllegalTransitionError, type DomainErrorCode, type ErrorCode, type ErrorDetail } from '@alliance/contracts';

/** A failure with a stable code; the exception filter turns it into the one error shape. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
    /** With 422: the domain's rule, for the web to translate. */
    readonly reason?: DomainErrorCode,
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this'): AppError =>
  new AppError(403, 'FORBIDDEN', message);
/** 422 for a domain rule: `reason` is its stable code (contracts' DOMAIN_ERRORS), `message` the API's English sentence. */
export const unprocessable = (
  reason: DomainErrorCode,
  message: string,
  field?: string,
  details: ErrorDetail[] = field ? [{ field, constraint: reason, message }] : [],
): AppError => new AppError(422, 'UNPROCESSABLE', message, details.length ? details : undefined, undefined, reason);
/** 409 naming the actions the record's status allows (what `move` throws, as the API answers it). */
export const illegalTransition = (action: string, status: string, allowed: readonly string[]): AppError =>
  new AppError(409, 'ILLEGAL_TRANSITION', new IllegalTransitionError(action, status, allowed).message, [
    { field: 'status', constraint: 'transition', message: `allowed: ${allowed.join(', ')}` },
  ]);

/** 429 with Retry-After (seconds), the wait also in `details` for the web to show. */
export const tooManyRequests = (message: string, retryAfterSeconds: number): AppError =>
  new AppError(
    429,
    'TOO_MANY_REQUESTS',
    message,
    [{ field: 'retryAfter', constraint: 'throttle', message: String(retryAfterSeconds) }],
    {
      'Retry-After': String(retryAfterSeconds),
    },
  );

/** Seconds until the oldest event of a sliding window leaves it (one at least). */
export const secondsUntilWindowFrees = (oldest: Date | string | null | undefined, windowMs: number): number =>
  Math.max(1, Math.ceil(((oldest ? new Date(oldest).getTime() : Date.now()) + windowMs - Date.now()) / 1000));
