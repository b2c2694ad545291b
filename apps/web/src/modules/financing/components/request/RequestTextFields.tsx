import { FINANCING_LIMITS, type Locale, htmlLang } from '@alliance/contracts';
import { Card, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestFormValues } from './requestForm';
import { eitherLanguageToSubmit, type MustComplete } from './rules';

const FIELDS = {
  en: { title: 'titleEn', purpose: 'purposeEn', description: 'descriptionEn' },
  zh: { title: 'titleZh', purpose: 'purposeZh', description: 'descriptionZh' },
} as const satisfies Record<Locale, Record<string, keyof RequestFormValues>>;

function LanguageColumn({ language, mustComplete }: { language: Locale; mustComplete: MustComplete }) {
  const { t } = useTranslation();
  const fields = FIELDS[language];
  const other = FIELDS[language === 'en' ? 'zh' : 'en'];
  const lang = htmlLang(language);
  const maxLength = { message: t('validation.maxLength') };
  return (
    <section aria-label={t(`financing.requests.language.${language}`)} data-testid={`request-editor-${language}`}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(`financing.requests.language.${language}`)}
      </Typography.Title>
      <Form.Item
        name={fields.title}
        label={t('financing.requests.form.title')}
        dependencies={[other.title]}
        rules={[
          eitherLanguageToSubmit(mustComplete, 'titleEn', 'titleZh', t('financing.requests.form.titleRequired')),
          { max: FINANCING_LIMITS.titleLength, ...maxLength },
        ]}
      >
        <Input maxLength={FINANCING_LIMITS.titleLength} lang={lang} />
      </Form.Item>
      <Form.Item
        name={fields.purpose}
        label={t('financing.requests.form.purpose')}
        extra={t('financing.requests.form.purposeHint')}
        dependencies={[other.purpose]}
        rules={[
          eitherLanguageToSubmit(mustComplete, 'purposeEn', 'purposeZh', t('financing.requests.form.purposeRequired')),
          { max: FINANCING_LIMITS.purposeLength, ...maxLength },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={FINANCING_LIMITS.purposeLength}
          showCount
          lang={lang}
        />
      </Form.Item>
      <Form.Item
        name={fields.description}
        label={t('financing.requests.form.description')}
        extra={t('financing.requests.form.descriptionHint')}
        rules={[{ max: FINANCING_LIMITS.descriptionLength, ...maxLength }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 20 }}
          maxLength={FINANCING_LIMITS.descriptionLength}
          lang={lang}
          spellCheck
        />
      </Form.Item>
    </section>
  );
}

/** Title, purpose and description in English and Chinese side by side; one language is enough. */
export function RequestTextFields({ mustComplete }: { mustComplete: MustComplete }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('financing.requests.form.sections.text')}
      extra={t('financing.requests.form.textHint')}
      style={{ marginBottom: 24 }}
    >
      <Row gutter={[32, 24]}>
        <Col xs={24} lg={12}>
          <LanguageColumn language="en" mustComplete={mustComplete} />
        </Col>
        <Col xs={24} lg={12}>
          <LanguageColumn language="zh" mustComplete={mustComplete} />
        </Col>
      </Row>
    </Card>
  );
}
