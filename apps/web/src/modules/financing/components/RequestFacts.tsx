import type { FinancingRequestDto, FinancingRequestSummaryDto } from '@alliance/contracts';
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName, sectorName } from '../../../lib/names';
import { CountryRisk } from '../../countries/components/RiskGrade';
import { CountryAlertsBadge } from '../../risk-alerts/components/CountryAlertsBadge';
import { formatMoney } from '../format';
import { RequestStatusTag } from './StatusTags';

/** Who reads the facts: the requesting organization (or the secretariat) on the request page, or an institution on its review. */
type Reader = 'requester' | 'reviewer';

interface Props {
  request: FinancingRequestSummaryDto;
  /** The full request, with its author; null for a reviewer who has not declared yet. */
  details: FinancingRequestDto | null;
  reader: Reader;
}

const TEST_IDS: Record<Reader, { facts: string; amount: string; organization?: string; country?: string }> = {
  requester: { facts: 'request-facts', amount: 'request-amount' },
  reviewer: {
    facts: 'review-facts',
    amount: 'review-amount',
    organization: 'review-requester',
    country: 'review-country',
  },
};

/**
 * Who asks, for which park, what, how much and where, and who wrote it. The requester also sees
 * whom it is shared with and when it last changed; a reviewer sees where the request stands
 * (the page's own tag is the review's).
 */
export function RequestFacts({ request, details, reader }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const testIds = TEST_IDS[reader];
  const requester = reader === 'requester';
  // The requester follows every revision; a reviewer is told only once the request has been revised.
  const showRevision = request.revision > (requester ? 0 : 1);
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid={testIds.facts}
      styles={requester ? undefined : { label: { width: 130 } }}
    >
      <Descriptions.Item label={t('financing.fields.organization')}>
        <Link to={`/organizations/${request.organization.id}`} data-testid={testIds.organization}>
          {pickName(request.organization, language)}
        </Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.parkId')}>
        {request.park ? <Link to={`/parks/${request.park.id}`}>{pickName(request.park, language)}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.instrument')}>
        {request.instrument ? t(`financing.instrument.${request.instrument}`) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.amount')}>
        <Typography.Text strong data-testid={testIds.amount}>
          {formatMoney(request.amount, request.currency)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.requests.detail.tenor')}>
        {request.tenorMonths !== null ? t('financing.tenor', { count: request.tenorMonths }) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.country')}>
        <span data-testid={testIds.country}>{countryName(request.country, language)}</span>
      </Descriptions.Item>
      {request.country ? (
        <Descriptions.Item label={t('countries.risk.field')}>
          <Flex gap={8} wrap align="center" component="span">
            <CountryRisk risk={request.countryRisk} />
            <CountryAlertsBadge country={request.country} alerts={request.countryAlerts} />
          </Flex>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('financing.fields.sector')}>
        {request.sector ? sectorName(request.sector, language) : '—'}
      </Descriptions.Item>
      {requester ? (
        <Descriptions.Item label={t('financing.fields.audience')}>
          <div>
            {t(`financing.audience.${request.audience}`)}
            {request.audience === 'named' && details && details.institutions.length > 0 ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="request-institutions">
                {details.institutions.map((institution) => (
                  <li key={institution.id}>{pickName(institution, language)}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </Descriptions.Item>
      ) : (
        <Descriptions.Item label={t('financing.reviews.facts.requestStatus')}>
          <RequestStatusTag status={request.status} institution />
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('financing.fields.submittedAt')}>
        {request.submittedAt
          ? formatDate(request.submittedAt, language, true)
          : t('financing.requests.detail.notSubmitted')}
      </Descriptions.Item>
      {showRevision ? (
        <Descriptions.Item label={t('financing.fields.revision')}>{request.revision}</Descriptions.Item>
      ) : null}
      {details ? (
        <Descriptions.Item label={t('financing.requests.detail.createdBy')}>
          {details.createdByName ?? '—'}
        </Descriptions.Item>
      ) : null}
      {requester ? (
        <Descriptions.Item label={t('financing.requests.detail.updatedAt')}>
          {formatDate(request.updatedAt, language, true)}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
