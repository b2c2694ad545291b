import { htmlLang, otherTitle, pickLocalized, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { isApiError } from '../../../lib/apiClient';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { useMe } from '../../auth/api';
import { LanguageMarker } from '../../posts/components/PostTags';
import { useFinancingRequest } from '../api';
import { RequestFacts } from '../components/RequestFacts';
import { InstitutionNotice, InstitutionRefusal } from '../components/request/InstitutionNotice';
import { OfferComparison } from '../components/request/OfferComparison';
import { PendingQuestions } from '../components/request/PendingQuestions';
import { RequestActions } from '../components/request/RequestActions';
import { RequestOutcome } from '../components/request/RequestOutcome';
import { RequestRevisions } from '../components/request/RequestRevisions';
import { RequestText } from '../components/request/RequestText';
import { ReviewList } from '../components/request/ReviewList';
import { RequestStatusTag } from '../components/StatusTags';

/** The reviewer-side refusals: the request opens on the reviewer's own review page instead. */
const REVIEWER_REFUSALS = ['DECLARATION_REQUIRED', 'CONFLICT_OF_INTEREST'];

/**
 * `/financing/requests/:id`: the requester's request with the institutions' answers and the
 * offers side by side; the secretariat sees where each review stands, without terms or threads.
 */
export function RequestPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const ability = useAbility();
  const { data: me } = useMe();
  const query = useFinancingRequest(id);

  if (query.isPending) return <PageSpinner />;
  if (isApiError(query.error) && REVIEWER_REFUSALS.includes(query.error.code) && id) {
    return <InstitutionRefusal requestId={id} errorCode={query.error.code} />;
  }
  if (isApiError(query.error) && (query.error.statusCode === 404 || query.error.code === 'VALIDATION_FAILED')) {
    return (
      <Result
        status="404"
        title={t('financing.requests.notFound.title')}
        subTitle={t('financing.requests.notFound.text')}
        data-testid="request-not-found"
        extra={<ButtonLink to="/financing">{t('financing.requests.notFound.back')}</ButtonLink>}
      />
    );
  }
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const request = query.data;
  const isRequester = me?.organization.id === request.organization.id;
  if (!isRequester && ability.can('review', 'FinancingReview')) {
    return <InstitutionNotice reviewId={request.reviews[0]?.id} />;
  }

  const title = pickLocalized(request.titleEn, request.titleZh, reader);
  const other = otherTitle(request, reader);
  const back = ability.can('create', 'FinancingRequest')
    ? { to: '/financing/requests', label: t('financing.nav.requests') }
    : { to: '/financing/pipeline', label: t('financing.nav.pipeline') };

  return (
    <div className="page" data-testid="request-page">
      <Link to={back.to}>
        <ArrowLeftOutlined /> {back.label}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={title ? <span lang={htmlLang(title.language)}>{title.text}</span> : t('financing.requests.untitled')}
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={isRequester ? <RequestActions request={request} /> : undefined}
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <span data-testid="request-status">
          <RequestStatusTag status={request.status} />
        </span>
        {request.instrument ? <Tag>{t(`financing.instrument.${request.instrument}`)}</Tag> : null}
        {request.revision > 1 ? (
          <Tag color="purple">{t('financing.requests.detail.revisionTag', { number: request.revision })}</Tag>
        ) : null}
        {title?.fallback ? <LanguageMarker language={title.language} testId="shown-in-other-language" /> : null}
      </Flex>

      <RequestOutcome request={request} requester={isRequester} />
      <PendingQuestions request={request} />

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Card>
            <RequestText request={request} />
          </Card>
          {request.attachments.length > 0 ? (
            <Card title={t('attachments.title')} style={{ marginTop: 24 }} data-testid="request-attachments">
              <AttachmentList attachments={request.attachments} />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={24}>
            <Card title={t('financing.requests.detail.about')}>
              <RequestFacts request={request} details={request} reader="requester" />
            </Card>
            {request.revisions.length > 0 ? (
              <Card title={t('financing.requests.revisions.title')}>
                <RequestRevisions revisions={request.revisions} />
              </Card>
            ) : null}
          </Flex>
        </Col>
      </Row>

      {isRequester ? <OfferComparison request={request} /> : null}
      <ReviewList request={request} />
    </div>
  );
}
