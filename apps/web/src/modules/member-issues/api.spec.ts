import { caseExportUrl } from './api';
import { caseFilterOf } from './issueFilters';

describe('the cases CSV link', () => {
  it("carries the list's filters and the reader's language", () => {
    expect(caseExportUrl(caseFilterOf({ country: 'kh', category: 'customs' }), 'zh')).toBe(
      '/api/issue-cases/export.csv?status=open&country=KH&category=customs&lang=zh',
    );
    expect(caseExportUrl(caseFilterOf({ status: 'all' }), 'en')).toBe('/api/issue-cases/export.csv?status=all&lang=en');
  });
});
