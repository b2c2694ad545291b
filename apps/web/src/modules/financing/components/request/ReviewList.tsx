import type { FinancingRequestDto } from '@alliance/contracts';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReviewCard } from './ReviewCard';

/** Every institution asked, one card each; for the secretariat, a word on what stays private. */
export function ReviewList({ request }: { request: FinancingRequestDto }) {
  const { t } = useTranslation();
  // The secretariat's lens: the API sends neither threads nor offer terms.
  const statusOnly = request.reviews.length > 0 && request.reviews.every((review) => review.messages === null);
  if (!request.submittedAt && request.reviews.length === 0) return null;

  return (
    <section data-testid="review-list" style={{ marginTop: 24 }}>
      <Typography.Title level={4}>{t('financing.requests.reviews.title')}</Typography.Title>
      {statusOnly ? (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 16 }}
          title={t('financing.requests.reviews.privateTitle')}
          description={t('financing.requests.reviews.privateText')}
          data-testid="reviews-private-note"
        />
      ) : null}
      {request.reviews.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financing.requests.reviews.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {request.reviews.map((review) => (
            <Col key={review.id} xs={24} lg={12}>
              <ReviewCard review={review} />
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}
