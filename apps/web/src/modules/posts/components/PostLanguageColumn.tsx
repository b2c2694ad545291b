import { POST_LIMITS, type Locale, htmlLang } from '@alliance/contracts';
import { Form, Input, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PostFormValues } from '../postForm';
import { MarkdownPreview } from './MarkdownPreview';

interface Props {
  language: Locale;
  /** At least one of the two titles: the rule is checked on both fields. */
  titleRule: FormRule;
}

const FIELDS = {
  en: { title: 'titleEn', body: 'bodyEn', other: 'titleZh' },
  zh: { title: 'titleZh', body: 'bodyZh', other: 'titleEn' },
} as const satisfies Record<Locale, Record<string, keyof PostFormValues>>;

/** One language of the post: its title, its Markdown and the server's preview beneath. */
export function PostLanguageColumn({ language, titleRule }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PostFormValues>();
  const fields = FIELDS[language];
  const markdown = Form.useWatch(fields.body, form) ?? '';
  const lang = htmlLang(language);

  return (
    <section aria-label={t(`posts.language.${language}`)} data-testid={`post-editor-${language}`}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(`posts.language.${language}`)}
      </Typography.Title>
      <Form.Item
        name={fields.title}
        label={t(`posts.fields.title.${language}`)}
        dependencies={[fields.other]}
        rules={[titleRule, { max: POST_LIMITS.titleLength, message: t('validation.maxLength') }]}
      >
        <Input maxLength={POST_LIMITS.titleLength} lang={lang} />
      </Form.Item>
      <Form.Item
        name={fields.body}
        label={t(`posts.fields.body.${language}`)}
        extra={t('posts.form.markdownHint')}
        rules={[{ max: POST_LIMITS.bodyLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 8, maxRows: 20 }}
          maxLength={POST_LIMITS.bodyLength}
          lang={lang}
          spellCheck
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
        />
      </Form.Item>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('posts.form.preview')}
      </Typography.Text>
      <MarkdownPreview markdown={markdown} language={language} />
    </section>
  );
}
