import { htmlLang, otherTitle, pickLocalized, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { canOn, useAbility } from '../../../lib/ability';
import { isApiError } from '../../../lib/apiClient';
import { pickName } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { useReview, useReviewCommand } from '../api';
import { RequestFacts } from '../components/RequestFacts';
import { ReviewConflictAlert } from '../components/review/CommandError';
import { ClosedUnopened, DeclarationCard, DeclaredConflict } from '../components/review/DeclarationCard';
import { closedUnopened, DeclarationTag, canDeclare } from '../components/review/DeclarationTag';
import { ReviewWorkspace } from '../components/review/ReviewWorkspace';
import { WaitingTag } from '../components/review/WaitingTag';
import { ReviewStatusTag } from '../components/StatusTags';

/**
 * `/financing/reviews/:id`: one institution's review of one request. Until the reader declares
 * no conflict of interest they see the summary and the declaration only; then the request in
 * full, the private thread, and what they may do now (the API's `actions`).
 */
export function ReviewPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const ability = useAbility();
  const query = useReview(id);
  const command = useReviewCommand(id ?? '');
  const { refetch } = query;
  const markedSeen = (query.data?.unseenRevisions.length ?? 0) > 0;

  // The API marks the request seen while it answers, which moves the review's version on
  // without the answer showing it: the next command would be refused as a conflict. Reading
  // the review once more gets the current version (the unseen revisions are kept on screen).
  useEffect(() => {
    if (markedSeen) void refetch();
  }, [markedSeen, refetch]);

  if (query.isPending) return <PageSpinner />;
  if (isApiError(query.error) && (query.error.statusCode === 404 || query.error.code === 'VALIDATION_FAILED')) {
    return (
      <Result
        status="404"
        title={t('financing.reviews.notFound.title')}
        subTitle={t('financing.reviews.notFound.text')}
        data-testid="review-not-found"
        extra={<ButtonLink to="/financing/reviews">{t('financing.reviews.notFound.back')}</ButtonLink>}
      />
    );
  }
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void refetch()} />;

  const detail = query.data;
  const { review, request, details, myDeclaration } = detail;
  const reader = readerLanguage(language);
  const title = pickLocalized(request.titleEn, request.titleZh, reader);
  const other = otherTitle(request, reader);
  const isAdmin = canOn(ability, 'release', 'FinancingOffer', { organizationId: review.institution.id });
  const reload = () => void refetch().then(() => command.reset());

  return (
    <div className="page" data-testid="review-page">
      <Link to="/financing/reviews">
        <ArrowLeftOutlined /> {t('financing.nav.queue')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={title ? htmlLang(title.language) : undefined}>
            {title?.text ?? t('financing.reviews.untitled')}
          </span>
        }
        subtitle={
          <>
            {other ? (
              <span lang={htmlLang(other.language)} style={{ display: 'block' }}>
                {other.text}
              </span>
            ) : null}
            {t('financing.reviews.page.askedBy', {
              requester: pickName(request.organization, language),
              institution: pickName(review.institution, language),
            })}
          </>
        }
      />
      <Flex wrap gap={8} align="center" style={{ marginTop: -12, marginBottom: 24 }}>
        <Typography.Text type="secondary">{t('financing.reviews.page.yourReview')}</Typography.Text>
        <span data-testid="review-status">
          <ReviewStatusTag status={review.status} />
        </span>
        <DeclarationTag declaration={myDeclaration} review={review} />
        {title?.fallback ? <LanguageMarker language={title.language} testId="shown-in-other-language" /> : null}
        <WaitingTag review={review} />
      </Flex>

      <ReviewConflictAlert command={command} onReload={reload} reloading={query.isFetching} />

      {details ? (
        <ReviewWorkspace detail={detail} details={details} command={command} isAdmin={isAdmin} />
      ) : (
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={15}>
            {myDeclaration.conflict === true ? <DeclaredConflict declaredAt={myDeclaration.declaredAt} /> : null}
            {canDeclare(myDeclaration, review) ? (
              <DeclarationCard detail={detail} command={command} onDeclared={() => void refetch()} />
            ) : null}
            {myDeclaration.conflict === null && closedUnopened(review) ? <ClosedUnopened detail={detail} /> : null}
          </Col>
          <Col xs={24} lg={9}>
            <Card title={t('financing.reviews.facts.summary')}>
              <RequestFacts request={request} details={null} reader="reviewer" />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
