import { htmlLang, otherTitle, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/names';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { LanguageMarker } from '../../posts/components/PostTags';
import { useProject } from '../api';
import { BilingualText } from '../../../components/BilingualText';
import { AudienceTag, ExpressionStatusTag, KindTag, ProjectStatusTag, SampleTag } from '../components/CooperationTags';
import { CooperationNotFound, isMissing } from '../components/NotFound';
import { OrganizationMatches } from '../components/OrganizationMatches';
import { ProjectActions } from '../components/ProjectActions';
import { ProjectExpressions } from '../components/ProjectExpressions';
import { ProjectFacts } from '../components/ProjectFacts';
import { toAttachmentDto } from '../projectForm';
import { useCooperationRights } from '../useCooperationRights';
import '../cooperation.css';

function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Title level={2} className="coop-section-title">
      {children}
    </Typography.Title>
  );
}

/**
 * `/cooperation/projects/:id`: the project in the reader's language (the other one marked when it
 * is all there is), its facts and files, the reader's actions; for its owner the expressions of
 * interest and the organizations to approach.
 */
export function ProjectPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const rights = useCooperationRights();
  const query = useProject(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <CooperationNotFound of="project" />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data;
  const title = pickTitle(project, reader);
  const other = otherTitle(project, reader);
  const owner = project.organization.id === rights.organizationId;
  const published = project.status === 'open' || project.status === 'in_talks';

  return (
    <div className="page" data-testid="project-page" data-project-id={project.id}>
      <Link to="/cooperation/projects">
        <ArrowLeftOutlined /> {t('cooperation.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="project-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<ProjectActions project={project} />}
      />
      <Flex wrap gap={6} style={{ marginTop: -12, marginBottom: 24 }}>
        <KindTag kind={project.kind} />
        <ProjectStatusTag status={project.status} />
        <AudienceTag audience={project.audience} />
        {project.sample ? <SampleTag /> : null}
        {title.fallback ? <LanguageMarker language={title.language} testId="project-language-marker" /> : null}
      </Flex>

      {project.status === 'draft' && project.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('cooperation.detail.returned')}
          description={<span className="coop-text">{project.returnReason}</span>}
          data-testid="project-returned"
        />
      ) : null}
      {project.status === 'in_review' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t(rights.secretariat ? 'cooperation.detail.toReview' : 'cooperation.detail.inReview')}
          data-testid="project-in-review"
        />
      ) : null}
      {project.status === 'closed' && project.closeOutcome ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('cooperation.detail.closed', {
            outcome: t(`cooperation.outcome.${project.closeOutcome}`),
            date: formatDate(project.closedAt, language),
          })}
          description={project.closeReason ? <span className="coop-text">{project.closeReason}</span> : undefined}
          data-testid="project-closed"
        />
      ) : null}
      {project.ownExpression ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 24 }}
          title={
            <Flex gap={8} wrap align="center">
              {t('cooperation.detail.ownExpression')}
              <ExpressionStatusTag status={project.ownExpression.status} />
              <Link to={`/cooperation/interests/${project.ownExpression.id}`} data-testid="own-expression-link">
                {t('cooperation.detail.openExpression')}
              </Link>
            </Flex>
          }
          data-testid="project-own-expression"
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={<SectionTitle>{t('cooperation.detail.summary')}</SectionTitle>}>
              <BilingualText
                en={project.summaryEn}
                zh={project.summaryZh}
                empty={t('cooperation.detail.noSummary')}
                testId="project-summary"
              />
            </Card>
            <Card title={<SectionTitle>{t('cooperation.detail.description')}</SectionTitle>}>
              {project.descriptionEn === null && project.descriptionZh === null && !rights.organizationId ? (
                <Typography.Text type="secondary">
                  <LockOutlined /> {t('cooperation.detail.membersOnly')}
                </Typography.Text>
              ) : (
                <BilingualText
                  en={project.descriptionEn}
                  zh={project.descriptionZh}
                  empty={t('cooperation.detail.noDescription')}
                  testId="project-description"
                />
              )}
            </Card>
            {project.attachments.length > 0 ? (
              <Card title={<SectionTitle>{t('cooperation.detail.attachments')}</SectionTitle>}>
                <AttachmentList attachments={project.attachments.map(toAttachmentDto)} />
              </Card>
            ) : null}
            {owner ? (
              <Card title={<SectionTitle>{t('cooperation.expressions.onProject')}</SectionTitle>}>
                <Typography.Paragraph type="secondary" className="coop-meta">
                  <LockOutlined /> {t('cooperation.expressions.private')}
                </Typography.Paragraph>
                <ProjectExpressions projectId={project.id} />
              </Card>
            ) : null}
            {owner && published ? (
              <Card
                title={<SectionTitle>{t('cooperation.matches.toApproach')}</SectionTitle>}
                data-testid="project-matches-card"
              >
                <Typography.Paragraph type="secondary" className="coop-meta">
                  {t('cooperation.matches.toApproachHint')}
                </Typography.Paragraph>
                <OrganizationMatches projectId={project.id} />
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            <Card title={<SectionTitle>{t('cooperation.detail.about')}</SectionTitle>}>
              <ProjectFacts project={project} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
