import type { CountryRatingRequest, RiskGrade, RiskOutlook } from '@alliance/contracts';

/** The propose form's values; the date as the picker gives it (anything with `format`). */
export interface RatingFormValues {
  grade?: RiskGrade;
  outlook?: RiskOutlook;
  effectiveOn?: { format: (template: string) => string } | null;
  rationaleEn?: string;
  rationaleZh?: string;
  source?: string;
}

const text = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

/** Whether at least one of the two rationales is written (the API refuses a proposal without one). */
export function hasRationale(values: Pick<RatingFormValues, 'rationaleEn' | 'rationaleZh'>): boolean {
  return text(values.rationaleEn) !== null || text(values.rationaleZh) !== null;
}

/** The request the API takes: blank texts as null, the date as YYYY-MM-DD. */
export function ratingRequest(values: RatingFormValues): CountryRatingRequest {
  if (!values.grade || !values.outlook || !values.effectiveOn) throw new Error('grade, outlook and date are required');
  return {
    grade: values.grade,
    outlook: values.outlook,
    effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
    rationaleEn: text(values.rationaleEn),
    rationaleZh: text(values.rationaleZh),
    source: text(values.source),
  };
}
