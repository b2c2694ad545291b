import { htmlLang, otherTitle, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { BilingualText } from '../../../components/BilingualText';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/names';
import { AgreementServicesSection } from '../../agreement-services/components/AgreementServicesSection';
import { useMe } from '../../auth/api';
import { useAgreement } from '../api';
import { AgreementActions } from '../components/AgreementActions';
import { AgreementNotFound, isMissing } from '../components/AgreementNotFound';
import { AgreementKindTag, AgreementStatusTag } from '../components/AgreementTags';
import { CommitmentsPanel } from '../components/CommitmentsPanel';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { PartyNames } from '../components/PartyNames';
import '../agreements.css';

/**
 * `/agreements/:id`: an agreement as its reader may see it: its summary for everyone, its scope and
 * renewal terms for members; its commitments and documents for its parties (the secretariat and the
 * counterparties); the secretariat's steps.
 */
export function AgreementPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const { data: me } = useMe();
  const query = useAgreement(id);

  if (query.isPending) return <PageSpinner />;
  if (isMissing(query.error)) return <AgreementNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const agreement = query.data;
  const title = pickTitle(agreement, reader);
  const other = otherTitle(agreement, reader);
  const date = (value: string | null) => (value ? formatDate(value, language) : '—');

  return (
    <div className="page" data-testid="agreement-page">
      <Link to="/agreements">
        <ArrowLeftOutlined /> {t('agreements.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="agreement-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<AgreementActions agreement={agreement} />}
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <AgreementStatusTag status={agreement.status} />
        <AgreementKindTag kind={agreement.kind} />
      </Flex>
      {agreement.status === 'terminated' && agreement.terminationReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('agreements.detail.terminated')}
          description={<span className="agreement-plain-text">{agreement.terminationReason}</span>}
          data-testid="agreement-termination"
        />
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t('agreements.detail.summary')}>
              <BilingualText en={agreement.summaryEn} zh={agreement.summaryZh} empty="—" testId="agreement-summary" />
            </Card>
            {me ? (
              <Card title={t('agreements.detail.scope')}>
                <BilingualText en={agreement.scopeEn} zh={agreement.scopeZh} empty="—" testId="agreement-scope" />
              </Card>
            ) : (
              <Alert
                type="info"
                showIcon
                title={t('agreements.detail.membersRead')}
                data-testid="agreement-members-note"
              />
            )}
            {me && (agreement.renewalTermsEn || agreement.renewalTermsZh) ? (
              <Card title={t('agreements.fields.renewalTerms')}>
                <BilingualText en={agreement.renewalTermsEn} zh={agreement.renewalTermsZh} empty="—" />
              </Card>
            ) : null}
            {agreement.party ? <CommitmentsPanel agreement={agreement} /> : null}
            {agreement.party ? <DocumentsPanel agreement={agreement} /> : null}
            <AgreementServicesSection agreementId={agreement.id} providers={agreement.counterparties} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('agreements.detail.about')}>
            <Descriptions column={1} size="small" data-testid="agreement-facts">
              <Descriptions.Item label={t('agreements.fields.counterparties')}>
                <PartyNames parties={agreement.counterparties} />
              </Descriptions.Item>
              <Descriptions.Item label={t('agreements.fields.signedOn')}>{date(agreement.signedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('agreements.fields.effectiveFrom')}>
                {date(agreement.effectiveFrom)}
              </Descriptions.Item>
              <Descriptions.Item label={t('agreements.fields.expiresOn')}>
                {agreement.expiresOn ? date(agreement.expiresOn) : t('agreements.detail.openEnded')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
