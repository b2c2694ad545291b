import { ApiError, apiFetch, buildQuery, NetworkError } from './apiClient';
import { safeNext } from './navigation';

type FetchArgs = [string, RequestInit];

function mockFetch(response: Response | Error): jest.Mock<Promise<Response>, FetchArgs> {
  const fn = jest.fn<Promise<Response>, FetchArgs>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('apiFetch', () => {
  it('sends the CSRF header and the session cookie on state-changing requests', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await expect(apiFetch('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/logout');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
  });

  it('does not add the CSRF header to reads, and drops empty query values', async () => {
    const fetchMock = mockFetch(json(200, { items: [], total: 0, page: 1, limit: 20 }));
    await apiFetch('/api/organizations', { query: { q: 'park', type: undefined, status: '', page: 2 } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/organizations?q=park&page=2');
    expect((init.headers as Record<string, string>)['X-Requested-With']).toBeUndefined();
  });

  it('throws an ApiError carrying code, details, request id and Retry-After', async () => {
    mockFetch(
      json(
        429,
        { statusCode: 429, error: 'TOO_MANY_REQUESTS', message: 'Slow down', requestId: 'req-1', details: [] },
        { 'Retry-After': '120' },
      ),
    );
    const error = await apiFetch('/api/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      requestId: 'req-1',
      retryAfterSeconds: 120,
    });
  });

  it('keeps validation details for the form fields', async () => {
    const details = [{ field: 'email', constraint: 'isEmail', message: 'email must be an email' }];
    mockFetch(json(400, { statusCode: 400, error: 'VALIDATION_FAILED', message: 'Invalid', details, requestId: 'r' }));
    await expect(apiFetch('/api/users', { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details,
    });
  });

  it('maps a non-JSON error page to a code by status', async () => {
    mockFetch(new Response('<html>Bad gateway</html>', { status: 503 }));
    await expect(apiFetch('/api/health')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', statusCode: 503 });
  });

  it('reports an unreachable API as a NetworkError', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    await expect(apiFetch('/api/auth/me')).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('buildQuery', () => {
  it('returns nothing for no parameters', () => {
    expect(buildQuery(undefined)).toBe('');
    expect(buildQuery({ q: '' })).toBe('');
  });
});

describe('safeNext', () => {
  it.each([
    ['/admin/audit?page=2', '/admin/audit?page=2'],
    ['//evil.example.org', '/'],
    ['/\\evil.example.org', '/'],
    ['https://evil.example.org', '/'],
    [null, '/'],
  ])('%s -> %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
