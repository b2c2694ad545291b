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
  requestId: string;
}
