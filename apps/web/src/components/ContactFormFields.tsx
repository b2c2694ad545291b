import { PHONE_PATTERN } from '@alliance/contracts';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  labels: { name: string; email: string; phone: string };
}

/** Contact person, e-mail and telephone on one row, with the API's rules (organizations, parks). */
export function ContactFormFields({ labels }: Props) {
  const { t } = useTranslation();
  const max = (n: number) => ({ max: n, message: t('validation.maxLength') });
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="contactName" label={labels.name} rules={[max(200)]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactEmail"
          label={labels.email}
          rules={[{ type: 'email', message: t('validation.isEmail') }, max(320)]}
        >
          <Input type="email" maxLength={320} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactPhone"
          label={labels.phone}
          rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }, max(50)]}
        >
          <Input type="tel" maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
