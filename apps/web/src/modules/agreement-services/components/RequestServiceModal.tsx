import { SERVICE_LIMITS, type AgreementServiceDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useOrganizationParks } from '../../organizations/api';
import { useRequestService } from '../api';

interface Values {
  parkId: string;
  needEn?: string;
  needZh?: string;
}

/** The value of the park picker that stands for the organization itself. */
const ITSELF = 'organization';

/** A member asks for a service: for one of its parks or for the organization, with its need in either language. */
export function RequestServiceModal({ service, onClose }: { service: AgreementServiceDto; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const parks = useOrganizationParks(me?.organization.id, 1, 100);
  const [form] = Form.useForm<Values>();
  const request = useRequestService();

  const submit = (values: Values) =>
    request.mutate(
      {
        serviceId: service.id,
        parkId: values.parkId === ITSELF ? null : values.parkId,
        needEn: values.needEn?.trim() || null,
        needZh: values.needZh?.trim() || null,
      },
      {
        onSuccess: (created) => {
          void message.success(t('agreementServices.request.sent'));
          onClose();
          void navigate(`/services/requests/${created.id}`);
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('agreementServices.request.title', { name: pickName(service, language) })}
      okText={t('agreementServices.request.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={request.isPending}
      okButtonProps={{ ...{ 'data-testid': 'request-submit' } }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="service-request"
        layout="vertical"
        onFinish={submit}
        initialValues={{ parkId: ITSELF }}
        data-testid="request-form"
      >
        <ApiErrorAlert error={request.error} />
        <Form.Item name="parkId" label={t('agreementServices.request.for')}>
          <Select
            data-testid="request-park"
            options={[
              { value: ITSELF, label: t('agreementServices.request.itself') },
              ...(parks.data?.items ?? []).map((park) => ({ value: park.id, label: pickName(park, language) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="needEn"
          label={t('agreementServices.request.needEn')}
          rules={[{ max: SERVICE_LIMITS.needLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={4} lang="en" data-testid="request-need-en" />
        </Form.Item>
        <Form.Item
          name="needZh"
          label={t('agreementServices.request.needZh')}
          extra={t('agreementServices.request.needHint')}
          rules={[{ max: SERVICE_LIMITS.needLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={4} lang="zh" data-testid="request-need-zh" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
