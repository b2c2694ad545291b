import { FINANCING_REVIEW_OPEN, type FinancingReviewDetailDto } from '@alliance/contracts';
import { CloseCircleOutlined, EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferStatusTag } from '../StatusTags';
import { type ReviewCommandMutation } from './CommandError';
import { DeclineModal } from './DeclineModal';
import { OfferForm } from './OfferForm';
import { OfferTerms } from './OfferTerms';
import { ReleaseOffer } from './ReleaseOffer';

interface Props {
  detail: FinancingReviewDetailDto;
  command: ReviewCommandMutation;
  /** The reader is an admin of the institution (a checker), whether or not they may release this offer. */
  isAdmin: boolean;
}

/** The institution's answer: its offer (prepared, released, decided) and, while it may, a decline. */
export function AnswerCard({ detail, command, isAdmin }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [declining, setDeclining] = useState(false);
  const { review, request, actions } = detail;
  const offer = review.offer;
  const canPrepare = actions.includes('prepare_offer');
  const canDecline = actions.includes('decline');

  return (
    <Card
      title={t('financing.reviews.answer.title')}
      extra={offer ? <OfferStatusTag status={offer.status} /> : null}
      data-testid="answer-card"
    >
      {editing && canPrepare ? (
        <OfferForm
          offer={offer}
          request={request}
          version={review.version}
          command={command}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Flex vertical gap={12}>
          {offer ? (
            <OfferTerms offer={offer} />
          ) : (
            <Typography.Text type="secondary" data-testid="no-offer">
              {t(
                FINANCING_REVIEW_OPEN.includes(review.status)
                  ? 'financing.reviews.answer.noOffer'
                  : 'financing.reviews.answer.noOfferMade',
              )}
            </Typography.Text>
          )}
          {offer?.status === 'prepared' ? <ReleaseOffer detail={detail} command={command} isAdmin={isAdmin} /> : null}
          {canPrepare || canDecline ? (
            <>
              <Divider style={{ margin: '4px 0' }} />
              <Flex gap={8} wrap>
                {canPrepare ? (
                  <Button
                    type={offer ? 'default' : 'primary'}
                    icon={offer ? <EditOutlined /> : <FileAddOutlined />}
                    onClick={() => setEditing(true)}
                    data-testid="prepare-offer"
                  >
                    {t(offer ? 'financing.reviews.answer.revise' : 'financing.reviews.answer.prepare')}
                  </Button>
                ) : null}
                {canDecline ? (
                  <Button
                    danger
                    icon={<CloseCircleOutlined />}
                    onClick={() => setDeclining(true)}
                    data-testid="decline"
                  >
                    {t('financing.reviews.answer.decline')}
                  </Button>
                ) : null}
              </Flex>
              {!canPrepare && review.status === 'info_requested' ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('financing.reviews.answer.afterAnswer')}
                </Typography.Text>
              ) : null}
            </>
          ) : null}
        </Flex>
      )}
      {declining ? (
        <DeclineModal version={review.version} command={command} onClose={() => setDeclining(false)} />
      ) : null}
    </Card>
  );
}
