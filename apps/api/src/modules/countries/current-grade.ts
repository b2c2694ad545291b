/**
 * SQL of a country's current risk grade (its latest published change) as JSON, for a column that
 * holds a country code, e.g. `currentGradeOf('"r".country')`: a lookup along the ratings' history
 * index, so a list of financing requests carries each host country's grade in its own statement.
 */
export const currentGradeOf = (countryColumn: string): string =>
  `SELECT json_build_object('country', cr.country, 'grade', cr.grade, 'outlook', cr.outlook, 'effectiveOn', cr.effective_on::text)
     FROM country_ratings cr WHERE cr.country = ${countryColumn} AND cr.status = 'published'
     ORDER BY cr.effective_on DESC, cr.published_at DESC LIMIT 1`;

/** The condition that a country column's current grade is `:riskGrade`. */
export const hasCurrentGrade = (countryColumn: string): string =>
  `(${currentGradeOf(countryColumn)}) ->> 'grade' = :riskGrade::text`;
