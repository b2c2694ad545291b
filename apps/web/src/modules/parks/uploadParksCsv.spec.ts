import { uploadError } from './uploadParksCsv';

describe('uploadError', () => {
  it('keeps the row-by-row details of a refused import', () => {
    const body = {
      statusCode: 422,
      error: 'IMPORT_INVALID',
      message: 'Nothing was imported',
      details: [{ row: 3, field: 'country', constraint: 'isISO31661Alpha2', message: 'country must be a valid code' }],
      requestId: 'req-1',
    };
    const error = uploadError(422, JSON.stringify(body), null);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toEqual(body.details);
    expect(error.requestId).toBe('req-1');
  });

  it('names a too large file even when a proxy answered with HTML', () => {
    const error = uploadError(413, '<html>Request Entity Too Large</html>', 'req-2');
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.statusCode).toBe(413);
    expect(error.requestId).toBe('req-2');
  });

  it('does not pass on an error code the web cannot translate', () => {
    const body = { statusCode: 500, error: 'SOMETHING_NEW', message: 'x', requestId: 'r' };
    expect(uploadError(500, JSON.stringify(body), null).code).toBe('INTERNAL');
  });
});
