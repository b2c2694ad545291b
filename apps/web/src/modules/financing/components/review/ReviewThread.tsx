import type { FinancingMessageDto, FinancingReviewDetailDto } from '@alliance/contracts';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../../lib/names';
import { MessageThread } from '../MessageThread';
import { AskQuestion } from './AskQuestion';
import type { ReviewCommandMutation } from './CommandError';

interface Props {
  detail: FinancingReviewDetailDto;
  command: ReviewCommandMutation;
}

/** The private questions and answers between the institution and the requester, oldest first, and a new question when one may be asked. */
export function ReviewThread({ detail, command }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const messages = detail.review.messages ?? [];
  const requester = pickName(detail.request.organization, language);
  const institution = pickName(detail.review.institution, language);
  const author = (message: FinancingMessageDto) => {
    const side = message.side === 'institution' ? institution : requester;
    return message.authorName ? t('financing.reviews.thread.author', { name: message.authorName, side }) : side;
  };

  return (
    <Card
      title={t('financing.reviews.thread.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <LockOutlined /> {t('financing.reviews.thread.private')}
        </Typography.Text>
      }
      data-testid="review-thread"
    >
      <Flex vertical gap={16}>
        {messages.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('financing.reviews.thread.empty')}
            style={{ margin: 0 }}
          />
        ) : (
          <MessageThread messages={messages} mine="institution" author={author} />
        )}
        {detail.review.status === 'info_requested' ? (
          <Alert
            type="info"
            showIcon
            title={t('financing.reviews.thread.waitingAnswer', { requester })}
            data-testid="waiting-answer"
          />
        ) : null}
        {detail.actions.includes('request_info') ? (
          <AskQuestion version={detail.review.version} command={command} />
        ) : null}
      </Flex>
    </Card>
  );
}
