import { MAX_APPLICATION_PARKS } from '@alliance/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';

/** The parks the applicant runs: each needs a name in one language and its host country. */
export function ParksField() {
  const { t } = useTranslation();

  const oneName =
    (index: number): FormRule =>
    ({ getFieldValue }) => ({
      validator: () =>
        String(getFieldValue(['parks', index, 'nameEn']) ?? '').trim() ||
        String(getFieldValue(['parks', index, 'nameZh']) ?? '').trim()
          ? Promise.resolve()
          : Promise.reject(new Error(t('membership.apply.nameRequired'))),
    });
  const tooLong = (max: number) => ({ max, message: t('validation.maxLength') });

  return (
    <Form.List name="parks">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('membership.apply.noParks')}</Typography.Paragraph>
          ) : null}
          {fields.map(({ key, name }, index) => (
            <Card
              key={key}
              size="small"
              type="inner"
              style={{ marginBottom: 16 }}
              title={t('membership.apply.park', { number: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('membership.apply.removePark', { number: index + 1 })}
                  onClick={() => remove(name)}
                />
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[name, 'nameEn']}
                    label={t('membership.apply.fields.parkNameEn')}
                    dependencies={[['parks', name, 'nameZh']]}
                    rules={[oneName(name), tooLong(300)]}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[name, 'nameZh']}
                    label={t('membership.apply.fields.parkNameZh')}
                    dependencies={[['parks', name, 'nameEn']]}
                    rules={[oneName(name), tooLong(300)]}
                  >
                    <Input maxLength={300} lang="zh-CN" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[name, 'country']}
                    label={t('membership.apply.fields.parkCountry')}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <CountrySelect />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[name, 'city']} label={t('membership.apply.fields.parkCity')} rules={[tooLong(200)]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            disabled={fields.length >= MAX_APPLICATION_PARKS}
            block
          >
            {t('membership.apply.addPark')}
          </Button>
          {fields.length >= MAX_APPLICATION_PARKS ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('membership.apply.parksMax', { max: MAX_APPLICATION_PARKS })}
            </Typography.Paragraph>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
