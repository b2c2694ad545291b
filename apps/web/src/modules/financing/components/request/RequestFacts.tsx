import type { FinancingRequestDto } from '@alliance/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName, sectorName } from '../../../../lib/names';
import { formatMoney } from '../../format';

/** Who asks, for which park, what and how much, shared with whom, and where the request stands. */
export function RequestFacts({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="request-facts">
      <Descriptions.Item label={t('financing.fields.organization')}>
        <Link to={`/organizations/${request.organization.id}`}>{pickName(request.organization, language)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.parkId')}>
        {request.park ? <Link to={`/parks/${request.park.id}`}>{pickName(request.park, language)}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.instrument')}>
        {request.instrument ? t(`financing.instrument.${request.instrument}`) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.amount')}>
        <Typography.Text strong data-testid="request-amount">
          {formatMoney(request.amount, request.currency)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.requests.detail.tenor')}>
        {request.tenorMonths !== null ? t('financing.tenor', { count: request.tenorMonths }) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.country')}>{countryName(request.country, language)}</Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.sector')}>{request.sector ? sectorName(request.sector, language) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.audience')}>
        <div>
          {t(`financing.audience.${request.audience}`)}
          {request.audience === 'named' && request.institutions.length > 0 ? (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="request-institutions">
              {request.institutions.map((institution) => (
                <li key={institution.id}>{pickName(institution, language)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.submittedAt')}>
        {request.submittedAt ? formatDate(request.submittedAt, language, true) : t('financing.requests.detail.notSubmitted')}
      </Descriptions.Item>
      {request.revision > 0 ? <Descriptions.Item label={t('financing.fields.revision')}>{request.revision}</Descriptions.Item> : null}
      <Descriptions.Item label={t('financing.requests.detail.createdBy')}>{request.createdByName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('financing.requests.detail.updatedAt')}>{formatDate(request.updatedAt, language, true)}</Descriptions.Item>
    </Descriptions>
  );
}
