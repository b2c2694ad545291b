import { type SearchResultDto, htmlLang, pickLocalized, pickTitle, readerLanguage } from '@alliance/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { ParkStatusTag } from '../../parks/components/ParkStatusTag';
import { LanguageMarker, PostKindTag } from './PostTags';

/** Where a hit opens. */
export function searchResultLink(result: Pick<SearchResultDto, 'type' | 'id'>): string {
  switch (result.type) {
    case 'park':
      return `/parks/${result.id}`;
    case 'organization':
      return `/organizations/${result.id}`;
    case 'policy_brief':
      return `/policy/briefs/${result.id}`;
    case 'cooperation_project':
      return `/cooperation/projects/${result.id}`;
    case 'partner_agreement':
      return `/agreements/${result.id}`;
    default:
      return `/posts/${result.id}`;
  }
}

/** What the hit is (post, park, organization, policy brief) and its kind, as tags. */
function ResultKind({ result }: { result: SearchResultDto }) {
  const { t } = useTranslation();
  const type = (
    <Tag bordered={false} data-testid="search-result-type">
      {t(`posts.search.type.${result.type}`)}
    </Tag>
  );
  switch (result.type) {
    case 'post':
      return (
        <>
          {type}
          <PostKindTag kind={result.kind} />
        </>
      );
    case 'park':
      return (
        <>
          {type}
          <ParkStatusTag status={result.kind} />
        </>
      );
    case 'organization':
      return (
        <>
          {type}
          <Tag color="blue">{t(`enums.organizationType.${result.kind}`)}</Tag>
        </>
      );
    case 'policy_brief':
      // A brief has no kind of its own: the type says it all.
      return type;
    case 'cooperation_project':
      // The project's kind is the cooperation module's to name; the type says what it is.
      return type;
    case 'partner_agreement':
      return (
        <>
          {type}
          <Tag>{t(`agreements.kind.${result.kind}`)}</Tag>
        </>
      );
  }
}

/** One hit: its kind, its title (or name) and excerpt in the reader's language where they can be, and whose it is. */
export function SearchResultCard({ result }: { result: SearchResultDto }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = pickTitle(result, readerLanguage(language));
  const excerpt = pickLocalized(result.excerptEn, result.excerptZh, title.language);
  const facts = [
    result.country ? countryName(result.country, language) : null,
    result.publishedAt ? formatDate(result.publishedAt, language) : null,
  ].filter(Boolean);
  return (
    <Card size="small" data-testid="search-result" data-type={result.type}>
      <Flex vertical gap={6}>
        <Flex wrap gap={4} align="center">
          <ResultKind result={result} />
          {title.fallback ? <LanguageMarker language={title.language} /> : null}
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }} lang={htmlLang(title.language)}>
          <Link to={searchResultLink(result)}>{title.text}</Link>
        </Typography.Title>
        {result.organization || facts.length ? (
          <Typography.Text type="secondary">
            {result.organization ? (
              <Link to={`/organizations/${result.organization.id}`}>{pickName(result.organization, language)}</Link>
            ) : null}
            {result.organization && facts.length ? ' · ' : null}
            {facts.join(' · ')}
          </Typography.Text>
        ) : null}
        {excerpt ? (
          <Typography.Paragraph ellipsis={{ rows: 2 }} lang={htmlLang(excerpt.language)} style={{ margin: 0 }}>
            {excerpt.text}
          </Typography.Paragraph>
        ) : null}
      </Flex>
    </Card>
  );
}
