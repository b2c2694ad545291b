import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatDate } from '../../../lib/names';
import { countryAlertsUrl } from '../alertFilters';
import { useAlerts } from '../api';
import { byAttention } from '../severity';
import { SeverityTag } from './AlertTags';
import '../risk-alerts.css';

const SHOWN = 5;

/** A country's current alerts on its profile (members only: the API does not show alerts to visitors). */
export function CountryAlerts({ country }: { country: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const query = useAlerts({ country, limit: SHOWN });
  const alerts = byAttention(query.data?.items ?? []);
  const total = query.data?.total ?? 0;

  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Flex vertical gap={8} data-testid="country-alerts">
      <ApiErrorAlert error={query.error} />
      {alerts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskAlerts.country.empty')} />
      ) : (
        <ul className="country-list">
          {alerts.map((alert) => {
            const title = pickTitle(alert, reader);
            return (
              <li key={alert.id} data-testid="country-alert">
                <Flex gap={8} align="flex-start">
                  <span className="country-alert-severity">
                    <SeverityTag severity={alert.severity} />
                  </span>
                  <div>
                    <Link to={`/policy/alerts/${alert.id}`} style={{ fontWeight: 600 }} lang={htmlLang(title.language)}>
                      {title.text}
                    </Link>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {[
                        t(`riskAlerts.category.${alert.category}`),
                        alert.place,
                        alert.issuedAt ? formatDate(alert.issuedAt, language) : t(`riskAlerts.status.${alert.status}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </div>
                </Flex>
              </li>
            );
          })}
        </ul>
      )}
      <Link to={countryAlertsUrl(country)} data-testid="country-alerts-all">
        {t('riskAlerts.country.all', { count: total })} <ArrowRightOutlined aria-hidden />
      </Link>
    </Flex>
  );
}
