import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from '@alliance/contracts';
import { attachmentLook, formatFileSize, refuseUpload } from './attachmentFiles';

describe('attachment files', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 KB'],
    [340 * 1024, '340 KB'],
    [1.2 * 1024 * 1024, '1.2 MB'],
    [ATTACHMENT_LIMITS.defaultMaxBytes, '20 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatFileSize(bytes, 'en')).toBe(text);
    expect(formatFileSize(bytes, 'zh')).toBe(text);
  });

  it('has an icon for every accepted type', () => {
    for (const { mime, extensions } of Object.values(ATTACHMENT_TYPES)) {
      expect(attachmentLook(mime, 'x')).not.toBe('file');
      for (const extension of extensions) expect(attachmentLook('', `x.${extension.toUpperCase()}`)).not.toBe('file');
    }
    expect(attachmentLook('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'a.xlsx')).toBe('excel');
    expect(attachmentLook('application/octet-stream', 'notes.txt')).toBe('file');
  });

  it('refuses before sending more files than a record takes, or a file over the limit', () => {
    const small = { size: 1024 };
    expect(refuseUpload(small, ATTACHMENT_LIMITS.perRecord - 1)).toBeNull();
    expect(refuseUpload(small, ATTACHMENT_LIMITS.perRecord)).toBe('tooMany');
    expect(refuseUpload({ size: ATTACHMENT_LIMITS.defaultMaxBytes }, 0)).toBeNull();
    expect(refuseUpload({ size: ATTACHMENT_LIMITS.defaultMaxBytes + 1 }, 0)).toBe('tooLarge');
  });
});
