import { htmlLang, pickLocalized, pickTitle, readerLanguage, type PolicyBriefSummaryDto } from '@alliance/contracts';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { AudienceTag, BriefStatusTag, TopicTag } from './BriefTags';
import '../policy-briefs.css';

interface Props {
  brief: PolicyBriefSummaryDto;
  /** Where the brief stands in its review, for its authors and the secretariat (not for readers). */
  showReview?: boolean;
  /** The heading level under the page's: h2 in a list, h3 in a section of a page. */
  level?: 2 | 3;
}

/** One brief in a list: what it is about, whose it is, when, and its summary. */
export function BriefCard({ brief, showReview = false, level = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = pickTitle(brief, readerLanguage(language));
  // The summary follows the title's language when it can, so a card does not mix the two.
  const summary = pickLocalized(brief.summaryEn, brief.summaryZh, title.language);
  // A next version under way beside the published one; before the first publication the status says it all.
  const working =
    showReview && brief.publishedVersion !== null && brief.workingVersion !== null && brief.workingStatus !== null;
  const date = brief.publishedAt
    ? t('policyBriefs.card.published', { date: formatDate(brief.publishedAt, language) })
    : t('policyBriefs.card.updated', { date: formatDate(brief.updatedAt, language) });

  return (
    <Card size="small" className="brief-card" data-testid="brief-card" data-brief-id={brief.id}>
      <Flex vertical gap={8}>
        <Flex wrap gap={4} align="center">
          {showReview || brief.status === 'retracted' ? <BriefStatusTag status={brief.status} /> : null}
          {working ? (
            <span className="brief-card-working" data-testid="brief-card-working">
              {t('policyBriefs.card.working', {
                number: brief.workingVersion,
                status: t(`policyBriefs.status.${brief.workingStatus}`),
              })}
            </span>
          ) : null}
          {brief.topics.map((topic) => (
            <TopicTag key={topic} topic={topic} />
          ))}
          <AudienceTag audience={brief.audience} />
          {title.fallback ? <LanguageMarker language={title.language} testId="brief-language-marker" /> : null}
        </Flex>
        <Typography.Title
          level={level}
          className="brief-card-title"
          style={{ margin: 0 }}
          lang={htmlLang(title.language)}
        >
          <Link to={`/policy/briefs/${brief.id}`} data-testid="brief-card-title">
            {title.text}
          </Link>
        </Typography.Title>
        <Typography.Text type="secondary">
          {pickName(brief.organization, language)}
          {' · '}
          {date}
          {brief.publishedVersion !== null && brief.publishedVersion > 1
            ? ` · ${t('policyBriefs.card.version', { number: brief.publishedVersion })}`
            : null}
        </Typography.Text>
        {summary ? (
          <Typography.Paragraph ellipsis={{ rows: 3 }} lang={htmlLang(summary.language)} style={{ margin: 0 }}>
            {summary.text}
          </Typography.Paragraph>
        ) : null}
        {brief.countries.length > 0 ? (
          <Typography.Text type="secondary" className="brief-card-countries">
            <EnvironmentOutlined aria-hidden />{' '}
            <span className="brief-sr-only">{t('policyBriefs.fields.countries')}: </span>
            {brief.countries.map((code) => countryName(code, language)).join(' · ')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
