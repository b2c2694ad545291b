import { MONEY_PATTERN, PARK_LIMITS } from '@alliance/contracts';
import { Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ContactFormFields } from '../../../components/ContactFormFields';
import { CountrySelect } from '../../../components/CountrySelect';
import { SectorSelect } from '../../../components/SectorSelect';
import { formatNumber } from '../../../lib/names';
import { formatUsd } from '../format';
import type { GetParkField, ParkFormValues } from '../parkForm';
import { ParkStatusSelect } from './ParkStatusSelect';

/** Coordinates place the marker: both or neither. */
function bothCoordinates(other: keyof ParkFormValues, message: string) {
  return ({ getFieldValue }: { getFieldValue: GetParkField }) => ({
    validator: (_: unknown, value: unknown) =>
      (value === null || value === undefined) !== (getFieldValue(other) === null || getFieldValue(other) === undefined)
        ? Promise.reject(new Error(message))
        : Promise.resolve(),
  });
}

export function LocationFields() {
  const { t } = useTranslation();
  const bothMessage = t('parks.form.bothCoordinates');
  return (
    <Card title={t('parks.form.sections.location')} style={{ marginBottom: 24 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="country"
            label={t('parks.fields.country')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <CountrySelect placeholder={t('parks.form.countryPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="city"
            label={t('parks.fields.city')}
            rules={[{ max: PARK_LIMITS.cityLength, message: t('validation.maxLength') }]}
          >
            <Input maxLength={PARK_LIMITS.cityLength} />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item
            name="latitude"
            label={t('parks.fields.latitude')}
            tooltip={t('parks.form.coordinatesHint')}
            dependencies={['longitude']}
            rules={[bothCoordinates('longitude', bothMessage)]}
          >
            <InputNumber min={-90} max={90} precision={6} step={0.1} placeholder="10.6094" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item
            name="longitude"
            label={t('parks.fields.longitude')}
            tooltip={t('parks.form.coordinatesHint')}
            dependencies={['latitude']}
            rules={[bothCoordinates('latitude', bothMessage)]}
          >
            <InputNumber
              min={-180}
              max={180}
              precision={6}
              step={0.1}
              placeholder="103.5296"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function ProfileFields() {
  const { t, i18n } = useTranslation();
  const min = PARK_LIMITS.minEstablishedYear;
  const thisYear = new Date().getFullYear();
  return (
    <Card title={t('parks.form.sections.profile')} style={{ marginBottom: 24 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="status"
            label={t('parks.fields.status')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <ParkStatusSelect />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="establishedYear"
            label={t('parks.fields.establishedYear')}
            rules={[
              {
                type: 'integer',
                min,
                max: thisYear,
                message: t('parks.form.yearRange', { min, max: thisYear }),
              },
            ]}
          >
            <InputNumber min={min} max={thisYear} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="areaKm2"
            label={t('parks.fields.areaKm2')}
            rules={[
              {
                type: 'number',
                min: 0,
                max: PARK_LIMITS.maxAreaKm2,
                message: t('parks.form.numberRange', {
                  max: formatNumber(PARK_LIMITS.maxAreaKm2, i18n.resolvedLanguage),
                }),
              },
            ]}
          >
            <InputNumber min={0} max={PARK_LIMITS.maxAreaKm2} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="sectors" label={t('parks.fields.sectors')}>
            <SectorSelect mode="multiple" allowClear placeholder={t('parks.form.sectorsPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function FiguresFields() {
  const { t, i18n } = useTranslation();
  const investment = Form.useWatch<string | null>('investmentUsd');
  const valid = typeof investment === 'string' && MONEY_PATTERN.test(investment.trim());
  const count = (name: 'enterpriseCount' | 'localJobs', max: number) => (
    <Form.Item
      name={name}
      label={t(`parks.fields.${name}`)}
      rules={[
        {
          type: 'integer',
          min: 0,
          max,
          message: t('parks.form.wholeNumberRange', { max: formatNumber(max, i18n.resolvedLanguage) }),
        },
      ]}
    >
      <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Card title={t('parks.form.sections.figures')} style={{ marginBottom: 24 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {count('enterpriseCount', PARK_LIMITS.maxEnterpriseCount)}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="investmentUsd"
            label={t('parks.fields.investmentUsd')}
            rules={[{ pattern: MONEY_PATTERN, message: t('parks.form.investmentFormat') }]}
            extra={valid ? formatUsd(investment.trim(), i18n.resolvedLanguage, t) : t('parks.form.investmentHint')}
          >
            <Input inputMode="decimal" prefix="US$" placeholder="350000000" maxLength={21} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {count('localJobs', PARK_LIMITS.maxLocalJobs)}
        </Col>
      </Row>
    </Card>
  );
}

export function ContactFields() {
  const { t } = useTranslation();
  return (
    <Card title={t('parks.form.sections.contact')} style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary">{t('parks.form.contactHint')}</Typography.Paragraph>
      <ContactFormFields
        labels={{
          name: t('parks.fields.contactName'),
          email: t('parks.fields.contactEmail'),
          phone: t('parks.fields.contactPhone'),
        }}
      />
    </Card>
  );
}
