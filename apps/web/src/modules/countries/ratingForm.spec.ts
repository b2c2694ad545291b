import { hasRationale, ratingRequest } from './ratingForm';

const date = (value: string) => ({ format: () => value });

describe('the propose form', () => {
  it('sends the grade, outlook and date, blank texts as null', () => {
    expect(
      ratingRequest({
        grade: 2,
        outlook: 'stable',
        effectiveOn: date('2026-12-01'),
        rationaleEn: '  The law works in practice. ',
        rationaleZh: '   ',
        source: '',
      }),
    ).toEqual({
      grade: 2,
      outlook: 'stable',
      effectiveOn: '2026-12-01',
      rationaleEn: 'The law works in practice.',
      rationaleZh: null,
      source: null,
    });
  });

  it('needs a rationale in one language at least', () => {
    expect(hasRationale({ rationaleEn: ' ', rationaleZh: undefined })).toBe(false);
    expect(hasRationale({ rationaleZh: '理由' })).toBe(true);
  });

  it('refuses to build a request without grade, outlook or date', () => {
    expect(() => ratingRequest({ outlook: 'stable', effectiveOn: date('2026-12-01') })).toThrow();
  });
});
