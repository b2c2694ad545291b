import type { CountryGradeDto } from '@alliance/contracts';
import { GRADE_COLORS } from './grades';
import { riskLayerCountries } from './riskLayer';

describe('the map risk layer', () => {
  const grades: CountryGradeDto[] = [
    { country: 'KH', grade: 3, outlook: 'positive', effectiveOn: '2026-07-01' },
    { country: 'ET', grade: 4, outlook: 'negative', effectiveOn: '2026-07-01' },
  ];

  it("fills each rated country with its grade's colour, names it with its grade and links it to its profile", () => {
    const layer = riskLayerCountries(grades, (g) => `${g.country} grade ${g.grade} ${g.outlook}`);
    expect(layer).toEqual([
      { country: 'KH', fill: GRADE_COLORS[3].fill, label: 'KH grade 3 positive', to: '/policy/countries/KH' },
      { country: 'ET', fill: GRADE_COLORS[4].fill, label: 'ET grade 4 negative', to: '/policy/countries/ET' },
    ]);
  });

  it('has no country when nothing is rated', () => {
    expect(riskLayerCountries([], () => '')).toEqual([]);
  });
});
