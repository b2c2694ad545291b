import { type Locale, type PostDto, htmlLang, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMarker } from './PostTags';
import { SanitizedHtml } from './SanitizedHtml';

/**
 * The body in the reader's language, else the other one (marked); a toggle reads the other
 * version when the post has both. Only the server's sanitized HTML is shown, never the Markdown.
 */
export function PostBody({ post, markedLanguage }: { post: PostDto; markedLanguage?: Locale | null }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const both = Boolean(post.bodyHtmlEn?.trim() && post.bodyHtmlZh?.trim());
  const shown =
    chosen && both
      ? pickLocalized(post.bodyHtmlEn, post.bodyHtmlZh, chosen)
      : pickLocalized(post.bodyHtmlEn, post.bodyHtmlZh, reader);
  // Said once: when the page already marks the title as shown in this language, the body needs no second marker.
  const marker = shown?.fallback && shown.language !== markedLanguage ? shown.language : null;

  return (
    <Flex vertical gap={12}>
      {both || marker ? (
        <Flex gap={8} align="center" wrap>
          {both && shown ? (
            <Segmented
              aria-label={t('posts.detail.readIn')}
              data-testid="post-language-toggle"
              value={shown.language}
              onChange={(language: Locale) => setChosen(language)}
              options={[
                { value: 'en', label: t('posts.language.en') },
                { value: 'zh', label: t('posts.language.zh') },
              ]}
            />
          ) : null}
          {marker ? <LanguageMarker language={marker} /> : null}
        </Flex>
      ) : null}
      {shown ? (
        <SanitizedHtml html={shown.text} lang={htmlLang(shown.language)} testId="post-body" />
      ) : (
        <Typography.Text type="secondary" data-testid="post-body">
          {t('posts.detail.noBody')}
        </Typography.Text>
      )}
    </Flex>
  );
}
