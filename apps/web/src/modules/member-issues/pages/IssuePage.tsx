import { htmlLang, otherTitle, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { useIssueCase, useMemberIssue } from '../api';
import { BilingualText } from '../../../components/BilingualText';
import { IssueActions } from '../components/IssueActions';
import { IssueCaseCard } from '../components/IssueCaseCard';
import { IssueNotFound, isMissing } from '../components/IssueNotFound';
import { IssueProgress } from '../components/IssueProgress';
import { CategoryTag, ConfidentialTag, IssueStatusTag } from '../components/IssueTags';
import '../member-issues.css';

/** `/policy/issues/:id`: the issue, its progress, its case with the answer, and the steps the reader may take. */
export function IssuePage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const query = useMemberIssue(id);
  const kase = useIssueCase(query.data?.caseId);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <IssueNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const issue = query.data;
  const title = pickTitle(issue, reader);
  const other = otherTitle(issue, reader);
  // The issue keeps no "closed from": what its case shows tells how far it had gone.
  const reached = {
    filed: issue.caseId !== null,
    relayed: Boolean(kase.data?.relayedAt),
    answered: Boolean(kase.data?.answeredAt),
  };

  return (
    <div className="page" data-testid="issue-page">
      <Link to="/policy/issues">
        <ArrowLeftOutlined /> {t('memberIssues.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="issue-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<IssueActions issue={issue} />}
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <IssueStatusTag status={issue.status} />
        <CategoryTag category={issue.category} />
        {issue.confidential ? <ConfidentialTag /> : null}
      </Flex>

      {issue.status === 'closed' && issue.closedReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('memberIssues.detail.closedTitle')}
          description={
            <>
              <strong>{t('memberIssues.detail.closedReason')}</strong>{' '}
              <span className="issue-plain-text">{issue.closedReason}</span>
            </>
          }
          data-testid="issue-closed-reason"
        />
      ) : null}

      <Card title={t('memberIssues.detail.progress')} className="issue-progress-card" style={{ marginBottom: 24 }}>
        <IssueProgress status={issue.status} reached={reached} label={t('memberIssues.detail.progress')} />
      </Card>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t('memberIssues.detail.description')}>
              <BilingualText en={issue.descriptionEn} zh={issue.descriptionZh} empty="—" testId="issue-description" />
            </Card>
            <IssueCaseCard caseId={issue.caseId} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('memberIssues.detail.about')}>
            <Descriptions column={1} size="small" data-testid="issue-facts">
              <Descriptions.Item label={t('memberIssues.fields.reference')}>{issue.reference}</Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.organization')}>
                {pickName(issue.organization, language)}
              </Descriptions.Item>
              {issue.raisedByName ? (
                <Descriptions.Item label={t('memberIssues.fields.raisedBy')}>{issue.raisedByName}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('memberIssues.fields.country')}>
                <Link to={`/policy/countries/${issue.country}`}>{countryName(issue.country, language)}</Link>
              </Descriptions.Item>
              {issue.park ? (
                <Descriptions.Item label={t('memberIssues.fields.park')}>
                  <Link to={`/parks/${issue.park.id}`}>{pickName(issue.park, language)}</Link>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('memberIssues.fields.raisedOn')}>
                {formatDate(issue.createdAt, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.updatedOn')}>
                {formatDate(issue.updatedAt, language)}
              </Descriptions.Item>
            </Descriptions>
            {issue.confidential ? (
              <Alert type="info" showIcon title={t('memberIssues.detail.confidentialNote')} style={{ marginTop: 12 }} />
            ) : null}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
