import { SERVICE_LIMITS, type AgreementServiceDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useCreateService, useUpdateService } from '../api';

interface Values {
  nameEn?: string;
  nameZh?: string;
  descriptionEn?: string;
  descriptionZh?: string;
  eligibilityEn?: string;
  eligibilityZh?: string;
  providerOrganizationId: string;
  active: boolean;
}

interface Props {
  agreementId: string;
  /** The agreement's counterparties: the usual providers. */
  providers: { id: string; nameEn: string | null; nameZh: string | null }[];
  /** Null: a new service. */
  service: AgreementServiceDto | null;
  onClose: () => void;
}

const FIELDS = [
  ['nameEn', SERVICE_LIMITS.nameLength, 'en', 1],
  ['nameZh', SERVICE_LIMITS.nameLength, 'zh', 1],
  ['descriptionEn', SERVICE_LIMITS.descriptionLength, 'en', 3],
  ['descriptionZh', SERVICE_LIMITS.descriptionLength, 'zh', 3],
  ['eligibilityEn', SERVICE_LIMITS.eligibilityLength, 'en', 2],
  ['eligibilityZh', SERVICE_LIMITS.eligibilityLength, 'zh', 2],
] as const;

/** The secretariat adds a service to an agreement or edits one (withdrawing it keeps its requests). */
export function ServiceEditorModal({ agreementId, providers, service, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateService(agreementId);
  const update = useUpdateService();
  const pending = create.isPending || update.isPending;
  const options = [...providers];
  if (service && !options.some((p) => p.id === service.provider.id)) options.push(service.provider);

  const submit = (values: Values) => {
    const body = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v]),
    ) as unknown as Values;
    const done = {
      onSuccess: () => {
        void message.success(t('agreementServices.editor.saved'));
        onClose();
      },
      onError: (error: unknown) => applyApiFieldErrors(form, error, t),
    };
    if (service) update.mutate({ id: service.id, ...body, version: service.version }, done);
    else {
      // A new service is offered at once: `active` is the editor's switch for existing ones.
      create.mutate({ ...body, active: undefined } as Omit<Values, 'active'>, done);
    }
  };

  return (
    <Modal
      open
      title={t(service ? 'agreementServices.editor.editTitle' : 'agreementServices.editor.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="agreement-service"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          ...(service ?? {}),
          providerOrganizationId: service?.provider.id ?? providers[0]?.id,
          active: service?.active ?? true,
        }}
      >
        <ApiErrorAlert error={create.error ?? update.error} />
        <Form.Item
          name="providerOrganizationId"
          label={t('agreementServices.editor.provider')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={options.map((p) => ({ value: p.id, label: pickName(p, language) }))} />
        </Form.Item>
        {FIELDS.map(([name, max, lang, rows]) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`agreementServices.editor.${name}`)}
            rules={[{ max, message: t('validation.maxLength') }]}
          >
            {rows === 1 ? <Input lang={lang} /> : <Input.TextArea rows={rows} lang={lang} />}
          </Form.Item>
        ))}
        {service ? (
          <Form.Item name="active" label={t('agreementServices.editor.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
