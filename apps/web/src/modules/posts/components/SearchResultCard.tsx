import type { SearchResultDto } from '@alliance/contracts';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';
import { htmlLang, pickLocalized, pickTitle, readerLanguage } from '../localized';
import { LanguageMarker, PostKindTag } from './PostTags';

/** One hit: the post's title and excerpt in the reader's language where they can be. */
export function SearchResultCard({ result }: { result: SearchResultDto }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = pickTitle(result, readerLanguage(language));
  const excerpt = pickLocalized(result.excerptEn, result.excerptZh, title.language);
  return (
    <Card size="small" data-testid="search-result">
      <Flex vertical gap={6}>
        <Flex wrap gap={4} align="center">
          <PostKindTag kind={result.kind} />
          {title.fallback ? <LanguageMarker language={title.language} /> : null}
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }} lang={htmlLang(title.language)}>
          <Link to={`/posts/${result.id}`}>{title.text}</Link>
        </Typography.Title>
        <Typography.Text type="secondary">
          <Link to={`/organizations/${result.organization.id}`}>{pickName(result.organization, language)}</Link>
          {result.publishedAt ? ` · ${formatDate(result.publishedAt, language)}` : null}
        </Typography.Text>
        {excerpt ? (
          <Typography.Paragraph ellipsis={{ rows: 2 }} lang={htmlLang(excerpt.language)} style={{ margin: 0 }}>
            {excerpt.text}
          </Typography.Paragraph>
        ) : null}
      </Flex>
    </Card>
  );
}
