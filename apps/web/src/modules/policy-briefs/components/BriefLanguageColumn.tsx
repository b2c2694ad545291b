import { POLICY_BRIEF_LIMITS, htmlLang, type Locale } from '@alliance/contracts';
import { Form, Input, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { MarkdownPreview } from '../../posts/components/MarkdownPreview';
import type { BriefFormValues } from '../briefForm';

interface Props {
  language: Locale;
  /** At least one of the two titles: the rule is checked on both fields. */
  titleRule: FormRule;
}

const FIELDS = {
  en: { title: 'titleEn', summary: 'summaryEn', body: 'bodyEn', other: 'titleZh' },
  zh: { title: 'titleZh', summary: 'summaryZh', body: 'bodyZh', other: 'titleEn' },
} as const satisfies Record<Locale, Record<string, keyof BriefFormValues>>;

/** One language of the brief: its title, plain-text summary, Markdown body and the server's preview beneath. */
export function BriefLanguageColumn({ language, titleRule }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<BriefFormValues>();
  const fields = FIELDS[language];
  const markdown = Form.useWatch(fields.body, form) ?? '';
  const lang = htmlLang(language);

  return (
    <section aria-label={t(`policyBriefs.language.${language}`)} data-testid={`brief-editor-${language}`}>
      <Typography.Title level={2} className="brief-column-title">
        {t(`policyBriefs.language.${language}`)}
      </Typography.Title>
      <Form.Item
        name={fields.title}
        label={t(`policyBriefs.fields.title.${language}`)}
        dependencies={[fields.other]}
        rules={[titleRule, { max: POLICY_BRIEF_LIMITS.titleLength, message: t('validation.maxLength') }]}
      >
        <Input maxLength={POLICY_BRIEF_LIMITS.titleLength} lang={lang} data-testid={`brief-title-${language}`} />
      </Form.Item>
      <Form.Item
        name={fields.summary}
        label={t(`policyBriefs.fields.summary.${language}`)}
        extra={t('policyBriefs.form.summaryHint')}
        rules={[{ max: POLICY_BRIEF_LIMITS.summaryLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={POLICY_BRIEF_LIMITS.summaryLength}
          showCount
          lang={lang}
          data-testid={`brief-summary-${language}`}
        />
      </Form.Item>
      <Form.Item
        name={fields.body}
        label={t(`policyBriefs.fields.body.${language}`)}
        extra={t('policyBriefs.form.markdownHint')}
        rules={[{ max: POLICY_BRIEF_LIMITS.bodyLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 10, maxRows: 24 }}
          maxLength={POLICY_BRIEF_LIMITS.bodyLength}
          lang={lang}
          spellCheck
          className="brief-markdown"
          data-testid={`brief-body-${language}`}
        />
      </Form.Item>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('policyBriefs.form.preview')}
      </Typography.Text>
      <MarkdownPreview markdown={markdown} language={language} />
    </section>
  );
}
