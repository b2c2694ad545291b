import {
  htmlLang,
  pickTitle,
  readerLanguage,
  serviceRequestSide,
  type ServiceRequestMessageDto,
} from '@alliance/contracts';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Rate, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useServiceRequest } from '../api';
import { isMissing, ServicesNotFound } from '../components/NotFound';
import { RateServiceForm } from '../components/RateServiceForm';
import { ServiceRequestActions } from '../components/ServiceRequestActions';
import { ServiceRequestStatusTag } from '../components/ServiceTags';
import { ServiceThread } from '../components/ServiceThread';

function Bilingual({ en, zh, testId }: { en: string | null; zh: string | null; testId: string }) {
  return (
    <div data-testid={testId}>
      {en ? (
        <Typography.Paragraph lang="en" style={{ whiteSpace: 'pre-wrap' }}>
          {en}
        </Typography.Paragraph>
      ) : null}
      {zh ? (
        <Typography.Paragraph lang="zh-CN" style={{ whiteSpace: 'pre-wrap' }}>
          {zh}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/**
 * `/services/requests/:id`: a service request as the member or the provider sees it (its steps, the
 * private thread, the rating once delivered); the secretariat sees the request without the thread.
 */
export function ServiceRequestPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data: me } = useMe();
  const query = useServiceRequest(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <ServicesNotFound of="request" />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const request = query.data;
  const side = me
    ? serviceRequestSide(
        { organizationId: request.organization.id, providerOrganizationId: request.provider.id },
        { organizationId: me.organization.id },
      )
    : null;
  const name = pickTitle(
    { titleEn: request.service.nameEn, titleZh: request.service.nameZh },
    readerLanguage(language),
  );
  const agreementTitle = pickTitle(request.agreement, readerLanguage(language));

  return (
    <div className="page" data-testid="service-request-page" data-request-id={request.id}>
      <Link to="/services/requests">
        <ArrowLeftOutlined /> {t('agreementServices.request.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={<span lang={htmlLang(name.language)}>{name.text}</span>}
        subtitle={
          <Link to={`/agreements/${request.agreement.id}/services`} lang={htmlLang(agreementTitle.language)}>
            {agreementTitle.text}
          </Link>
        }
        extra={<ServiceRequestActions request={request} />}
      />
      <Flex wrap gap={6} style={{ marginTop: -12, marginBottom: 24 }}>
        <ServiceRequestStatusTag status={request.status} />
      </Flex>
      {request.status === 'declined' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('agreementServices.request.declined', { date: formatDate(request.declinedAt, language) })}
          description={request.declineReason ?? undefined}
          data-testid="request-declined"
        />
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t('agreementServices.request.need')}>
              <Bilingual en={request.needEn} zh={request.needZh} testId="request-need" />
            </Card>
            {request.status === 'delivered' ? (
              <Card title={t('agreementServices.rating.title')} data-testid="rating-card">
                {request.rating !== null ? (
                  <Flex vertical gap={4} data-testid="request-rating" data-rating={request.rating}>
                    <Rate disabled value={request.rating} aria-label={t('agreementServices.rating.label')} />
                    {request.ratingComment ? <Typography.Text>{request.ratingComment}</Typography.Text> : null}
                  </Flex>
                ) : request.actions.includes('rate') ? (
                  <RateServiceForm requestId={request.id} />
                ) : (
                  <Typography.Text type="secondary">{t('agreementServices.rating.waiting')}</Typography.Text>
                )}
              </Card>
            ) : null}
            {request.messages !== null && side ? (
              <Card title={t('agreementServices.thread.title')} data-testid="thread-card">
                <Typography.Paragraph type="secondary">
                  <LockOutlined /> {t('agreementServices.thread.private')}
                </Typography.Paragraph>
                <ServiceThread
                  request={{ ...request, messages: request.messages }}
                  mine={side as ServiceRequestMessageDto['side']}
                />
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('agreementServices.request.about')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('agreementServices.requests.columns.from')}>
                {pickName(request.organization, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('agreementServices.requests.columns.park')}>
                {request.park ? pickName(request.park, language) : t('agreementServices.request.itself')}
              </Descriptions.Item>
              <Descriptions.Item label={t('agreementServices.requests.columns.provider')}>
                {pickName(request.provider, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('agreementServices.requests.columns.createdAt')}>
                {formatDate(request.createdAt, language)}
              </Descriptions.Item>
              {request.acceptedAt ? (
                <Descriptions.Item label={t('agreementServices.request.acceptedAt')}>
                  {formatDate(request.acceptedAt, language)}
                </Descriptions.Item>
              ) : null}
              {request.deliveredAt ? (
                <Descriptions.Item label={t('agreementServices.request.deliveredAt')}>
                  {formatDate(request.deliveredAt, language)}
                </Descriptions.Item>
              ) : null}
              {request.requestedByName ? (
                <Descriptions.Item label={t('agreementServices.request.requestedBy')}>
                  {request.requestedByName}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
