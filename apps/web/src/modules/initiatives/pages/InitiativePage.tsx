import { htmlLang, otherTitle, pickLocalized, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/apiClient';
import { formatDate } from '../../../lib/names';
import { useInitiative } from '../api';
import { EndorsementCard } from '../components/EndorsementCard';
import { InitiativeProgress, InitiativeStatusTag } from '../components/InitiativeTags';
import { SecretariatActions } from '../components/SecretariatActions';
import { SignatoriesTable } from '../components/SignatoriesTable';

/**
 * `/initiatives/:id`: the initiative's text in the reader's language, its progress toward the target
 * and its signatories, for everyone; the reader's organization's endorsement; the secretariat's actions.
 */
export function InitiativePage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const query = useInitiative(id);

  if (query.isPending) return <PageSpinner />;
  if (isApiError(query.error) && query.error.statusCode === 404)
    return (
      <div className="page">
        <Result
          status="404"
          title={<h1 className="page-title">{t('initiatives.notFound.title')}</h1>}
          subTitle={t('initiatives.notFound.text')}
          extra={<Link to="/initiatives">{t('initiatives.back')}</Link>}
        />
      </div>
    );
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const initiative = query.data;
  const title = pickTitle(initiative, reader);
  const other = otherTitle(initiative, reader);
  const preamble = pickLocalized(initiative.preambleEn, initiative.preambleZh, title.language);

  return (
    <div className="page" data-testid="initiative-page" data-initiative-id={initiative.id}>
      <Link to="/initiatives">
        <ArrowLeftOutlined /> {t('initiatives.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="initiative-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<SecretariatActions initiative={initiative} />}
      />
      <Flex wrap gap={8} align="center" style={{ marginTop: -12, marginBottom: 24 }}>
        <InitiativeStatusTag status={initiative.status} scheduled={initiative.scheduled} />
        <Typography.Text type="secondary">
          {initiative.closesOn
            ? t('initiatives.period', {
                from: formatDate(initiative.opensOn, language),
                to: formatDate(initiative.closesOn, language),
              })
            : initiative.opensOn
              ? t('initiatives.opensOn', { date: formatDate(initiative.opensOn, language) })
              : null}
        </Typography.Text>
      </Flex>
      {initiative.scheduled && initiative.status === 'draft' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('initiatives.scheduledNote', { date: formatDate(initiative.opensOn, language) })}
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card>
              {preamble ? (
                <Typography.Paragraph lang={htmlLang(preamble.language)} data-testid="initiative-preamble">
                  {preamble.text}
                </Typography.Paragraph>
              ) : null}
              <ol className="initiative-principles" data-testid="initiative-principles">
                {initiative.principles.map((principle, index) => {
                  const text = pickLocalized(principle.en, principle.zh, title.language);
                  return (
                    <li key={index} lang={text ? htmlLang(text.language) : undefined} style={{ marginBottom: 8 }}>
                      {text?.text ?? '—'}
                    </li>
                  );
                })}
              </ol>
            </Card>
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('initiatives.signatories.title')}
                </Typography.Title>
              }
            >
              <SignatoriesTable initiativeId={initiative.id} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('initiatives.progress.title')}
                </Typography.Title>
              }
            >
              <InitiativeProgress endorsements={initiative.endorsements} target={initiative.targetOrganizations} />
            </Card>
            {initiative.mine ? <EndorsementCard initiative={initiative} mine={initiative.mine} /> : null}
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
