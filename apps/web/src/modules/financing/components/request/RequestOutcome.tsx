import type { FinancingRequestDto } from '@alliance/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../../lib/names';
import { formatMoney, formatRate } from '../../format';
import '../financing.css';

/**
 * How the request ended (or that it is not shared yet), said once above everything else: to the
 * requester as "you", to anyone else (the secretariat) naming the requester.
 */
export function RequestOutcome({ request, requester }: { request: FinancingRequestDto; requester: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const style = { marginBottom: 24 };
  const when = request.decidedAt ? ` · ${formatDate(request.decidedAt, language)}` : '';

  if (request.status === 'accepted') {
    const review = request.reviews.find((candidate) => candidate.id === request.acceptedReviewId);
    const institution = review ? pickName(review.institution, language) : '—';
    const offer = review?.offer;
    return (
      <Alert
        type="success"
        showIcon
        style={style}
        data-testid="request-outcome"
        title={`${
          requester
            ? t('financing.requests.outcome.accepted', { institution })
            : t('financing.requests.outcome.acceptedBy', {
                institution,
                requester: pickName(request.organization, language),
              })
        }${when}`}
        description={
          offer
            ? t('financing.requests.outcome.acceptedTerms', {
                amount: formatMoney(offer.amount, offer.currency),
                rate: `${t(`financing.rateKind.${offer.rateKind}`)} ${formatRate(offer.ratePercent)}`,
                tenor: t('financing.tenor', { count: offer.tenorMonths }),
              })
            : undefined
        }
      />
    );
  }
  if (request.status === 'withdrawn' || request.status === 'closed') {
    const reason = request.status === 'withdrawn' ? request.withdrawReason : request.closeReason;
    return (
      <Alert
        type={request.status === 'withdrawn' ? 'info' : 'warning'}
        showIcon
        style={style}
        data-testid="request-outcome"
        title={`${t(`financing.requests.outcome.${request.status}`)}${when}`}
        description={
          reason ? (
            <span className="financing-text">{t('financing.requests.outcome.reason', { reason })}</span>
          ) : undefined
        }
      />
    );
  }
  if (request.status === 'draft') {
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        data-testid="request-outcome"
        title={t(requester ? 'financing.requests.outcome.draft' : 'financing.requests.outcome.draftOther')}
      />
    );
  }
  return null;
}
