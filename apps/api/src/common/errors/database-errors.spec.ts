import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { AppError } from './app-error';
import { fromDatabaseError, isDatabaseUnavailable } from './database-errors';

const serverError = (fields: Record<string, string>) => Object.assign(new Error(fields.message ?? 'error'), fields);
const queryFailed = (fields: Record<string, string>) => new QueryFailedError('SELECT 1', [], serverError(fields));

describe('isDatabaseUnavailable', () => {
  it('recognizes a server that refuses, restarts or went away, and a network that is gone', () => {
    for (const error of [
      serverError({ code: 'ECONNREFUSED', syscall: 'connect' }),
      serverError({ code: '25006', severity: 'ERROR', message: 'cannot execute INSERT in a read-only transaction' }),
      serverError({ code: '57P01', severity: 'FATAL', message: 'terminating connection due to administrator command' }),
      serverError({ code: '55000', severity: 'FATAL', message: 'database "x" is not currently accepting connections' }),
      serverError({ code: '08006' }),
      serverError({ code: '53300' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      queryFailed({ code: '57P01', severity: 'FATAL' }),
      new QueryRunnerAlreadyReleasedError(),
      new QueryRunnerProviderAlreadyReleasedError(),
    ]) {
      expect({ error: error.message, unavailable: isDatabaseUnavailable(error) }).toEqual({
        error: error.message,
        unavailable: true,
      });
    }
  });

  it('leaves a failed query, a constraint, a bug, a configuration fault and our own errors alone, whatever their words', () => {
    for (const error of [
      queryFailed({ code: '23505', severity: 'ERROR' }),
      queryFailed({ code: '42P01', severity: 'ERROR' }),
      serverError({ code: '28P01', severity: 'FATAL', message: 'password authentication failed for user "alliance"' }),
      serverError({ code: '3D000', severity: 'FATAL', message: 'database "alliance" does not exist' }),
      serverError({ code: '08P01', severity: 'FATAL', message: 'protocol violation' }),
      new TypeError('x is undefined'),
      'a string',
      // A client's text in a message: a field named like a driver error, a body parser's error, an S3 outage.
      new AppError(400, 'VALIDATION_FAILED', 'Invalid input: Client was closed and is not queryable'),
      Object.assign(new Error('Connection terminated'), { status: 400 }),
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.9:9000'), {
        code: 'ECONNREFUSED',
        syscall: 'connect',
        $metadata: {},
      }),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});

describe('fromDatabaseError', () => {
  it('answers a unique clash with 409, a missing reference with 422 naming the field, bad data with 400 as a gap', () => {
    expect(fromDatabaseError(queryFailed({ code: '23505', constraint: 'uq_users_email' }), 'r')).toMatchObject({
      gap: false,
      body: { statusCode: 409, error: 'CONFLICT' },
    });
    expect(
      fromDatabaseError(
        queryFailed({ code: '23503', detail: 'Key (park_id)=(x) is not present in table "parks".' }),
        'r',
      ),
    ).toMatchObject({
      gap: true,
      body: { statusCode: 422, details: [{ field: 'parkId' }] },
    });
    expect(
      fromDatabaseError(
        queryFailed({ code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' }),
        'r',
      ),
    ).toMatchObject({
      gap: true,
      body: { statusCode: 400, error: 'VALIDATION_FAILED' },
    });
    expect(fromDatabaseError(queryFailed({ code: '40P01' }), 'r')?.body.statusCode).toBe(409);
    expect(fromDatabaseError(queryFailed({ code: '42P01' }), 'r')).toBeNull();
    expect(fromDatabaseError(queryFailed({ code: '22012', message: 'division by zero' }), 'r')).toBeNull();
    expect(fromDatabaseError(queryFailed({ code: '23502', column: 'name_en' }), 'r')).toMatchObject({
      gap: true,
      body: { statusCode: 400, details: [{ field: 'nameEn' }] },
    });
    expect(fromDatabaseError(new Error('not a query'), 'r')).toBeNull();
  });
});
