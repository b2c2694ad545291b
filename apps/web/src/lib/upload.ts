import type { ErrorCode } from '@alliance/contracts';
import { apiErrorFrom, NetworkError } from './apiClient';

/** Thrown when an upload was cancelled on purpose: nothing to tell the person. */
export class UploadAbortedError extends NetworkError {
  constructor() {
    super('The upload was aborted');
    this.name = 'UploadAbortedError';
  }
}

export interface UploadOptions {
  /** 0–99 while sending; 100 once sent, while the server checks it. */
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
  /** A different reading of a bare status for this endpoint. */
  codeByStatus?: Partial<Record<number, ErrorCode>>;
}

/**
 * Sends one file as multipart/form-data (field `file`) with the session cookie and the CSRF
 * header, and reads the JSON answer; errors come out as the API's one error shape, like apiFetch.
 * XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  { onProgress, signal, codeByStatus }: UploadOptions,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadAbortedError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', abort);
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      settle();
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch (cause) {
          reject(new NetworkError(cause));
        }
      } else {
        reject(
          apiErrorFrom({
            status: xhr.status,
            text: xhr.responseText,
            requestId: xhr.getResponseHeader('X-Request-Id'),
            retryAfter: xhr.getResponseHeader('Retry-After'),
            codeByStatus,
          }),
        );
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new NetworkError('The upload failed'));
    };
    xhr.onabort = () => {
      settle();
      reject(new UploadAbortedError());
    };
    signal?.addEventListener('abort', abort, { once: true });
    const body = new FormData();
    body.append('file', file);
    xhr.send(body);
  });
}
