import type { FinancingOfferDto } from '@alliance/contracts';
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/names';
import { formatMoney, formatRate } from '../../format';
import '../financing.css';

/**
 * A calendar day (YYYY-MM-DD) in the reader's language. Read as UTC and shown in UTC, so the
 * day does not move back one in time zones west of Greenwich.
 */
function formatDay(day: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** The offer's terms, and who prepared and released it (maker and checker). */
export function OfferTerms({ offer }: { offer: FinancingOfferDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="offer-terms" styles={{ label: { width: 140 } }}>
      <Descriptions.Item label={t('financing.fields.amount')}>
        <Typography.Text strong data-testid="offer-amount-shown">
          {formatMoney(offer.amount, offer.currency)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t(`financing.rateKind.${offer.rateKind}`)}>
        {t('financing.reviews.offer.perYear', { rate: formatRate(offer.ratePercent) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.reviews.offer.tenor')}>
        {t('financing.tenor', { count: offer.tenorMonths })}
      </Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.fees')}>{offer.fees ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('financing.fields.validUntil')}>
        <span>
          {formatDay(offer.validUntil, language)}
          {offer.expired ? (
            <Tag color="red" style={{ marginInlineStart: 8 }} data-testid="offer-expired">
              {t('financing.reviews.offer.expired')}
            </Tag>
          ) : null}
        </span>
      </Descriptions.Item>
      {offer.conditions ? (
        <Descriptions.Item label={t('financing.fields.conditions')}>
          <span className="financing-text">{offer.conditions}</span>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('financing.reviews.offer.preparedBy')}>
        {t('financing.reviews.offer.byOn', {
          name: offer.preparedByName ?? '—',
          date: formatDate(offer.preparedAt, language, true),
        })}
      </Descriptions.Item>
      {offer.releasedAt ? (
        <Descriptions.Item label={t('financing.reviews.offer.releasedBy')}>
          {t('financing.reviews.offer.byOn', {
            name: offer.releasedByName ?? '—',
            date: formatDate(offer.releasedAt, language, true),
          })}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
