import { type Locale, htmlLang } from '@alliance/contracts';
import { Skeleton, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { usePreview } from '../api';
import { useDebouncedValue } from '../useDebouncedValue';
import { SanitizedHtml } from './SanitizedHtml';

const DELAY_MS = 400;

/** The body as readers will see it, rendered and sanitized by the server while the author types. */
export function MarkdownPreview({ markdown, language }: { markdown: string; language: Locale }) {
  const { t } = useTranslation();
  const settled = useDebouncedValue(markdown, DELAY_MS);
  const preview = usePreview(settled);
  const empty = markdown.trim() === '';

  return (
    // Focusable: a long preview scrolls, and the keyboard must be able to scroll it.
    <section
      tabIndex={0}
      aria-label={t('posts.form.preview')}
      aria-live="polite"
      className="post-preview"
      data-testid={`post-preview-${language}`}
    >
      {empty ? (
        <Typography.Text type="secondary">{t('posts.form.previewEmpty')}</Typography.Text>
      ) : preview.error ? (
        <ApiErrorAlert error={preview.error} message={t('posts.form.previewFailed')} />
      ) : preview.data ? (
        <Spin spinning={preview.isFetching || settled !== markdown} size="small">
          <SanitizedHtml html={preview.data.html} lang={htmlLang(language)} />
        </Spin>
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      )}
    </section>
  );
}
