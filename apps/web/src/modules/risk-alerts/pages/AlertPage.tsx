import { htmlLang, otherTitle, pickLocalized, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { useAlert } from '../api';
import { AlertActions } from '../components/AlertActions';
import { AlertFacts } from '../components/AlertFacts';
import { AlertNotFound, isMissingAlert } from '../components/AlertNotFound';
import { AlertReport } from '../components/AlertReport';
import { AlertStatusTag, CategoryTag, SeverityTag } from '../components/AlertTags';
import { AlertUpdates } from '../components/AlertUpdates';
import '../risk-alerts.css';

/**
 * `/policy/alerts/:id`: the alert in the reader's language, its updates, where it stands and who
 * issued it; the steps the reader may take; for the secretariat who it reached and who acknowledged.
 */
export function AlertPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const ability = useAbility();
  const query = useAlert(id);
  const [params] = useSearchParams();

  if (query.isPending) return <PageSpinner />;
  if (isMissingAlert(query.error)) return <AlertNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const alert = query.data;
  const title = pickTitle(alert, reader);
  const other = otherTitle(alert, reader);
  // The body follows the title's language when it can, so the page does not mix the two.
  const body = pickLocalized(alert.bodyEn, alert.bodyZh, title.language);
  const allClear = pickLocalized(alert.allClearEn, alert.allClearZh, reader);
  // The report is the secretariat's, as reminding those who have not acknowledged is.
  const secretariat = ability.can('remind', 'RiskAlert');

  return (
    <div className="page alert-page" data-testid="alert-page" data-alert-id={alert.id}>
      <Link to="/policy/alerts">
        <ArrowLeftOutlined /> {t('riskAlerts.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="alert-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<AlertActions alert={alert} acknowledgeNow={params.get('acknowledge') === '1'} />}
      />
      <Flex wrap gap={6} style={{ marginTop: -12, marginBottom: 24 }}>
        <SeverityTag severity={alert.severity} />
        <AlertStatusTag status={alert.status} />
        <CategoryTag category={alert.category} />
        {title.fallback ? <LanguageMarker language={title.language} testId="alert-language-marker" /> : null}
      </Flex>

      {alert.status === 'pending_release' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('riskAlerts.detail.pendingRelease')}
          data-testid="alert-pending"
        />
      ) : null}
      {alert.status === 'withdrawn' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('riskAlerts.detail.withdrawn', { date: formatDate(alert.withdrawnAt, language, true) })}
          description={
            allClear ? (
              <span className="alert-text" lang={htmlLang(allClear.language)}>
                {allClear.text}
              </span>
            ) : undefined
          }
          data-testid="alert-all-clear"
        />
      ) : null}
      {alert.acknowledgement ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ marginBottom: 24 }}
          title={t('riskAlerts.detail.acknowledged', {
            date: formatDate(alert.acknowledgement.acknowledgedAt, language, true),
            name: alert.acknowledgement.byName ?? '—',
          })}
          description={alert.acknowledgement.note ?? undefined}
          data-testid="alert-acknowledged"
        />
      ) : alert.exposure && alert.status === 'active' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('riskAlerts.detail.exposed', {
            reasons: alert.exposure.reasons.map((reason) => t(`riskAlerts.exposure.${reason}`)).join(', '),
          })}
          description={t(
            alert.actions.includes('acknowledge')
              ? 'riskAlerts.detail.pleaseAcknowledge'
              : 'riskAlerts.detail.askAdmin',
          )}
          data-testid="alert-exposed"
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card>
              {body ? (
                <Typography.Paragraph
                  className="alert-text"
                  lang={htmlLang(body.language)}
                  style={{ margin: 0 }}
                  data-testid="alert-body"
                >
                  {body.text}
                </Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('riskAlerts.detail.noBody')}</Typography.Text>
              )}
            </Card>
            <Card
              title={
                <Typography.Title level={2} className="alert-section-title">
                  {t('riskAlerts.updates.title')}
                </Typography.Title>
              }
            >
              <AlertUpdates updates={alert.updates} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            title={
              <Typography.Title level={2} className="alert-section-title">
                {t('riskAlerts.detail.about')}
              </Typography.Title>
            }
          >
            <AlertFacts alert={alert} />
          </Card>
        </Col>
        {secretariat && alert.status !== 'pending_release' ? (
          <Col span={24}>
            <AlertReport alert={alert} />
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
