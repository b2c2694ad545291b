import type { CountryGradeDto } from '@alliance/contracts';
import type { MapLayerCountry } from '../parks/components/WorldMap';
import { gradeColor } from './grades';

/**
 * The map layer of the current grades: each rated country filled with its grade's colour, named with
 * its grade and outlook (for screen readers and the tooltip), and linked to its profile.
 */
export function riskLayerCountries(
  grades: readonly CountryGradeDto[],
  describe: (grade: CountryGradeDto) => string,
): MapLayerCountry[] {
  return grades.map((grade) => ({
    country: grade.country,
    fill: gradeColor(grade.grade).fill,
    label: describe(grade),
    to: `/policy/countries/${grade.country}`,
  }));
}
