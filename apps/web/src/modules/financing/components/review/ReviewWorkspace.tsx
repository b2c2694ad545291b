import type { FinancingRequestDto, FinancingReviewDetailDto } from '@alliance/contracts';
import { Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../attachments/components/AttachmentList';
import { RequestFacts } from '../RequestFacts';
import { AnswerCard } from './AnswerCard';
import type { ReviewCommandMutation } from './CommandError';
import { RequestBody } from './RequestBody';
import { ReviewOutcome } from './ReviewOutcome';
import { ReviewThread } from './ReviewThread';
import { UnseenRevisions } from './UnseenRevisions';
import { useKeptRevisions } from './useKeptRevisions';

interface Props {
  detail: FinancingReviewDetailDto;
  details: FinancingRequestDto;
  command: ReviewCommandMutation;
  isAdmin: boolean;
}

/** The review once the reader has declared no conflict: the request in full, the thread, and the institution's answer. */
export function ReviewWorkspace({ detail, details, command, isAdmin }: Props) {
  const { t } = useTranslation();
  const unseen = useKeptRevisions(detail.review.id, detail.unseenRevisions);

  return (
    <>
      <ReviewOutcome review={detail.review} />
      <UnseenRevisions revisions={unseen} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={24}>
            <Card title={t('financing.reviews.details.title')}>
              <RequestBody request={details} />
            </Card>
            {details.attachments.length > 0 ? (
              <Card title={t('attachments.title')} data-testid="request-attachments">
                <AttachmentList attachments={details.attachments} />
              </Card>
            ) : null}
            <ReviewThread detail={detail} command={command} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={24}>
            <AnswerCard detail={detail} command={command} isAdmin={isAdmin} />
            <Card title={t('financing.reviews.facts.title')}>
              <RequestFacts request={detail.request} details={details} reader="reviewer" />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
