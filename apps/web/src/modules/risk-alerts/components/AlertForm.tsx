import {
  needsRelease,
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_LIMITS,
  RISK_ALERT_SEVERITIES,
  type RiskAlertSeverity,
} from '@alliance/contracts';
import { NotificationOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { CountriesSelect } from '../../../components/CountrySelect';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { useMe } from '../../auth/api';
import { emptyAlertForm, hasEither, toAlertRequest, type AlertFormValues } from '../alertForm';
import { useIssueAlert } from '../api';

const FORMAT = 'YYYY-MM-DD HH:mm';

/** What happened, where, how grave and until when, in both languages; issued at once (or sent for release). */
export function AlertForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<AlertFormValues>();
  const issue = useIssueAlert();
  const [initial] = useState(() => emptyAlertForm(dayjs()));
  const severity = Form.useWatch('severity', form) as RiskAlertSeverity | undefined;
  const waits = Boolean(me && severity && needsRelease(severity, me.organization.type));

  const finish = (values: AlertFormValues) =>
    issue.mutate(toAlertRequest(values, dayjs()), {
      onSuccess: (alert) => {
        void message.success(
          t(alert.status === 'pending_release' ? 'riskAlerts.form.sentForRelease' : 'riskAlerts.form.issued'),
        );
        void navigate(`/policy/alerts/${alert.id}`);
      },
      onError: (error) => applyApiFieldErrors(form, error, t),
    });

  const either =
    (en: keyof AlertFormValues, zh: keyof AlertFormValues, key: string): FormRule =>
    ({ getFieldValue }) => ({
      validator: () =>
        hasEither(getFieldValue(en) as string | null, getFieldValue(zh) as string | null)
          ? Promise.resolve()
          : Promise.reject(new Error(t(key))),
    });
  const endsAfterStart: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, until: dayjs.Dayjs | null) => {
      const from = getFieldValue('validFrom') as dayjs.Dayjs | null;
      return !until || !from || until.isAfter(from)
        ? Promise.resolve()
        : Promise.reject(new Error(t('errors.riskAlerts.ALERT_VALIDITY_ENDS_BEFORE_START')));
    },
  });
  const titleRule = either('titleEn', 'titleZh', 'errors.riskAlerts.ALERT_TITLE_REQUIRED');
  const bodyRule = either('bodyEn', 'bodyZh', 'errors.riskAlerts.ALERT_BODY_REQUIRED');
  const max = (limit: number): FormRule => ({ max: limit, message: t('validation.maxLength') });

  return (
    <Form<AlertFormValues>
      form={form}
      name="risk-alert"
      layout="vertical"
      data-testid="alert-form"
      initialValues={initial}
      onFinish={finish}
      scrollToFirstError={{ block: 'center' }}
      disabled={issue.isPending}
    >
      <Card title={t('riskAlerts.form.sections.about')} style={{ marginBottom: 24 }}>
        <Row gutter={[24, 0]}>
          <Col xs={24} md={12}>
            <Form.Item
              name="severity"
              label={t('riskAlerts.fields.severity')}
              rules={[{ required: true, message: t('riskAlerts.form.severityRequired') }]}
            >
              <Radio.Group
                optionType="button"
                options={RISK_ALERT_SEVERITIES.map((value) => ({ value, label: t(`riskAlerts.severity.${value}`) }))}
                data-testid="alert-severity-field"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="category"
              label={t('riskAlerts.fields.category')}
              rules={[{ required: true, message: t('riskAlerts.form.categoryRequired') }]}
            >
              <Select
                placeholder={t('riskAlerts.form.categoryPlaceholder')}
                options={RISK_ALERT_CATEGORIES.map((value) => ({ value, label: t(`riskAlerts.category.${value}`) }))}
                data-testid="alert-category-field"
              />
            </Form.Item>
          </Col>
          {waits ? (
            <Col span={24}>
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 24 }}
                title={t('riskAlerts.form.needsRelease')}
                data-testid="alert-needs-release"
              />
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item
              name="countries"
              label={t('riskAlerts.fields.countries')}
              extra={t('riskAlerts.form.countriesHint', { max: RISK_ALERT_LIMITS.countries })}
              rules={[{ required: true, type: 'array', min: 1, message: t('riskAlerts.form.countriesRequired') }]}
            >
              <CountriesSelect
                max={RISK_ALERT_LIMITS.countries}
                placeholder={t('riskAlerts.form.countriesPlaceholder')}
                data-testid="alert-countries-field"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="place"
              label={t('riskAlerts.fields.place')}
              extra={t('riskAlerts.form.placeHint')}
              rules={[max(RISK_ALERT_LIMITS.placeLength)]}
            >
              <Input maxLength={RISK_ALERT_LIMITS.placeLength} data-testid="alert-place-field" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validFrom"
              label={t('riskAlerts.fields.validFrom')}
              rules={[{ required: true, message: t('riskAlerts.form.validFromRequired') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format={FORMAT}
                style={{ width: '100%' }}
                onKeyDown={keepEnterInPicker}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validUntil"
              label={t('riskAlerts.fields.validUntil')}
              extra={t('riskAlerts.form.validUntilHint')}
              dependencies={['validFrom']}
              rules={[endsAfterStart]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format={FORMAT}
                style={{ width: '100%' }}
                onKeyDown={keepEnterInPicker}
                data-testid="alert-valid-until-field"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card
        title={t('riskAlerts.form.sections.text')}
        extra={t('riskAlerts.form.textHint')}
        style={{ marginBottom: 24 }}
      >
        <Row gutter={[32, 0]}>
          {(['en', 'zh'] as const).map((language) => {
            const suffix = language === 'en' ? 'En' : 'Zh';
            const lang = language === 'zh' ? 'zh-CN' : 'en';
            return (
              <Col xs={24} lg={12} key={language}>
                <Form.Item
                  name={`title${suffix}`}
                  label={t(`riskAlerts.fields.title.${language}`)}
                  dependencies={[language === 'en' ? 'titleZh' : 'titleEn']}
                  rules={[titleRule, max(RISK_ALERT_LIMITS.titleLength)]}
                >
                  <Input
                    maxLength={RISK_ALERT_LIMITS.titleLength}
                    lang={lang}
                    data-testid={`alert-title-${language}`}
                  />
                </Form.Item>
                <Form.Item
                  name={`body${suffix}`}
                  label={t(`riskAlerts.fields.body.${language}`)}
                  dependencies={[language === 'en' ? 'bodyZh' : 'bodyEn']}
                  rules={[bodyRule, max(RISK_ALERT_LIMITS.bodyLength)]}
                >
                  <Input.TextArea
                    rows={7}
                    maxLength={RISK_ALERT_LIMITS.bodyLength}
                    showCount
                    lang={lang}
                    data-testid={`alert-body-${language}`}
                  />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
      </Card>

      <ApiErrorAlert error={issue.error} />
      <Flex gap={8} wrap>
        <Button
          type="primary"
          htmlType="submit"
          danger={severity === 'critical'}
          icon={<NotificationOutlined />}
          loading={issue.isPending}
          data-testid="alert-form-submit"
        >
          {t(waits ? 'riskAlerts.form.submitForRelease' : 'riskAlerts.form.submit')}
        </Button>
        <ButtonLink to="/policy/alerts">{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
