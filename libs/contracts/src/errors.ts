import type { DomainErrorCode } from './domain-errors';

/**
 * Stable error codes carried in the `error` field of every API error body.
 * The web translates them (i18n key `errors.<code>`), so a code never changes once landed.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_INACTIVE',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'CSRF_HEADER_MISSING',
  'NOT_FOUND',
  'CONFLICT',
  'EMAIL_TAKEN',
  'ILLEGAL_TRANSITION',
  'UNPROCESSABLE',
  'WEAK_PASSWORD',
  'TOKEN_INVALID',
  'IMPORT_INVALID',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'UNSUPPORTED_MEDIA_TYPE',
  'DECLARATION_REQUIRED',
  'CONFLICT_OF_INTEREST',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Constraints of the values no field may hold, refused before any endpoint reads them. */
export const INPUT_CONSTRAINTS = ['noControlCharacters', 'wellFormedUnicode', 'isSafeNumber', 'maxDepth'] as const;
export type InputConstraint = (typeof INPUT_CONSTRAINTS)[number];

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `email` or `contacts.0.phone`. */
  field: string;
  /** Machine-readable constraint name, e.g. `isEmail`, `whitelistValidation`. */
  constraint: string;
  message: string;
  /** For a file import: the 1-based line of the file (the header is line 1). */
  row?: number;
}

/** The one error shape every endpoint returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  /** With `UNPROCESSABLE`: the domain's rule that refused it, translated by the web. */
  reason?: DomainErrorCode;
  requestId: string;
}

/**
 * The code an HTTP status stands for: what the API answers for an HTTP error that names no code
 * of its own, and what the web reads from an answer without the error body (a proxy's page).
 */
export const ERROR_CODE_BY_STATUS: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
  504: 'SERVICE_UNAVAILABLE',
};

/**
 * The header a client sends with a create (a post, a financing request, an expression of interest,
 * a service request, a membership application) so that sending it again, after an answer that never
 * arrived, gives back the record first created instead of a second one.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** What a key may be: 8 to 128 letters, digits, `-` or `_` (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
