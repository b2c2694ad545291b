import { pipelineCsvUrl } from '../../api';
import { pipelineFilterFromParams } from './pipelineFilters';

describe('pipeline filters from the address', () => {
  it('reads every known filter', () => {
    expect(
      pipelineFilterFromParams({
        q: ' steel ',
        status: 'under_review',
        instrument: 'loan',
        country: 'kh',
        currency: 'usd',
      }),
    ).toEqual({
      q: 'steel',
      status: 'under_review',
      instrument: 'loan',
      country: 'KH',
      currency: 'USD',
    });
  });

  it('drops what the API would refuse, and drafts the secretariat never sees', () => {
    expect(
      pipelineFilterFromParams({ q: ' ', status: 'draft', instrument: 'bond', country: 'Cambodia', currency: 'XYZ' }),
    ).toEqual({
      q: undefined,
      status: undefined,
      instrument: undefined,
      country: undefined,
      currency: undefined,
    });
  });

  it('gives the CSV the list’s filters and the reader’s language, nothing else', () => {
    const filter = pipelineFilterFromParams({ status: 'accepted', country: 'id', q: '' });
    expect(pipelineCsvUrl(filter, 'zh')).toBe('/api/financing-requests/export?status=accepted&country=ID&lang=zh');
    expect(pipelineCsvUrl(pipelineFilterFromParams({}), 'en')).toBe('/api/financing-requests/export?lang=en');
  });
});
