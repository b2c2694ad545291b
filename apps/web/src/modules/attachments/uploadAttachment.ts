import type { ApiErrorBody, AttachmentDto, ErrorCode } from '@alliance/contracts';
import { ERROR_CODES } from '@alliance/contracts';
import { ApiError, NetworkError } from '../../lib/apiClient';

/** What a status means when the answer carries no error body (a proxy's HTML page, say). */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FILE_TYPE',
  429: 'TOO_MANY_REQUESTS',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
  504: 'SERVICE_UNAVAILABLE',
};

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return typeof body.statusCode === 'number' && typeof body.error === 'string';
}

/** The API's error shape from an upload's answer; without one, the status code names the problem. */
export function attachmentUploadError(status: number, text: string, requestId: string | null): ApiError {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the status code below says enough.
  }
  if (isErrorBody(parsed)) {
    const known = (ERROR_CODES as readonly string[]).includes(parsed.error);
    return new ApiError({ ...parsed, error: known ? parsed.error : 'INTERNAL', requestId: parsed.requestId ?? requestId ?? '' });
  }
  return new ApiError({
    statusCode: status,
    error: CODE_BY_STATUS[status] ?? 'INTERNAL',
    message: text.slice(0, 200),
    requestId: requestId ?? '',
  });
}

/** Thrown when the upload was cancelled on purpose: nothing to tell the person. */
export class UploadAbortedError extends NetworkError {
  constructor() {
    super('The upload was aborted');
    this.name = 'UploadAbortedError';
  }
}

/**
 * Uploads one file to POST /api/attachments as multipart/form-data. XMLHttpRequest rather than
 * fetch: only it reports upload progress. `onProgress(100)` means sent, the server is checking it.
 * The result belongs to nothing until a record's save names its id.
 */
export function uploadAttachment(file: File, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<AttachmentDto> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadAbortedError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    xhr.open('POST', '/api/attachments');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      signal?.removeEventListener('abort', abort);
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as AttachmentDto);
        } catch (cause) {
          reject(new NetworkError(cause));
        }
      } else {
        reject(attachmentUploadError(xhr.status, xhr.responseText, xhr.getResponseHeader('X-Request-Id')));
      }
    };
    xhr.onerror = () => {
      signal?.removeEventListener('abort', abort);
      reject(new NetworkError('The upload failed'));
    };
    xhr.onabort = () => reject(new UploadAbortedError());
    signal?.addEventListener('abort', abort, { once: true });
    const body = new FormData();
    body.append('file', file);
    xhr.send(body);
  });
}
