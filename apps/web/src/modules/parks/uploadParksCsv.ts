import type { ApiErrorBody, ErrorCode, ParkImportReport } from '@alliance/contracts';
import { ERROR_CODES } from '@alliance/contracts';
import { ApiError, NetworkError } from '../../lib/apiClient';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'IMPORT_INVALID',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return typeof body.statusCode === 'number' && typeof body.error === 'string';
}

/** The API's error shape from an upload's answer; a proxy's HTML page falls back to the status code. */
export function uploadError(status: number, text: string, requestId: string | null): ApiError {
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

/**
 * Sends the CSV as multipart/form-data. XMLHttpRequest rather than fetch: only it reports
 * upload progress. `onProgress(100)` means the file is sent and the server is working on it.
 */
export function uploadParksCsv(file: File, onProgress: (percent: number) => void): Promise<ParkImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/parks/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ParkImportReport);
        } catch (cause) {
          reject(new NetworkError(cause));
        }
      } else {
        reject(uploadError(xhr.status, xhr.responseText, xhr.getResponseHeader('X-Request-Id')));
      }
    };
    xhr.onerror = () => reject(new NetworkError('The upload failed'));
    xhr.onabort = () => reject(new NetworkError('The upload was aborted'));
    const body = new FormData();
    body.append('file', file);
    xhr.send(body);
  });
}
