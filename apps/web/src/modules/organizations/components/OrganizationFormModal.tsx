import type { OrganizationDto } from '@alliance/contracts';
import { MEMBER_ORGANIZATION_TYPES } from '@alliance/contracts';
import { App, Col, Divider, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ContactFormFields } from '../../../components/ContactFormFields';
import { CountrySelect } from '../../../components/CountrySelect';
import { useAbility } from '../../../lib/ability';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useCreateOrganization, useUpdateOrganization } from '../api';
import {
  toCreateOrganizationRequest,
  toOrganizationFormValues,
  toUpdateOrganizationRequest,
  type OrganizationFormValues,
} from '../organizationForm';

type Values = OrganizationFormValues;

interface Props {
  /** Absent: create a new organization. */
  organization?: OrganizationDto;
  onClose: () => void;
}

export function OrganizationFormModal({ organization, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const classify = useAbility().can('classify', 'Organization');
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const mutation = organization ? update : create;

  const submit = (values: Values) => {
    const options = {
      onSuccess: () => {
        void message.success(t(organization ? 'organizations.form.updated' : 'organizations.form.created'));
        onClose();
      },
      onError: (error: unknown) => applyApiFieldErrors(form, error, t),
    };
    if (organization)
      update.mutate({ id: organization.id, body: toUpdateOrganizationRequest(values, classify) }, options);
    else create.mutate(toCreateOrganizationRequest(values, classify), options);
  };

  const oneName = ({ getFieldValue }: { getFieldValue: (name: keyof Values) => unknown }) => ({
    validator: () =>
      String(getFieldValue('nameEn') ?? '').trim() || String(getFieldValue('nameZh') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('organizations.form.nameRequired'))),
  });

  return (
    <Modal
      open
      width={720}
      title={organization ? t('organizations.form.editTitle') : t('organizations.form.createTitle')}
      okText={organization ? t('common.save') : t('organizations.form.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={mutation.error} />
      <Form
        form={form}
        name="organization"
        layout="vertical"
        onFinish={submit}
        initialValues={toOrganizationFormValues(organization)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameEn"
              label={t('organizations.fields.nameEn')}
              dependencies={['nameZh']}
              rules={[oneName]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameZh"
              label={t('organizations.fields.nameZh')}
              dependencies={['nameEn']}
              rules={[oneName]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="type"
              label={t('organizations.fields.type')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Select
                disabled={organization?.type === 'secretariat' || !classify}
                options={(organization?.type === 'secretariat' ? [organization.type] : MEMBER_ORGANIZATION_TYPES).map(
                  (type) => ({
                    value: type,
                    label: t(`enums.organizationType.${type}`),
                  }),
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="country" label={t('organizations.fields.country')}>
              <CountrySelect allowClear placeholder={t('organizations.form.countryPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="website"
              label={t('organizations.fields.website')}
              rules={[{ type: 'url', message: t('validation.isUrl') }]}
            >
              <Input placeholder="https://" maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionEn" label={t('organizations.fields.descriptionEn')}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionZh" label={t('organizations.fields.descriptionZh')}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="foundingMember"
              label={t('organizations.fields.foundingMember')}
              valuePropName="checked"
              tooltip={classify ? undefined : t('organizations.form.secretariatOnly')}
            >
              <Switch disabled={!classify} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="rotatingChair"
              label={t('organizations.fields.rotatingChair')}
              valuePropName="checked"
              tooltip={classify ? undefined : t('organizations.form.secretariatOnly')}
            >
              <Switch disabled={!classify} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('organizations.form.contactSection')}</Divider>
        <Typography.Paragraph type="secondary">{t('organizations.form.contactHint')}</Typography.Paragraph>
        <ContactFormFields
          labels={{
            name: t('organizations.fields.contactName'),
            email: t('organizations.fields.contactEmail'),
            phone: t('organizations.fields.contactPhone'),
          }}
        />
      </Form>
    </Modal>
  );
}
