import {
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_LIST_STATUSES,
  RISK_ALERT_SEVERITIES,
  type RiskAlertListStatus,
} from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import type { AlertFilter } from './api';

/**
 * The statuses the list offers: `current` (the API's default: active, and for the issuer and the
 * secretariat those waiting for release), each status alone, or all of them.
 */
export const ALERT_LIST_STATUSES = RISK_ALERT_LIST_STATUSES;
export type AlertListStatus = RiskAlertListStatus;

export const ALERT_FILTER_KEYS = [
  'status',
  'country',
  'severity',
  'category',
  'unacknowledged',
  'reviewCountries',
] as const;
export type AlertFilterKey = (typeof ALERT_FILTER_KEYS)[number];

/**
 * The list's filter from the address's values. Values the API would refuse (an edited or outdated
 * link) are dropped: a bad link shows the current alerts, not an error.
 */
export function alertFilterOf(values: Partial<Record<AlertFilterKey, string>>): AlertFilter {
  const status = oneOf(ALERT_LIST_STATUSES, values.status);
  return {
    // `current` is the API's default: it need not be sent (nor kept in the address).
    status: status === 'current' ? undefined : status,
    country: countryFilter(values.country),
    severity: oneOf(RISK_ALERT_SEVERITIES, values.severity),
    category: oneOf(RISK_ALERT_CATEGORIES, values.category),
    // The home's "alerts to acknowledge" link: those still waiting for an acknowledgement.
    unacknowledged: values.unacknowledged === 'true' ? true : undefined,
    // An institution's home: alerts in the countries of the parks whose financing it reviews.
    reviewCountries: values.reviewCountries === 'true' ? true : undefined,
  };
}

/** Whether any filter narrows the list: the empty state then says so rather than "no alerts". */
export function isFiltered(filter: AlertFilter): boolean {
  return Boolean(
    filter.status ||
    filter.country ||
    filter.severity ||
    filter.category ||
    filter.unacknowledged ||
    filter.reviewCountries,
  );
}

/** The address of the list filtered to one country (links from a country's profile and financing pages). */
export function countryAlertsUrl(country: string): string {
  return `/policy/alerts?country=${encodeURIComponent(country.toUpperCase())}`;
}
