import type { CountryAlertsDto } from '@alliance/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryAlertsUrl } from '../alertFilters';
import { SeverityTag } from './AlertTags';
import '../risk-alerts.css';

interface Props {
  country: string | null;
  /** Null when the country has no active alert. */
  alerts: CountryAlertsDto | null;
}

/**
 * A country's active alerts beside its grade (financing request, review, queue): the gravest's
 * severity and how many, linked to the list of the country's alerts.
 */
export function CountryAlertsBadge({ country, alerts }: Props) {
  const { t } = useTranslation();
  if (!country) return null;
  if (alerts === null || alerts.count === 0)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="country-alerts-badge" data-count={0}>
        {t('riskAlerts.badge.none')}
      </Typography.Text>
    );
  return (
    <Link
      to={countryAlertsUrl(country)}
      className="country-alerts-badge"
      onClick={(event) => event.stopPropagation()}
      data-testid="country-alerts-badge"
      data-count={alerts.count}
    >
      <SeverityTag severity={alerts.severity} />
      <span className="country-alerts-count">{t('riskAlerts.badge.count', { count: alerts.count })}</span>
    </Link>
  );
}
