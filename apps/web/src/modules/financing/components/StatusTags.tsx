import {
  FINANCING_REQUEST_OPEN,
  type FinancingOfferStatus,
  type FinancingRequestStatus,
  type FinancingReviewStatus,
} from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const REQUEST_COLORS: Record<FinancingRequestStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  under_review: 'geekblue',
  offer_received: 'gold',
  accepted: 'green',
  withdrawn: 'default',
  closed: 'default',
};

const REVIEW_COLORS: Record<FinancingReviewStatus, string> = {
  new: 'blue',
  in_review: 'geekblue',
  info_requested: 'orange',
  offer_made: 'gold',
  declined: 'red',
  accepted: 'green',
  closed: 'default',
};

const OFFER_COLORS: Record<FinancingOfferStatus, string> = {
  prepared: 'purple',
  released: 'gold',
  accepted: 'green',
  not_accepted: 'default',
  lapsed: 'default',
};

/**
 * Where a request stands. An institution sees an open request as just "open" (the API tells it no
 * more: whether other institutions opened it or made offers is not its business).
 */
export function RequestStatusTag({
  status,
  institution = false,
}: {
  status: FinancingRequestStatus;
  institution?: boolean;
}) {
  const { t } = useTranslation();
  const open = institution && FINANCING_REQUEST_OPEN.includes(status);
  return (
    <Tag color={open ? 'blue' : REQUEST_COLORS[status]} data-status={open ? 'open' : status}>
      {open ? t('financing.requestStatus.open') : t(`financing.requestStatus.${status}`)}
    </Tag>
  );
}

export function ReviewStatusTag({ status }: { status: FinancingReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REVIEW_COLORS[status]} data-status={status}>
      {t(`financing.reviewStatus.${status}`)}
    </Tag>
  );
}

export function OfferStatusTag({ status }: { status: FinancingOfferStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={OFFER_COLORS[status]} data-status={status}>
      {t(`financing.offerStatus.${status}`)}
    </Tag>
  );
}
