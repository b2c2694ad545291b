import {
  AGREEMENT_KINDS,
  AGREEMENT_LIMITS,
  type AgreementDto,
  type AgreementKind,
  type CreateAgreementRequest,
} from '@alliance/contracts';
import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { OrganizationMultiSelect } from '../../notifications/components/OrganizationMultiSelect';
import { useSaveAgreement } from '../api';

interface Values {
  kind: AgreementKind;
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  scopeEn?: string | null;
  scopeZh?: string | null;
  renewalTermsEn?: string | null;
  renewalTermsZh?: string | null;
  signedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  expiresOn?: Dayjs | null;
  counterpartyIds: string[];
}

const TEXTS = ['title', 'summary', 'scope', 'renewalTerms'] as const;
const LIMIT: Record<(typeof TEXTS)[number], number> = {
  title: AGREEMENT_LIMITS.titleLength,
  summary: AGREEMENT_LIMITS.summaryLength,
  scope: AGREEMENT_LIMITS.scopeLength,
  renewalTerms: AGREEMENT_LIMITS.renewalTermsLength,
};
const DATES = ['signedOn', 'effectiveFrom', 'expiresOn'] as const;

const text = (value: string | null | undefined) => value?.trim() || null;
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function toValues(agreement: AgreementDto | undefined): Partial<Values> {
  if (!agreement) return { kind: 'strategic_cooperation', counterpartyIds: [] };
  const date = (value: string | null) => (value ? dayjs(value) : null);
  return {
    ...agreement,
    signedOn: date(agreement.signedOn),
    effectiveFrom: date(agreement.effectiveFrom),
    expiresOn: date(agreement.expiresOn),
    counterpartyIds: agreement.counterparties.map((c) => c.id),
  };
}

function toRequest(values: Values): CreateAgreementRequest {
  return {
    kind: values.kind,
    titleEn: text(values.titleEn),
    titleZh: text(values.titleZh),
    summaryEn: text(values.summaryEn),
    summaryZh: text(values.summaryZh),
    scopeEn: text(values.scopeEn),
    scopeZh: text(values.scopeZh),
    renewalTermsEn: text(values.renewalTermsEn),
    renewalTermsZh: text(values.renewalTermsZh),
    signedOn: day(values.signedOn),
    effectiveFrom: day(values.effectiveFrom),
    expiresOn: day(values.expiresOn),
    counterpartyIds: values.counterpartyIds,
  };
}

/** A new agreement (a draft) or an edit: both languages side by side, one is enough. */
export function AgreementForm({ agreement }: { agreement?: AgreementDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveAgreement();
  const [initial] = useState(() => toValues(agreement));
  const titleRule: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      text(getFieldValue('titleEn') as string) || text(getFieldValue('titleZh') as string)
        ? Promise.resolve()
        : Promise.reject(new Error(t('errors.agreements.AGREEMENT_TITLE_REQUIRED'))),
  });

  const submit = (values: Values) =>
    save.mutate(
      {
        id: agreement?.id,
        body: agreement ? { ...toRequest(values), version: agreement.version } : toRequest(values),
      },
      {
        onSuccess: (saved) => {
          void message.success(t('agreements.form.saved'));
          void navigate(`/agreements/${saved.id}`);
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Form<Values>
      form={form}
      name="agreement"
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError={{ block: 'center' }}
      disabled={save.isPending}
      data-testid="agreement-editor"
    >
      <Card title={t('agreements.form.sections.facts')} style={{ marginBottom: 24 }}>
        <Row gutter={[32, 0]}>
          <Col xs={24} lg={12}>
            <Form.Item name="kind" label={t('agreements.fields.kind')} rules={[{ required: true }]}>
              <Select
                options={AGREEMENT_KINDS.map((value) => ({ value, label: t(`agreements.kind.${value}`) }))}
                data-testid="field-kind"
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="counterpartyIds"
              label={t('agreements.fields.counterparties')}
              rules={[{ type: 'array', min: 1, message: t('errors.agreements.AGREEMENT_COUNTERPARTY_REQUIRED') }]}
            >
              <OrganizationMultiSelect aria-label={t('agreements.fields.counterparties')} />
            </Form.Item>
          </Col>
          {DATES.map((field) => (
            <Col xs={24} lg={8} key={field}>
              <Form.Item name={field} label={t(`agreements.fields.${field}`)}>
                <DatePicker style={{ width: '100%' }} onKeyDown={keepEnterInPicker} data-testid={`field-${field}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
      <Card
        title={t('agreements.form.sections.text')}
        extra={t('agreements.form.textHint')}
        style={{ marginBottom: 24 }}
      >
        <Row gutter={[32, 0]}>
          {(['en', 'zh'] as const).map((language) => {
            const suffix = language === 'en' ? 'En' : 'Zh';
            const lang = language === 'zh' ? 'zh-CN' : 'en';
            return (
              <Col xs={24} lg={12} key={language}>
                {TEXTS.map((field) => (
                  <Form.Item
                    key={field}
                    name={`${field}${suffix}`}
                    label={t(`agreements.fields.${field === 'renewalTerms' ? 'renewalTermsIn' : field}.${language}`)}
                    dependencies={field === 'title' ? [`title${language === 'en' ? 'Zh' : 'En'}`] : undefined}
                    rules={[
                      ...(field === 'title' ? [titleRule] : []),
                      { max: LIMIT[field], message: t('validation.maxLength') },
                    ]}
                  >
                    {field === 'title' ? (
                      <Input maxLength={LIMIT[field]} lang={lang} data-testid={`field-${field}-${language}`} />
                    ) : (
                      <Input.TextArea
                        rows={field === 'scope' ? 6 : 3}
                        maxLength={LIMIT[field]}
                        lang={lang}
                        data-testid={`field-${field}-${language}`}
                      />
                    )}
                  </Form.Item>
                ))}
              </Col>
            );
          })}
        </Row>
      </Card>
      <ApiErrorAlert error={save.error} />
      <Flex gap={8} wrap>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={save.isPending}
          data-testid="agreement-save"
        >
          {t('agreements.form.save')}
        </Button>
        <ButtonLink to={agreement ? `/agreements/${agreement.id}` : '/agreements'}>{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
