import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useExpression } from '../api';
import { ContactsCard } from '../components/ContactsCard';
import { DealStageTag, ExpressionStatusTag, KindTag } from '../components/CooperationTags';
import { ExpressionButtons } from '../components/ExpressionButtons';
import { ExpressionThread } from '../components/ExpressionThread';
import { CooperationNotFound, isMissing } from '../components/NotFound';
import '../cooperation.css';

function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Title level={2} className="coop-section-title">
      {children}
    </Typography.Title>
  );
}

/**
 * `/cooperation/interests/:id`: one expression of interest, for the two organizations only: what
 * was written, where it stands, and once accepted both sides' contacts, their private thread and the deal.
 */
export function ExpressionPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data: me } = useMe();
  const query = useExpression(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <CooperationNotFound of="expression" />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const expression = query.data;
  const title = pickTitle(expression.project, readerLanguage(language));
  const mine = expression.projectOrganization.id === me?.organization.id ? 'owner' : 'interested';
  const other = mine === 'owner' ? expression.organization : expression.projectOrganization;

  return (
    <div className="page" data-testid="expression-page" data-expression-id={expression.id}>
      <Link to="/cooperation/interests">
        <ArrowLeftOutlined /> {t('cooperation.expressions.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t(mine === 'owner' ? 'cooperation.expression.titleReceived' : 'cooperation.expression.titleSent', {
          name: pickName(other, language),
        })}
        subtitle={
          <Link
            to={`/cooperation/projects/${expression.project.id}`}
            lang={htmlLang(title.language)}
            data-testid="expression-project"
          >
            {title.text}
          </Link>
        }
        extra={<ExpressionButtons expressionId={expression.id} actions={expression.actions} />}
      />
      <Flex wrap gap={6} style={{ marginTop: -12, marginBottom: 24 }}>
        <ExpressionStatusTag status={expression.status} />
        <KindTag kind={expression.project.kind} />
        {expression.deal ? <DealStageTag stage={expression.deal.stage} /> : null}
      </Flex>
      {expression.status === 'open' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t(mine === 'owner' ? 'cooperation.expression.waitingOwner' : 'cooperation.expression.waitingAnswer')}
          data-testid="expression-waiting"
        />
      ) : null}
      {expression.status === 'declined' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('cooperation.expression.declined', { date: formatDate(expression.decidedAt, language) })}
          description={
            expression.declineReason ? <span className="coop-text">{expression.declineReason}</span> : undefined
          }
          data-testid="expression-declined"
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={<SectionTitle>{t('cooperation.expression.message')}</SectionTitle>}>
              <div className="coop-text" data-testid="expression-message">
                {expression.message}
              </div>
              <Typography.Text type="secondary" className="coop-meta" style={{ display: 'block', marginTop: 8 }}>
                {[
                  expression.authorName,
                  pickName(expression.organization, language),
                  formatDate(expression.createdAt, language, true),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Card>
            <Card title={<SectionTitle>{t('cooperation.thread.title')}</SectionTitle>} data-testid="thread-card">
              <Typography.Paragraph type="secondary" className="coop-meta">
                <LockOutlined /> {t('cooperation.thread.private')}
              </Typography.Paragraph>
              {expression.status === 'accepted' ? (
                <ExpressionThread expression={expression} mine={mine} />
              ) : (
                <Typography.Text type="secondary">{t('cooperation.thread.afterAcceptance')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            <Card title={<SectionTitle>{t('cooperation.detail.about')}</SectionTitle>}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('cooperation.expressions.columns.owner')}>
                  {pickName(expression.projectOrganization, language)}
                </Descriptions.Item>
                <Descriptions.Item label={t('cooperation.expressions.columns.from')}>
                  {pickName(expression.organization, language)}
                </Descriptions.Item>
                <Descriptions.Item label={t('cooperation.expressions.columns.sentAt')}>
                  {formatDate(expression.createdAt, language)}
                </Descriptions.Item>
                {expression.decidedAt ? (
                  <Descriptions.Item label={t('cooperation.expressions.columns.decidedAt')}>
                    {formatDate(expression.decidedAt, language)}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            {expression.deal ? (
              <Card title={<SectionTitle>{t('cooperation.deal.title')}</SectionTitle>} data-testid="expression-deal">
                <Flex gap={8} wrap align="center">
                  <DealStageTag stage={expression.deal.stage} />
                  <Link to={`/cooperation/deals/${expression.deal.id}`} data-testid="expression-deal-link">
                    {t('cooperation.deal.open')}
                  </Link>
                </Flex>
              </Card>
            ) : null}
          </Flex>
        </Col>
        {expression.contacts ? (
          <Col span={24}>
            <Card title={<SectionTitle>{t('cooperation.contacts.title')}</SectionTitle>}>
              <ContactsCard contacts={expression.contacts} />
            </Card>
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
