import { ATTACHMENT_LIMITS } from '@alliance/contracts';

/** How a file is shown: its icon and colour follow the kind of document, not the exact type. */
export const ATTACHMENT_LOOKS = ['pdf', 'image', 'word', 'excel', 'powerpoint', 'file'] as const;
export type AttachmentLook = (typeof ATTACHMENT_LOOKS)[number];

const LOOK_BY_EXTENSION: Record<string, AttachmentLook> = {
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  doc: 'word',
  docx: 'word',
  xls: 'excel',
  xlsx: 'excel',
  ppt: 'powerpoint',
  pptx: 'powerpoint',
};

/** By the type the server sniffed from the content; by the name's extension when that says nothing. */
export function attachmentLook(mimeType: string | null | undefined, fileName: string): AttachmentLook {
  const mime = (mimeType ?? '').toLowerCase();
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('image/')) return 'image';
  if (mime === 'application/msword' || mime.includes('wordprocessingml')) return 'word';
  if (mime === 'application/vnd.ms-excel' || mime.includes('spreadsheetml')) return 'excel';
  if (mime === 'application/vnd.ms-powerpoint' || mime.includes('presentationml')) return 'powerpoint';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return LOOK_BY_EXTENSION[extension] ?? 'file';
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** "512 B", "340 KB", "1.2 MB", "20 MB": binary multiples, one decimal below ten. The same in both languages. */
export function formatFileSize(bytes: number, language: string | undefined): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  // Switch up at 1000 rather than 1024, so no size reads "1,010 KB".
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
  return `${number} ${UNITS[unit]}`;
}

/** Why a file is not even sent: the API would refuse it anyway (it stays the authority). */
export type UploadRefusal = 'tooMany' | 'tooLarge';

/** `taken`: files already attached or on their way. */
export function refuseUpload(
  file: { size: number },
  taken: number,
  maxBytes: number = ATTACHMENT_LIMITS.defaultMaxBytes,
): UploadRefusal | null {
  if (taken >= ATTACHMENT_LIMITS.perRecord) return 'tooMany';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}
