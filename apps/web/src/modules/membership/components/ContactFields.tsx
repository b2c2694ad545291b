import { PHONE_PATTERN } from '@alliance/contracts';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** The person the secretariat answers, and who becomes the organization's first administrator. */
export function ContactFields() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('validation.required') };
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactName"
          label={t('membership.apply.fields.contactName')}
          rules={[required, { max: 200, message: t('validation.maxLength') }]}
        >
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactEmail"
          label={t('membership.apply.fields.contactEmail')}
          rules={[
            required,
            { type: 'email', message: t('validation.isEmail') },
            { max: 320, message: t('validation.maxLength') },
          ]}
        >
          <Input type="email" maxLength={320} autoComplete="email" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactPhone"
          label={t('membership.apply.fields.contactPhone')}
          rules={[
            { pattern: PHONE_PATTERN, message: t('validation.phone') },
            { max: 50, message: t('validation.maxLength') },
          ]}
        >
          <Input type="tel" maxLength={50} autoComplete="tel" />
        </Form.Item>
      </Col>
    </Row>
  );
}
