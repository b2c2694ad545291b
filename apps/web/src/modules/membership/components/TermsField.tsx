import { Checkbox, Collapse, Form } from 'antd';
import { useTranslation } from 'react-i18next';

const TERMS = ['accurate', 'confidential', 'users', 'suspension'] as const;

/** The terms in a few lines, and the box the applicant must tick. */
export function TermsField() {
  const { t } = useTranslation();
  return (
    <>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'terms',
            label: t('membership.apply.terms.summaryTitle'),
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.8 }}>
                {TERMS.map((term) => (
                  <li key={term}>{t(`membership.apply.terms.${term}`)}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <Form.Item
        name="acceptTerms"
        valuePropName="checked"
        style={{ marginBottom: 0 }}
        rules={[
          {
            validator: (_, value: unknown) =>
              value === true
                ? Promise.resolve()
                : Promise.reject(new Error(t('membership.apply.terms.acceptRequired'))),
          },
        ]}
      >
        <Checkbox>{t('membership.apply.terms.accept')}</Checkbox>
      </Form.Item>
    </>
  );
}
