import { countCsvRows } from './csvRows';

describe('countCsvRows', () => {
  it('counts the records under the header', () => {
    expect(countCsvRows('id,country\r\n,KH\r\n,LA\r\n')).toBe(2);
    expect(countCsvRows('id,country\n,KH\n,LA')).toBe(2);
  });

  it('counts nothing for a header alone or an empty file', () => {
    expect(countCsvRows('\uFEFFid,country\r\n')).toBe(0);
    expect(countCsvRows('')).toBe(0);
  });

  it('skips blank lines and keeps a quoted cell with line breaks in one record', () => {
    expect(countCsvRows('id,descriptionEn\n\n,"One\nzone, two lines"\n  \n,"Says ""hi"""\n')).toBe(2);
  });
});
