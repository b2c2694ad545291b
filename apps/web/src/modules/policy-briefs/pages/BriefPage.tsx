import { htmlLang, otherTitle, pickTitle, readerLanguage, type Locale } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { useMe } from '../../auth/api';
import { LanguageMarker } from '../../posts/components/PostTags';
import { useBrief } from '../api';
import { contentLanguage, openVersion } from '../briefContent';
import { BriefActions } from '../components/BriefActions';
import { BriefCitation } from '../components/BriefCitation';
import { BriefContent } from '../components/BriefContent';
import { BriefFacts } from '../components/BriefFacts';
import { BriefNotFound, isMissingBrief } from '../components/BriefNotFound';
import { BriefReviewNotice, type ShownVersion } from '../components/BriefReviewNotice';
import { BriefReviewThread } from '../components/BriefReviewThread';
import { AudienceTag, BriefStatusTag, TopicTag } from '../components/BriefTags';
import { BriefVersions } from '../components/BriefVersions';
import '../policy-briefs.css';

/**
 * `/policy/briefs/:id`: the brief in the reader's language, its citation, files and versions; for
 * its organization and the secretariat also the version under review and the private review thread.
 */
export function BriefPage() {
  const { id } = useParams<{ id: string }>();
  // Another brief opened from this one starts with its own choices of version and language.
  return <BriefView key={id} id={id} />;
}

function BriefView({ id }: { id: string | undefined }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const ability = useAbility();
  const { data: me } = useMe();
  const query = useBrief(id);
  const [shownChoice, setShownChoice] = useState<ShownVersion | null>(null);
  const [languageChoice, setLanguageChoice] = useState<Locale | null>(null);

  if (query.isPending) return <PageSpinner />;
  if (isMissingBrief(query.error)) return <BriefNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const brief = query.data;
  const insider =
    Boolean(me) && (me?.organization.id === brief.organization.id || ability.can('review', 'PolicyBrief'));
  const next = openVersion(brief);
  // Those who work on the version under way see it first; readers only ever get the published one.
  const shown: ShownVersion = next ? (shownChoice ?? 'working') : 'published';
  const version = shown === 'working' && next ? next : brief.content;
  const language = languageChoice ?? contentLanguage(version, reader);
  const title = pickTitle(version, language);
  const other = otherTitle(version, language);

  return (
    <div className="page brief-page" data-testid="brief-page">
      <Link to="/policy/briefs" className="brief-no-print">
        <ArrowLeftOutlined /> {t('policyBriefs.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          <span lang={htmlLang(title.language)} data-testid="brief-title">
            {title.text}
          </span>
        }
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={
          <div className="brief-actions brief-no-print">
            <BriefActions brief={brief} />
          </div>
        }
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }} className="brief-tags">
        {brief.status !== 'published' || insider ? <BriefStatusTag status={brief.status} /> : null}
        {version.topics.map((topic) => (
          <TopicTag key={topic} topic={topic} />
        ))}
        <AudienceTag audience={version.audience} always />
        {title.fallback ? <LanguageMarker language={title.language} testId="brief-language-marker" /> : null}
      </Flex>

      {brief.status === 'retracted' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('policyBriefs.retracted.title', { date: formatDate(brief.retractedAt, i18n.resolvedLanguage) })}
          description={
            <>
              <strong>{t('policyBriefs.retracted.reason')}</strong>{' '}
              <span className="brief-plain-text">{brief.retractedReason}</span>
            </>
          }
          data-testid="brief-retracted"
        />
      ) : null}
      {insider ? <BriefReviewNotice brief={brief} shown={shown} onShow={setShownChoice} /> : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16} className="brief-main">
          <Flex vertical gap={24}>
            <Card>
              <BriefContent
                version={version}
                language={language}
                onLanguage={setLanguageChoice}
                markedLanguage={title.fallback ? title.language : null}
              />
              {version.status === 'published' ? (
                <BriefCitation brief={brief} version={version} language={title.language} />
              ) : null}
            </Card>
            {version.attachments.length > 0 ? (
              <Card title={t('policyBriefs.fields.attachments')} data-testid="brief-attachments">
                <AttachmentList attachments={version.attachments} />
              </Card>
            ) : null}
            {insider ? <BriefReviewThread brief={brief} /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8} className="brief-side">
          <Flex vertical gap={24}>
            <Card title={t('policyBriefs.detail.about')}>
              <BriefFacts brief={brief} version={version} />
            </Card>
            <Card title={t('policyBriefs.versions.title')} className="brief-no-print">
              <BriefVersions briefId={brief.id} shownNumber={version.number} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
