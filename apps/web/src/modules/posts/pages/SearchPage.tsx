import { Card, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useSearch } from '../api';
import { SearchResultCard } from '../components/SearchResultCard';

/** `/search?q=`: posts, parks and organizations matching in either language, best first. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const search = useSearch(q);
  const items = search.data?.items ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t('posts.search.title')}
        subtitle={t('posts.search.subtitle')}
        extra={<ButtonLink to="/posts">{t('posts.backToFeed')}</ButtonLink>}
      />
      <Input.Search
        // Keyed on the query so going back in history refills the box.
        key={q}
        defaultValue={q}
        size="large"
        allowClear
        enterButton={t('common.search')}
        placeholder={t('posts.search.placeholder')}
        aria-label={t('posts.search.label')}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        style={{ maxWidth: 720, marginBottom: 24 }}
        data-testid="search-box"
      />
      <ApiErrorAlert error={search.error} />
      {!q ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('posts.search.prompt')} />
        </Card>
      ) : (
        <Spin spinning={search.isFetching}>
          {items.length === 0 && !search.isPending ? (
            <Card data-testid="search-empty">
              <Empty description={t('posts.search.empty', { q })} />
            </Card>
          ) : (
            <>
              {items.length > 0 && !search.isPlaceholderData ? (
                <Typography.Paragraph type="secondary">{t('posts.search.resultsFor', { q })}</Typography.Paragraph>
              ) : null}
              <Flex vertical gap={12} role="list" data-testid="search-results">
                {items.map((result) => (
                  <div key={`${result.type}-${result.id}`} role="listitem">
                    <SearchResultCard result={result} />
                  </div>
                ))}
              </Flex>
            </>
          )}
        </Spin>
      )}
    </div>
  );
}
