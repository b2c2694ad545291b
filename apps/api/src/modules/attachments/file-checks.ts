import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, type AttachmentKind } from '@alliance/contracts';
import { fileTypeFromBuffer } from 'file-type/core';

export interface AcceptedFile {
  fileName: string;
  mimeType: string;
}

/** Legacy Office files are OLE compound documents: the content says "cfb", the extension says which. */
const COMPOUND_DOCUMENT = 'application/x-cfb';
const LEGACY_OFFICE: AttachmentKind[] = ['doc', 'xls', 'ppt'];

/**
 * Bidirectional formatting characters (marks, embeddings, overrides, isolates): in a file name
 * they only serve to disguise it (`invoice\u202Egpj.pdf` shows as "invoicefdp.jpg").
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name fit for a download header and a file system, shown as it is: no path, no control,
 * bidirectional or reserved characters, at most 200 characters with the extension kept.
 */
export function sanitizeFileName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (name.length > ATTACHMENT_LIMITS.fileNameLength) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot) : '';
    name = name.slice(0, ATTACHMENT_LIMITS.fileNameLength - ext.length) + ext;
  }
  return name || 'file';
}

function kindOfExtension(fileName: string): AttachmentKind | undefined {
  const ext = fileName.includes('.') ? fileName.split('.').pop()?.toLowerCase() : undefined;
  return (Object.keys(ATTACHMENT_TYPES) as AttachmentKind[]).find((kind) =>
    (ATTACHMENT_TYPES[kind].extensions as readonly string[]).includes(ext ?? ''),
  );
}

/**
 * The file is accepted when its name's extension is one of the accepted kinds and the
 * content, sniffed, is that kind. Returns the name to keep and the type to serve, or null.
 */
export async function checkFile(originalName: string, content: Buffer): Promise<AcceptedFile | null> {
  const fileName = sanitizeFileName(originalName);
  const kind = kindOfExtension(fileName);
  if (!kind) return null;
  const sniffed = await fileTypeFromBuffer(content);
  if (!sniffed) return null;
  const expected = ATTACHMENT_TYPES[kind].mime;
  const matches = sniffed.mime === expected || (LEGACY_OFFICE.includes(kind) && sniffed.mime === COMPOUND_DOCUMENT);
  return matches ? { fileName, mimeType: expected } : null;
}
