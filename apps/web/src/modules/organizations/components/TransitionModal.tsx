import type { OrganizationAction, OrganizationDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useLocalizedName } from '../../../lib/names';
import { useOrganizationTransition } from '../api';

interface Props {
  organization: OrganizationDto;
  action: OrganizationAction;
  onClose: () => void;
}

/** Suspend, reinstate, withdraw or activate: always with a reason, which the audit log keeps. */
export function TransitionModal({ organization, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const nameOf = useLocalizedName();
  const [form] = Form.useForm<{ reason: string }>();
  const transition = useOrganizationTransition();

  const submit = ({ reason }: { reason: string }) =>
    transition.mutate(
      { id: organization.id, action, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t(`organizations.actions.${action}.done`));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t(`organizations.actions.${action}.title`, { name: nameOf(organization) })}
      okText={t(`organizations.actions.${action}.label`)}
      okButtonProps={{ danger: action === 'suspend' || action === 'withdraw', loading: transition.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`organizations.actions.${action}.explain`)}</Typography.Paragraph>
      <ApiErrorAlert error={transition.error} />
      <Form form={form} name="transition" layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('organizations.actions.reason')}
          rules={[
            { required: true, whitespace: true, message: t('organizations.actions.reasonRequired') },
            { max: 1000, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
