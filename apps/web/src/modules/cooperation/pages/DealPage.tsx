import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { useDeal } from '../api';
import { DealStageTag, KindTag } from '../components/CooperationTags';
import { DealActions } from '../components/DealActions';
import { CooperationNotFound, isMissing } from '../components/NotFound';
import { currentStep, dealSteps } from '../dealSteps';
import { useCooperationRights } from '../useCooperationRights';
import '../cooperation.css';

function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Title level={2} className="coop-section-title">
      {children}
    </Typography.Title>
  );
}

/** `/cooperation/deals/:id`: where a deal stands in the pipeline, how it got there, and the owner's next moves. */
export function DealPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const rights = useCooperationRights();
  const query = useDeal(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <CooperationNotFound of="deal" />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const deal = query.data;
  const title = pickTitle(deal.project, readerLanguage(language));
  const steps = dealSteps(deal);

  return (
    <div className="page" data-testid="deal-page" data-deal-id={deal.id}>
      <Link to="/cooperation/deals">
        <ArrowLeftOutlined /> {t('cooperation.deals.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t('cooperation.deal.heading', {
          owner: pickName(deal.ownerOrganization, language),
          partner: pickName(deal.partnerOrganization, language),
        })}
        subtitle={
          <Link to={`/cooperation/projects/${deal.project.id}`} lang={htmlLang(title.language)}>
            {title.text}
          </Link>
        }
        extra={<DealActions deal={deal} />}
      />
      <Flex wrap gap={6} style={{ marginTop: -12, marginBottom: 24 }}>
        <DealStageTag stage={deal.stage} />
        <KindTag kind={deal.project.kind} />
      </Flex>
      {deal.stage === 'lost' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('cooperation.deal.lost', { date: formatDate(deal.stageChangedAt, language) })}
          description={deal.lostReason ? <span className="coop-text">{deal.lostReason}</span> : undefined}
          data-testid="deal-lost"
        />
      ) : null}

      <Card style={{ marginBottom: 24 }} title={<SectionTitle>{t('cooperation.deal.pipeline')}</SectionTitle>}>
        <Steps
          responsive
          current={currentStep(steps)}
          data-testid="deal-steps"
          items={steps.map((step) => ({
            title: t(`cooperation.stage.${step.stage}`),
            status: step.status,
            description: step.at ? formatDate(step.at, language) : undefined,
          }))}
        />
      </Card>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card title={<SectionTitle>{t('cooperation.detail.about')}</SectionTitle>} style={{ height: '100%' }}>
            <Descriptions column={1} size="small" data-testid="deal-facts">
              <Descriptions.Item label={t('cooperation.deals.columns.owner')}>
                {pickName(deal.ownerOrganization, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cooperation.deals.columns.partner')}>
                {pickName(deal.partnerOrganization, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cooperation.fields.country')}>
                {countryName(deal.project.country, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cooperation.fields.sizeUsd')}>
                {formatMoney(deal.project.sizeUsd, 'USD')}
              </Descriptions.Item>
              <Descriptions.Item label={t('cooperation.fields.investedUsd')}>
                <span data-testid="deal-invested">{formatMoney(deal.investedUsd, 'USD')}</span>
              </Descriptions.Item>
              {deal.investedOn ? (
                <Descriptions.Item label={t('cooperation.fields.investedOn')}>
                  {formatDate(deal.investedOn, language)}
                </Descriptions.Item>
              ) : null}
              {rights.secretariat ? null : (
                <Descriptions.Item label={t('cooperation.deal.expression')}>
                  <Link to={`/cooperation/interests/${deal.expressionId}`} data-testid="deal-expression-link">
                    {t('cooperation.deal.openExpression')}
                  </Link>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<SectionTitle>{t('cooperation.deal.history')}</SectionTitle>} style={{ height: '100%' }}>
            <ol className="coop-history" data-testid="deal-history">
              {[...deal.history].reverse().map((entry) => (
                <li key={`${entry.stage}-${entry.at}`}>
                  <DealStageTag stage={entry.stage} />{' '}
                  <Typography.Text type="secondary" className="coop-meta">
                    {[formatDate(entry.at, language, true), entry.byName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
