import type { FinancingReviewDto } from '@alliance/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/names';
import '../financing.css';

/** Where the institution's answer ended, or that it waits for the requester's decision; nothing while the review runs. */
export function ReviewOutcome({ review }: { review: FinancingReviewDto }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(review.decidedAt, i18n.resolvedLanguage, true);
  const common = {
    showIcon: true,
    style: { marginBottom: 24 },
    'data-testid': 'review-outcome',
    'data-outcome': review.status,
  } as const;

  switch (review.status) {
    case 'declined':
      return (
        <Alert
          {...common}
          type="warning"
          title={t('financing.reviews.outcome.declined', { date })}
          description={
            review.declineReason ? <span className="financing-text">{review.declineReason}</span> : undefined
          }
        />
      );
    case 'closed':
      return (
        <Alert
          {...common}
          type="info"
          title={t('financing.reviews.outcome.closed')}
          description={review.closeReason ? t(`financing.closeReason.${review.closeReason}`) : undefined}
        />
      );
    case 'accepted':
      return <Alert {...common} type="success" title={t('financing.reviews.outcome.accepted')} />;
    case 'offer_made':
      return <Alert {...common} type="info" title={t('financing.reviews.outcome.offerMade', { date })} />;
    default:
      return null;
  }
}
