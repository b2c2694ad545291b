import type { AttachmentDto } from '@alliance/contracts';
import { uploadFile } from '../../lib/upload';

export { UploadAbortedError } from '../../lib/upload';

/**
 * Uploads one file to POST /api/attachments with progress. The result belongs to nothing until a
 * record's save names its id.
 */
export function uploadAttachment(
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<AttachmentDto> {
  return uploadFile<AttachmentDto>('/api/attachments', file, { onProgress, signal });
}
