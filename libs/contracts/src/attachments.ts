/**
 * Files attached to records (posts now; financing requests, briefs and agreements later).
 * The type is sniffed from the content on the server; the name's extension must agree with it.
 */
export const ATTACHMENT_LIMITS = {
  perRecord: 10,
  /** The API's default; ATTACHMENT_MAX_BYTES may set another. */
  defaultMaxBytes: 20 * 1024 * 1024,
  fileNameLength: 200,
} as const;

/** Accepted kinds: the extensions a name may end with, and the type sniffed from the content for them. */
export const ATTACHMENT_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { mime: 'image/gif', extensions: ['gif'] },
  webp: { mime: 'image/webp', extensions: ['webp'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  doc: { mime: 'application/msword', extensions: ['doc'] },
  xls: { mime: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
} as const;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

/** The extensions a file picker offers, e.g. ".pdf,.png,…". */
export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(',');

export interface AttachmentDto {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  /** Where to download it: answers only to those who may see the record it is attached to. */
  url: string;
  createdAt: string;
}
