import type { PolicyBriefDto, PolicyBriefVersionDto } from '@alliance/contracts';
import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { AudienceTag, TopicTag } from './BriefTags';

/** Whose brief it is, what it concerns, and the shown version's history. */
export function BriefFacts({ brief, version }: { brief: PolicyBriefDto; version: PolicyBriefVersionDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="brief-facts">
      <Descriptions.Item label={t('policyBriefs.fields.organization')}>
        <Link to={`/organizations/${brief.organization.id}`}>{pickName(brief.organization, language)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('policyBriefs.fields.countries')}>
        {version.countries.map((code) => countryName(code, language)).join(' · ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('policyBriefs.fields.topics')}>
        <Flex wrap gap={4}>
          {version.topics.map((topic) => (
            <TopicTag key={topic} topic={topic} />
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('policyBriefs.fields.audience')}>
        <AudienceTag audience={version.audience} always />
      </Descriptions.Item>
      <Descriptions.Item label={t('policyBriefs.fields.version')}>
        <span data-testid="brief-version">{version.number}</span>
      </Descriptions.Item>
      {version.publishedAt ? (
        <Descriptions.Item label={t('policyBriefs.fields.publishedAt')}>
          {formatDate(version.publishedAt, language)}
        </Descriptions.Item>
      ) : (
        <Descriptions.Item label={t('policyBriefs.fields.updatedAt')}>
          {formatDate(version.updatedAt, language, true)}
        </Descriptions.Item>
      )}
      {brief.publishedAt && version.number > 1 ? (
        <Descriptions.Item label={t('policyBriefs.fields.firstPublishedAt')}>
          {formatDate(brief.publishedAt, language)}
        </Descriptions.Item>
      ) : null}
      {version.authorName ? (
        <Descriptions.Item label={t('policyBriefs.fields.author')}>{version.authorName}</Descriptions.Item>
      ) : null}
      {version.reviewerName ? (
        <Descriptions.Item label={t('policyBriefs.fields.reviewer')}>{version.reviewerName}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
