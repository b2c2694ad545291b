import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Searches every post, in both languages, on the search page. */
export function SiteSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Input.Search
      allowClear
      placeholder={t('posts.search.boxPlaceholder')}
      aria-label={t('posts.search.label')}
      data-testid="site-search"
      onSearch={(value) => {
        const q = value.trim();
        if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
      }}
      style={{ width: 260, maxWidth: '100%' }}
    />
  );
}
