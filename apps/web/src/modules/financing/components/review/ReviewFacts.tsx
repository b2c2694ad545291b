import type { FinancingRequestDto, FinancingRequestSummaryDto } from '@alliance/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName, sectorName } from '../../../../lib/names';
import { formatMoney } from '../../format';
import { RequestStatusTag } from '../StatusTags';

interface Props {
  request: FinancingRequestSummaryDto;
  /** The full request, once the reader has declared no conflict of interest. */
  details: FinancingRequestDto | null;
}

/** Who asks, for which park, what, how much and where: the summary every reviewer sees, even before declaring. */
export function ReviewFacts({ request, details }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="review-facts" styles={{ label: { width: 130 } }}>
      <Descriptions.Item label={t('financing.fields.organization')}>
        <Link to={`/organizations/${request.organization.id}`} data-testid="review-requester">
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
        <Typography.Text strong data-testid="review-amount">
          {formatMoney(request.amount, request.currency)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.reviews.facts.tenor')}>
        {request.tenorMonths !== null ? t('financing.tenor', { count: request.tenorMonths }) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.country')}>
        <span data-testid="review-country">{countryName(request.country, language)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.sector')}>{request.sector ? sectorName(request.sector, language) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('financing.reviews.facts.requestStatus')}>
        <RequestStatusTag status={request.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.submittedAt')}>{formatDate(request.submittedAt, language, true)}</Descriptions.Item>
      {request.revision > 1 ? <Descriptions.Item label={t('financing.fields.revision')}>{request.revision}</Descriptions.Item> : null}
      {details ? (
        <Descriptions.Item label={t('financing.reviews.facts.createdBy')}>{details.createdByName ?? '—'}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
