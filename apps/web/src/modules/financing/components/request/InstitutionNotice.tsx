import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../../components/ButtonLink';
import { useReviewQueue } from '../../api';

interface Props {
  /** The institution's own review of the request, when known. */
  reviewId: string | undefined;
  /** The API's refusal (DECLARATION_REQUIRED, CONFLICT_OF_INTEREST), when it gave one. */
  errorCode?: string;
}

/**
 * An institution's reviewer on the requester's page: their work happens on their own review,
 * behind the conflict-of-interest declaration, so the page points there.
 */
export function InstitutionNotice({ reviewId, errorCode }: Props) {
  const { t } = useTranslation();
  const text = t('financing.requests.institution.text');
  return (
    <Result
      status={errorCode ? '403' : 'info'}
      title={t('financing.requests.institution.title')}
      subTitle={errorCode ? `${t(`errors.${errorCode}`)} ${text}` : text}
      data-testid="institution-notice"
      extra={
        reviewId ? (
          <ButtonLink to={`/financing/reviews/${reviewId}`} type="primary" data-testid="open-own-review">
            {t('financing.requests.institution.openReview')}
          </ButtonLink>
        ) : (
          <ButtonLink to="/financing/reviews" type="primary">
            {t('financing.requests.institution.openQueue')}
          </ButtonLink>
        )
      }
    />
  );
}

/** The first page of the queue holds the reviews an institution is working on; a larger one is not needed here. */
const QUEUE_SCAN = 100;

/** The API refused the request to a reviewer: their review is looked up in their own queue instead. */
export function InstitutionRefusal({ requestId, errorCode }: { requestId: string; errorCode: string }) {
  const queue = useReviewQueue({ limit: QUEUE_SCAN });
  const reviewId = queue.data?.items.find((item) => item.request.id === requestId)?.review.id;
  return <InstitutionNotice reviewId={reviewId} errorCode={errorCode} />;
}
