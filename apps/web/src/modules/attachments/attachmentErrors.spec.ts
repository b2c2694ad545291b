import { ApiError } from '../../lib/apiClient';
import { refusedAttachments } from './attachmentErrors';

describe('a refusal of attachments', () => {
  it('tells when the API refused the attachments, not another field', () => {
    const refused = (field: string) =>
      new ApiError({
        statusCode: 422,
        error: 'UNPROCESSABLE',
        message: 'No',
        requestId: 'r',
        details: [{ field, constraint: 'attachments', message: 'No' }],
      });
    expect(refusedAttachments(refused('attachmentIds'))).toBe(true);
    expect(refusedAttachments(refused('attachmentIds.2'))).toBe(true);
    expect(refusedAttachments(refused('titleEn'))).toBe(false);
    expect(refusedAttachments(new Error('x'))).toBe(false);
  });
});
