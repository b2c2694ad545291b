import { COOPERATION_LIMITS } from '@alliance/contracts';
import { Card, Col, Form, Input, Row, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasEither, type ProjectFormValues } from '../projectForm';

/** Title, summary and description in both languages side by side; one language is enough. */
export function ProjectTextFields() {
  const { t } = useTranslation();
  const either =
    (en: keyof ProjectFormValues, zh: keyof ProjectFormValues, key: string): FormRule =>
    ({ getFieldValue }) => ({
      validator: () =>
        hasEither(getFieldValue(en) as string | null, getFieldValue(zh) as string | null)
          ? Promise.resolve()
          : Promise.reject(new Error(t(key))),
    });
  const max = (limit: number): FormRule => ({ max: limit, message: t('validation.maxLength') });
  const titleRule = either('titleEn', 'titleZh', 'errors.cooperation.PROJECT_TITLE_REQUIRED');
  const summaryRule = either('summaryEn', 'summaryZh', 'errors.cooperation.PROJECT_SUMMARY_REQUIRED');

  return (
    <Card
      title={t('cooperation.form.sections.text')}
      extra={t('cooperation.form.textHint')}
      style={{ marginBottom: 24 }}
    >
      <Row gutter={[32, 0]}>
        {(['en', 'zh'] as const).map((language) => {
          const suffix = language === 'en' ? 'En' : 'Zh';
          const other = language === 'en' ? 'Zh' : 'En';
          const lang = language === 'zh' ? 'zh-CN' : 'en';
          return (
            <Col xs={24} lg={12} key={language}>
              <Form.Item
                name={`title${suffix}`}
                label={t(`cooperation.fields.title.${language}`)}
                dependencies={[`title${other}`]}
                rules={[titleRule, max(COOPERATION_LIMITS.titleLength)]}
              >
                <Input maxLength={COOPERATION_LIMITS.titleLength} lang={lang} data-testid={`field-title-${language}`} />
              </Form.Item>
              <Form.Item
                name={`summary${suffix}`}
                label={t(`cooperation.fields.summary.${language}`)}
                dependencies={[`summary${other}`]}
                rules={[summaryRule, max(COOPERATION_LIMITS.summaryLength)]}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={COOPERATION_LIMITS.summaryLength}
                  showCount
                  lang={lang}
                  data-testid={`field-summary-${language}`}
                />
              </Form.Item>
              <Form.Item
                name={`description${suffix}`}
                label={t(`cooperation.fields.description.${language}`)}
                rules={[max(COOPERATION_LIMITS.descriptionLength)]}
              >
                <Input.TextArea
                  rows={8}
                  maxLength={COOPERATION_LIMITS.descriptionLength}
                  lang={lang}
                  data-testid={`field-description-${language}`}
                />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
