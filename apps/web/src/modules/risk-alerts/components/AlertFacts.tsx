import type { RiskAlertDto } from '@alliance/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { AlertStatusTag, CategoryTag, SeverityTag } from './AlertTags';
import { Validity } from './Validity';

/** Where the alert stands, where it applies, who issued it and when. */
export function AlertFacts({ alert }: { alert: RiskAlertDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="alert-facts">
      <Descriptions.Item label={t('riskAlerts.fields.status')}>
        <AlertStatusTag status={alert.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAlerts.fields.severity')}>
        <SeverityTag severity={alert.severity} />
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAlerts.fields.category')}>
        <CategoryTag category={alert.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAlerts.fields.countries')}>
        <span data-testid="alert-countries">
          {alert.countries.map((code, index) => (
            <span key={code}>
              {index > 0 ? ' · ' : null}
              <Link to={`/policy/countries/${code}`}>{countryName(code, language)}</Link>
            </span>
          ))}
        </span>
      </Descriptions.Item>
      {alert.place ? <Descriptions.Item label={t('riskAlerts.fields.place')}>{alert.place}</Descriptions.Item> : null}
      <Descriptions.Item label={t('riskAlerts.fields.validity')}>
        <Validity alert={alert} />
      </Descriptions.Item>
      <Descriptions.Item label={t('riskAlerts.fields.issuer')}>
        <Link to={`/organizations/${alert.organization.id}`}>{pickName(alert.organization, language)}</Link>
      </Descriptions.Item>
      {alert.issuedByName ? (
        <Descriptions.Item label={t('riskAlerts.fields.issuedBy')}>{alert.issuedByName}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('riskAlerts.fields.issuedAt')}>
        {alert.issuedAt ? formatDate(alert.issuedAt, language, true) : t('riskAlerts.detail.notYetOut')}
      </Descriptions.Item>
      {alert.releasedByName ? (
        <Descriptions.Item label={t('riskAlerts.fields.releasedBy')}>{alert.releasedByName}</Descriptions.Item>
      ) : null}
      {alert.withdrawnAt ? (
        <Descriptions.Item label={t('riskAlerts.fields.withdrawnAt')}>
          {formatDate(alert.withdrawnAt, language, true)}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
