import { POST_KINDS, POST_VISIBILITIES } from '@alliance/contracts';
import { Card, Col, Flex, Form, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';

/** What kind of post it is, who may read it and, for the secretariat, on whose behalf it is written. */
export function PostAudienceFields({ chooseOrganization }: { chooseOrganization: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('posts.form.sections.audience')} style={{ marginBottom: 24 }}>
      <Row gutter={24}>
        {chooseOrganization ? (
          <Col xs={24}>
            <Form.Item
              name="organizationId"
              label={t('posts.fields.organization')}
              extra={t('posts.form.organizationHint')}
            >
              <OrganizationSelect
                placeholder={t('posts.form.organizationPlaceholder')}
                allowClear
                style={{ maxWidth: 480 }}
              />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} lg={12}>
          <Form.Item
            name="kind"
            label={t('posts.fields.kind')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={POST_KINDS.map((kind) => ({ value: kind, label: t(`posts.kind.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="visibility"
            label={t('posts.fields.visibility')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group>
              <Flex vertical gap={8}>
                {POST_VISIBILITIES.map((visibility) => (
                  <Radio key={visibility} value={visibility} data-testid={`post-visibility-${visibility}`}>
                    {t(`posts.visibility.${visibility}`)}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {t(`posts.visibility.explain.${visibility}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
