/**
 * The SQL of a country's active alerts as JSON (how many, the gravest), for a column holding a country
 * code: a financing request's page, review and queue show it beside the country's grade.
 */
export const countryAlertsOf = (countryColumn: string): string =>
  `SELECT json_build_object('count', count(*), 'severity', max(ra.severity)) FROM risk_alerts ra
    WHERE ra.countries @> ARRAY[${countryColumn}::text] AND ra.status = 'active'
      AND (ra.valid_until IS NULL OR ra.valid_until > now()) HAVING count(*) > 0`;
