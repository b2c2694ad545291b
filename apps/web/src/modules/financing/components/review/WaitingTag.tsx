import { FINANCING_LIMITS, type FinancingReviewDto, type FinancingReviewStatus } from '@alliance/contracts';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The statuses in which the institution owes an answer (the API counts days waiting only then). */
const WAITING: readonly FinancingReviewStatus[] = ['new', 'in_review', 'info_requested'];

type Waiting = Pick<FinancingReviewDto, 'status' | 'workingDaysWaiting' | 'overdue'>;

/** Whether the institution still owes an answer. */
export function isWaiting(review: Pick<FinancingReviewDto, 'status'>): boolean {
  return WAITING.includes(review.status);
}

/** How long the institution has owed an answer, and "Overdue" past the working-day limit; nothing once it has answered. */
export function WaitingTag({ review }: { review: Waiting }) {
  const { t } = useTranslation();
  if (!isWaiting(review)) return null;
  return (
    <Flex gap={4} wrap align="center" data-testid="review-waiting">
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        <ClockCircleOutlined /> {t('financing.workingDays', { count: review.workingDaysWaiting })}
      </Typography.Text>
      {review.overdue ? (
        <Tooltip title={t('financing.reviews.overdueHint', { count: FINANCING_LIMITS.overdueWorkingDays })}>
          <Tag color="red" icon={<ExclamationCircleOutlined />} data-testid="overdue">
            {t('financing.overdue')}
          </Tag>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
