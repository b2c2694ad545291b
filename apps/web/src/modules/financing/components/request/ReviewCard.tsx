import type { FinancingReviewDto } from '@alliance/contracts';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../../lib/names';
import { formatMoney, formatRate } from '../../format';
import { MessageThread } from '../MessageThread';
import { OfferStatusTag, ReviewStatusTag } from '../StatusTags';
import { AnswerBox } from './AnswerBox';
import '../financing.css';

/**
 * One institution's review as the requester (or, without terms and thread, the secretariat)
 * sees it: where it stands, how long it has waited, why it ended, and the private thread.
 */
export function ReviewCard({ review }: { review: FinancingReviewDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const name = pickName(review.institution, language);
  // The API lists `answer` for the requester while the institution waits for it.
  const canAnswer = review.actions.includes('answer');

  return (
    <Card
      size="small"
      id={`review-${review.id}`}
      data-testid={`review-card-${review.institution.id}`}
      title={<span style={{ whiteSpace: 'normal' }}>{name}</span>}
      extra={<ReviewStatusTag status={review.status} />}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">
            {review.openedAt
              ? t('financing.requests.reviews.opened', { date: formatDate(review.openedAt, language) })
              : t('financing.requests.reviews.notOpened')}
          </Typography.Text>
          {review.workingDaysWaiting > 0 ? (
            <Tag icon={<ClockCircleOutlined />} color={review.overdue ? 'red' : 'default'} data-testid="review-waiting">
              {t('financing.requests.reviews.waiting', {
                days: t('financing.workingDays', { count: review.workingDaysWaiting }),
              })}
              {review.overdue ? ` · ${t('financing.overdue')}` : ''}
            </Tag>
          ) : null}
        </Flex>

        {review.status === 'declined' ? (
          <Alert
            type="warning"
            showIcon
            title={t('financing.requests.reviews.declined')}
            description={
              review.declineReason ? <span className="financing-text">{review.declineReason}</span> : undefined
            }
            data-testid="review-decline-reason"
          />
        ) : null}
        {review.closeReason ? (
          <Typography.Text type="secondary" data-testid="review-close-reason">
            {t('financing.requests.reviews.closedBecause', {
              reason: t(`financing.closeReason.${review.closeReason}`),
            })}
          </Typography.Text>
        ) : null}

        {review.offer ? (
          <Flex gap={8} wrap align="center">
            <Typography.Text>
              {t('financing.requests.reviews.offer', {
                amount: formatMoney(review.offer.amount, review.offer.currency),
                rate: formatRate(review.offer.ratePercent),
              })}
            </Typography.Text>
            <OfferStatusTag status={review.offer.status} />
          </Flex>
        ) : null}

        {review.messages && review.messages.length > 0 ? (
          <MessageThread
            messages={review.messages}
            mine="requester"
            // The card already names the institution: the author's name is enough, the side when there is none.
            author={(message) =>
              message.authorName ?? (message.side === 'requester' ? t('financing.requests.thread.you') : name)
            }
            style={{ marginTop: 4 }}
            data-testid="review-thread"
          />
        ) : null}
        {canAnswer ? <AnswerBox review={review} /> : null}
      </Flex>
    </Card>
  );
}
