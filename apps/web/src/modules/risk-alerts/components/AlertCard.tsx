import { htmlLang, pickTitle, readerLanguage, type RiskAlertSummaryDto } from '@alliance/contracts';
import { CheckCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { AlertStatusTag, CategoryTag, SeverityTag } from './AlertTags';
import { Validity } from './Validity';
import '../risk-alerts.css';

interface Props {
  alert: RiskAlertSummaryDto;
  /** The heading level under the page's: h2 in a list, h3 in a section of a page. */
  level?: 2 | 3;
}

/** One alert in a list: how grave, what about, where, until when, and whether it concerns the reader. */
export function AlertCard({ alert, level = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = pickTitle(alert, readerLanguage(language));
  const places = alert.countries.map((code) => countryName(code, language)).join(' · ');

  return (
    <Card
      size="small"
      className={`alert-card alert-card-${alert.severity}${alert.status === 'active' ? '' : ' alert-card-past'}`}
      data-testid="alert-card"
      data-alert-id={alert.id}
    >
      <Flex vertical gap={6}>
        <Flex wrap gap={6} align="center">
          <SeverityTag severity={alert.severity} />
          <AlertStatusTag status={alert.status} />
          <CategoryTag category={alert.category} />
          {alert.updateNumber > 0 ? (
            <Typography.Text type="secondary" className="alert-card-meta">
              {t('riskAlerts.card.updates', { count: alert.updateNumber })}
            </Typography.Text>
          ) : null}
          {title.fallback ? <LanguageMarker language={title.language} testId="alert-language-marker" /> : null}
        </Flex>
        <Typography.Title
          level={level}
          className="alert-card-title"
          style={{ margin: 0 }}
          lang={htmlLang(title.language)}
        >
          <Link to={`/policy/alerts/${alert.id}`} data-testid="alert-card-title">
            {title.text}
          </Link>
        </Typography.Title>
        <Typography.Text className="alert-card-meta">
          <EnvironmentOutlined aria-hidden />{' '}
          <span className="alert-sr-only">{t('riskAlerts.fields.countries')}: </span>
          {places}
          {alert.place ? ` — ${alert.place}` : null}
        </Typography.Text>
        <Typography.Text type="secondary" className="alert-card-meta">
          {pickName(alert.organization, language)}
          {alert.issuedAt ? ` · ${t('riskAlerts.card.issued', { date: formatDate(alert.issuedAt, language) })}` : null}
          {' · '}
          <Validity alert={alert} />
        </Typography.Text>
        {alert.exposure ? (
          <Typography.Text className="alert-card-exposure" data-testid="alert-card-exposure">
            {alert.exposure.acknowledgedAt ? (
              <>
                <CheckCircleOutlined aria-hidden />{' '}
                {t('riskAlerts.card.acknowledged', { date: formatDate(alert.exposure.acknowledgedAt, language) })}
              </>
            ) : (
              t('riskAlerts.card.exposed', {
                reasons: alert.exposure.reasons.map((reason) => t(`riskAlerts.exposure.${reason}`)).join(', '),
              })
            )}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
