import { ApiError, apiErrorFrom } from './apiClient';
import { uploadFile, UploadAbortedError } from './upload';

/** Just enough of XMLHttpRequest to see what is sent and to answer as the API would. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress?: (event: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

const original = globalThis.XMLHttpRequest;
beforeAll(() => {
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterAll(() => {
  globalThis.XMLHttpRequest = original;
});

const pdf = () => new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' });

describe('uploadFile', () => {
  it('sends the file as the field "file" with the CSRF header and reports progress', async () => {
    const progress: number[] = [];
    const upload = uploadFile('/api/attachments', pdf(), { onProgress: (percent) => progress.push(percent) });
    const xhr = FakeXhr.last;
    expect([xhr.method, xhr.url, xhr.withCredentials]).toEqual(['POST', '/api/attachments', true]);
    expect(xhr.headers['X-Requested-With']).toBe('XMLHttpRequest');
    expect((xhr.body?.get('file') as File).name).toBe('report.pdf');

    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    xhr.upload.onload?.();
    const dto = {
      id: 'a1',
      fileName: 'report.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 8,
      sha256: 'x',
      url: '/api/attachments/a1',
      createdAt: '2030-01-01T00:00:00Z',
    };
    xhr.answer(201, dto);
    await expect(upload).resolves.toEqual(dto);
    expect(progress).toEqual([50, 100]);
  });

  it('refuses with the API error of a file whose content is not accepted', async () => {
    const upload = uploadFile('/api/attachments', pdf(), { onProgress: () => undefined });
    FakeXhr.last.answer(415, { statusCode: 415, error: 'UNSUPPORTED_FILE_TYPE', message: 'No', requestId: 'req-9' });
    await expect(upload).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', statusCode: 415, requestId: 'req-9' });
  });

  it('stops when aborted, with an error that says so', async () => {
    const controller = new AbortController();
    const upload = uploadFile('/api/attachments', pdf(), { onProgress: () => undefined, signal: controller.signal });
    controller.abort();
    await expect(upload).rejects.toBeInstanceOf(UploadAbortedError);
  });

  it("reads a bare status the endpoint's way (the park import's 422 is an invalid import)", async () => {
    const upload = uploadFile('/api/parks/import', pdf(), {
      onProgress: () => undefined,
      codeByStatus: { 422: 'IMPORT_INVALID' },
    });
    FakeXhr.last.answer(422, '<html>Unprocessable</html>', { 'X-Request-Id': 'req-7' });
    await expect(upload).rejects.toMatchObject({ code: 'IMPORT_INVALID', statusCode: 422, requestId: 'req-7' });
  });
});

describe('apiErrorFrom', () => {
  it('keeps the code, message and request id of the API error body', () => {
    const body = {
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'file is missing',
      requestId: 'req-1',
      details: [],
    };
    const error = apiErrorFrom({ status: 400, text: JSON.stringify(body), requestId: 'other' });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message, error.requestId]).toEqual(['VALIDATION_FAILED', 'file is missing', 'req-1']);
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [502, 'SERVICE_UNAVAILABLE'],
    [500, 'INTERNAL'],
  ])('names a %i answered by a proxy with HTML as %s', (status, code) => {
    const error = apiErrorFrom({ status, text: '<html>Error</html>', requestId: 'req-2' });
    expect([error.code, error.statusCode, error.requestId]).toEqual([code, status, 'req-2']);
  });

  it('does not pass on an error code the web cannot translate', () => {
    const body = { statusCode: 415, error: 'SOMETHING_NEW', message: 'x', requestId: 'r' };
    expect(apiErrorFrom({ status: 415, text: JSON.stringify(body), requestId: null }).code).toBe('INTERNAL');
  });

  it('keeps the row-by-row details of a refused import', () => {
    const body = {
      statusCode: 422,
      error: 'IMPORT_INVALID',
      message: 'Nothing was imported',
      details: [{ row: 3, field: 'country', constraint: 'isISO31661Alpha2', message: 'country must be a valid code' }],
      requestId: 'req-1',
    };
    const error = apiErrorFrom({ status: 422, text: JSON.stringify(body), requestId: null });
    expect([error.code, error.details, error.requestId]).toEqual(['IMPORT_INVALID', body.details, 'req-1']);
  });
});
