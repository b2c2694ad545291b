import { MEMBER_ORGANIZATION_TYPES } from '@alliance/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';

/** The applicant organization: names side by side, type, country, website and descriptions. */
export function OrganizationFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('validation.required') };
  const tooLong = (max: number) => ({ max, message: t('validation.maxLength') });

  const oneName: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      String(getFieldValue('nameEn') ?? '').trim() || String(getFieldValue('nameZh') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('membership.apply.nameRequired'))),
  });

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="nameEn"
          label={t('membership.apply.fields.nameEn')}
          dependencies={['nameZh']}
          rules={[oneName, tooLong(300)]}
        >
          <Input maxLength={300} autoComplete="organization" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="nameZh"
          label={t('membership.apply.fields.nameZh')}
          dependencies={['nameEn']}
          rules={[oneName, tooLong(300)]}
        >
          <Input maxLength={300} lang="zh-CN" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="type" label={t('membership.apply.fields.type')} rules={[required]}>
          <Select
            placeholder={t('membership.apply.fields.typePlaceholder')}
            options={MEMBER_ORGANIZATION_TYPES.map((type) => ({
              value: type,
              label: t(`enums.organizationType.${type}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="country" label={t('membership.apply.fields.country')} rules={[required]}>
          <CountrySelect placeholder={t('membership.apply.fields.countryPlaceholder')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="website"
          label={t('membership.apply.fields.website')}
          extra={t('membership.apply.websiteHint')}
          rules={[
            { type: 'url', message: t('validation.isUrl') },
            { pattern: /^https?:\/\//i, message: t('validation.isUrl') },
            tooLong(500),
          ]}
        >
          <Input type="url" placeholder="https://" maxLength={500} autoComplete="url" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="descriptionEn"
          label={t('membership.apply.fields.descriptionEn')}
          tooltip={t('membership.apply.descriptionHint')}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="descriptionZh" label={t('membership.apply.fields.descriptionZh')}>
          <Input.TextArea rows={5} maxLength={5000} showCount lang="zh-CN" />
        </Form.Item>
      </Col>
    </Row>
  );
}
