import { htmlLang, otherTitle, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { countryName, formatDate } from '../../../lib/names';
import { useIssueCase } from '../api';
import { ageInDays } from '../issueFilters';
import { BilingualText } from '../../../components/BilingualText';
import { CaseActions } from '../components/CaseActions';
import { CaseOutcome } from '../components/CaseOutcome';
import { IssuesTable } from '../components/IssuesTable';
import { IssueNotFound, isMissing } from '../components/IssueNotFound';
import { CaseProgress } from '../components/IssueProgress';
import { CaseStatusTag, CategoryTag } from '../components/IssueTags';
import { useIssueRights } from '../useIssueRights';
import '../member-issues.css';

/**
 * `/policy/cases/:id`: a case, "raised by N members" (never named to other members), the issues the
 * reader may see, the relay and the answer; the secretariat's steps.
 */
export function CasePage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const rights = useIssueRights();
  const query = useIssueCase(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <IssueNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const kase = query.data;
  const title = pickTitle(kase, reader);
  const other = otherTitle(kase, reader);
  const open = kase.status !== 'resolved' && kase.status !== 'closed';

  return (
    <div className="page" data-testid="case-page">
      <Link to="/policy/cases">
        <ArrowLeftOutlined /> {t('memberIssues.backToCases')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="case-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<CaseActions kase={kase} />}
      />
      <Flex wrap gap={8} align="center" style={{ marginTop: -12, marginBottom: 24 }}>
        <CaseStatusTag status={kase.status} />
        <CategoryTag category={kase.category} />
        <Typography.Text strong data-testid="case-raised-by">
          <TeamOutlined aria-hidden /> {t('memberIssues.case.raisedBy', { count: kase.raisedBy })}
        </Typography.Text>
      </Flex>

      <Card title={t('memberIssues.detail.progress')} className="issue-progress-card" style={{ marginBottom: 24 }}>
        <CaseProgress
          status={kase.status}
          reached={{ relayed: Boolean(kase.relayedAt), answered: Boolean(kase.answeredAt) }}
          label={t('memberIssues.detail.progress')}
        />
      </Card>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            {/* The secretariat writes a summary when the title is not enough (Edit). */}
            {kase.summaryEn || kase.summaryZh ? (
              <Card title={t('memberIssues.case.summary')}>
                <BilingualText en={kase.summaryEn} zh={kase.summaryZh} empty="—" testId="case-summary" />
              </Card>
            ) : null}
            <Card>
              <CaseOutcome kase={kase} />
            </Card>
            <Card
              title={t(rights.secretariat ? 'memberIssues.case.issues' : 'memberIssues.case.issuesMember')}
              styles={{ body: { padding: 0 } }}
              data-testid="case-issues"
            >
              <IssuesTable
                issues={kase.issues}
                loading={false}
                showOrganization={rights.secretariat}
                empty={t('memberIssues.case.noIssues')}
                inCase
              />
              {rights.secretariat ? null : (
                <Typography.Paragraph type="secondary" className="issue-card-note">
                  {t('memberIssues.case.othersHidden')}
                </Typography.Paragraph>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('memberIssues.detail.about')}>
            <Descriptions column={1} size="small" data-testid="case-facts">
              <Descriptions.Item label={t('memberIssues.fields.reference')}>{kase.reference}</Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.country')}>
                <Link to={`/policy/countries/${kase.country}`}>{countryName(kase.country, language)}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.category')}>
                {t(`memberIssues.category.${kase.category}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.members')}>{kase.raisedBy}</Descriptions.Item>
              <Descriptions.Item label={t('memberIssues.fields.raisedOn')}>
                {formatDate(kase.openedAt, language)}
              </Descriptions.Item>
              {open ? (
                <Descriptions.Item label={t('memberIssues.fields.age')}>
                  {t('memberIssues.case.age', { count: ageInDays(kase.openedAt) })}
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('memberIssues.fields.updatedOn')}>
                {formatDate(kase.updatedAt, language)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
