import type { ApiErrorBody } from '@alliance/contracts';
import { HttpException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { AppError } from './app-error';

/** What node-postgres puts on a server's error, and Node on a socket's. */
interface DriverError {
  code?: string;
  severity?: string;
  column?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/** Node's socket failures when connecting to or talking with the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** node-postgres' own words, without a code, for a connection it lost or could not open in time. */
const CLIENT_MESSAGES = new Set([
  'Connection terminated',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);
/**
 * SQLSTATEs of a server that cannot serve now: shut down, crashed or starting (57P01-03), too many
 * connections (53300), read-only after a fail-over to a standby (25006). Configuration faults
 * (a wrong password 28P01, no such database 3D000) are not an outage: they stay 500s and alert.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '25006']);

/**
 * Whether a failure means the database cannot be reached right now (it refuses connections,
 * was shut down or restarted, or the network is gone), not that the request was wrong. Only
 * the driver's and the server's own errors count: never an error of ours or an HTTP one,
 * whose messages may carry what a client sent, nor another service's (S3 errors carry $metadata).
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  if (exception instanceof AppError || exception instanceof HttpException) return false;
  // TypeORM releases a transaction's connection when the server drops it; the next statement of that
  // transaction then finds it gone (through the query runner, or through the transaction's manager).
  if (
    exception instanceof QueryRunnerAlreadyReleasedError ||
    exception instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return true;
  const error: unknown = exception instanceof QueryFailedError ? exception.driverError : exception;
  if (!(error instanceof Error) || 'status' in error || 'statusCode' in error || '$metadata' in error) return false;
  const { code = '', severity } = error as DriverError & { syscall?: string };
  if (UNAVAILABLE_STATES.has(code) || (code.startsWith('08') && code !== '08P01')) return true;
  // FATAL 55000 at connection: "database … is not currently accepting connections".
  if (code === '55000' && severity === 'FATAL') return true;
  if (SOCKET_CODES.has(code) && 'syscall' in error) return true;
  return code === '' && CLIENT_MESSAGES.has(error.message);
}

/** SQLSTATEs that a value sent by a client can cause. */
const INPUT_STATES = new Set([
  '22001',
  '22003',
  '22007',
  '22008',
  '22021',
  '22025',
  '2201B',
  '22P02',
  '22P05',
  '23514',
  '54000',
]);

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
      gap: true,
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
        details: [
          { field, constraint: 'exists', message: `${field} names a record that does not exist, or one still in use` },
        ],
        requestId,
      },
    };
  }
  if (code === '40001' || code === '40P01') {
    return {
      gap: false,
      body: {
        statusCode: 409,
        error: 'CONFLICT',
        message: 'Another change to the same records got in the way; try again',
        requestId,
      },
    };
  }
  // A value too long, out of range, malformed or badly encoded, a check, a value too large for an
  // index: what a client's value can cause, though no rule said which field. Other data exceptions
  // (division by zero, an overflowing sum) are the server's own and stay 500s.
  if (INPUT_STATES.has(code)) {
    return {
      gap: true,
      body: {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'Invalid input: a value is malformed, out of range or too large',
        requestId,
      },
    };
  }
  return null;
}
