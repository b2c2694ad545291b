import type { ApiErrorBody, DomainErrorCode, ErrorCode, ErrorDetail } from '@alliance/contracts';
import { ERROR_CODE_BY_STATUS, ERROR_CODES, IDEMPOTENCY_KEY_HEADER } from '@alliance/contracts';

/** The API's one error shape, thrown by `apiFetch` for every non-2xx answer. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  /** With UNPROCESSABLE: the domain's rule that refused it. */
  readonly reason: DomainErrorCode | null;
  readonly requestId: string;
  /** Seconds from the `Retry-After` header of a 429, when the API sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(body: ApiErrorBody, retryAfterSeconds: number | null = null) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.error;
    this.details = body.details ?? [];
    this.reason = body.reason ?? null;
    this.requestId = body.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Network failures (API down, offline) are reported as a 503 so pages handle one type. */
export class NetworkError extends ApiError {
  constructor(cause: unknown) {
    super({ statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: String(cause), requestId: '' });
    this.name = 'NetworkError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** A create's key (see `useSubmissionKeys`): sent again with it, the API answers with the record first made. */
  idempotencyKey?: string;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return typeof body.statusCode === 'number' && typeof body.error === 'string';
}

export interface ErrorAnswer {
  status: number;
  /** The answer's body as text (JSON from the API; anything from a proxy). */
  text: string;
  requestId: string | null;
  retryAfter?: string | null;
  /** Said when the body is not the API's: the status text, or the start of the body. */
  fallbackMessage?: string;
  /** A different reading of a bare status for one endpoint (the park import's 422, say). */
  codeByStatus?: Partial<Record<number, ErrorCode>>;
}

/** The API's error shape from any answer (fetch or an upload's XMLHttpRequest); without one, the status names the problem. */
export function apiErrorFrom(answer: ErrorAnswer): ApiError {
  const retryAfter = parseRetryAfter(answer.retryAfter ?? null);
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to the status code below.
  }
  if (isErrorBody(parsed)) {
    const known = (ERROR_CODES as readonly string[]).includes(parsed.error);
    return new ApiError(
      { ...parsed, error: known ? parsed.error : 'INTERNAL', requestId: parsed.requestId ?? answer.requestId ?? '' },
      retryAfter,
    );
  }
  return new ApiError(
    {
      statusCode: answer.status,
      error: answer.codeByStatus?.[answer.status] ?? ERROR_CODE_BY_STATUS[answer.status] ?? 'INTERNAL',
      message: answer.fallbackMessage ?? answer.text.slice(0, 200),
      requestId: answer.requestId ?? '',
    },
    retryAfter,
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  return apiErrorFrom({
    status: response.status,
    text: await response.text().catch(() => ''),
    requestId: response.headers.get('X-Request-Id'),
    retryAfter: response.headers.get('Retry-After'),
    fallbackMessage: response.statusText,
  });
}

/**
 * The one way the web calls the API: JSON in and out, same-origin cookie session, and the
 * `X-Requested-With` header the API's CSRF guard demands on every state-changing request.
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-Requested-With'] = 'XMLHttpRequest';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(`${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new NetworkError(cause);
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 205) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
