import type { ApiErrorBody } from '@alliance/contracts';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** What node-postgres puts on a server's error, and Node on a socket's. */
interface DriverError {
  code?: string;
  severity?: string;
  column?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/** Socket failures: the server is not there or went away. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** node-postgres' own words for a connection it lost or could not open in time. */
const CLIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|the database system is (starting up|shutting down)/i;
/** SQLSTATEs of a server that cannot serve now: shutdown, crash, too many connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57P05']);

function driverErrorOf(exception: unknown): DriverError | null {
  if (exception instanceof QueryFailedError) return exception.driverError as DriverError;
  if (exception instanceof Error) return exception as DriverError;
  return null;
}

/**
 * Whether a failure means the database cannot be reached right now (it refuses connections,
 * was shut down or restarted, or the network is gone), not that the request was wrong.
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  // TypeORM releases a transaction's connection when the server drops it; the next statement of that transaction then finds it gone.
  if (exception instanceof QueryRunnerAlreadyReleasedError) return true;
  const error = driverErrorOf(exception);
  if (!error) return false;
  const code = error.code ?? '';
  return (
    SOCKET_CODES.has(code) ||
    UNAVAILABLE_STATES.has(code) ||
    code.startsWith('08') ||
    // A FATAL from the server ends the session: "database … is not currently accepting connections" and the like.
    (typeof error.severity === 'string' && ['FATAL', 'PANIC'].includes(error.severity)) ||
    CLIENT_MESSAGES.test(error.message ?? '')
  );
}

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** The column a constraint message names: `Key (park_id)=(…) is not present in table "parks".` */
const keyColumn = (detail: string | undefined) => /^Key \(([a-z0-9_]+)\)/.exec(detail ?? '')?.[1];

/**
 * A constraint or data rule the database enforced that validation let through (a race between
 * two requests, or a rule only the schema states) is the client's error, not a crash.
 * `gap` says validation should have caught it first, so the caller logs it for a fix.
 */
export function fromDatabaseError(exception: unknown, requestId: string): { body: ApiErrorBody; gap: boolean } | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const error = exception.driverError as DriverError;
  const code = error.code ?? '';
  if (code === '23502') {
    const field = camelCase(error.column ?? 'field');
    return {
      gap: false,
      body: {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: `Invalid input: ${field} cannot be empty`,
        details: [{ field, constraint: 'isDefined', message: `${field} cannot be empty` }],
        requestId,
      },
    };
  }
  if (code === '23505') {
    return {
      gap: false,
      body: {
        statusCode: 409,
        error: 'CONFLICT',
        message: 'This record already exists, or was just created by another request',
        details: [{ field: error.constraint ?? 'record', constraint: 'unique', message: 'Already exists' }],
        requestId,
      },
    };
  }
  if (code === '23503') {
    const field = camelCase(keyColumn(error.detail) ?? 'record');
    return {
      gap: true,
      body: {
        statusCode: 422,
        error: 'UNPROCESSABLE',
        message: `${field} names a record that does not exist, or one still in use`,
        details: [{ field, constraint: 'exists', message: `${field} names a record that does not exist, or one still in use` }],
        requestId,
      },
    };
  }
  if (code === '40001' || code === '40P01') {
    return {
      gap: false,
      body: { statusCode: 409, error: 'CONFLICT', message: 'Another change to the same records got in the way; try again', requestId },
    };
  }
  // Class 22 (data exception: out of range, malformed, bad encoding), 23514 (check) and class 54
  // (a value too large for an index): the value is wrong, though no rule said which field.
  if (code.startsWith('22') || code === '23514' || code.startsWith('54')) {
    return {
      gap: true,
      body: { statusCode: 400, error: 'VALIDATION_FAILED', message: 'Invalid input: a value is malformed, out of range or too large', requestId },
    };
  }
  return null;
}
