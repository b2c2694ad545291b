import { POLICY_BRIEF_LIMITS, type PolicyBriefDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useBriefCommand } from '../api';

interface Props {
  brief: PolicyBriefDto;
  /** Changes asked for carry a comment to the authors; a retraction, the reason readers are shown. */
  action: 'request_changes' | 'retract';
  onClose: () => void;
}

const LIMIT = { request_changes: POLICY_BRIEF_LIMITS.commentLength, retract: POLICY_BRIEF_LIMITS.reasonLength };

/** The steps that need a text: the API refuses them without one, and the form says so first. */
export function BriefTextModal({ brief, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const command = useBriefCommand();
  const base = `policyBriefs.actions.${action}`;
  const number = brief.working?.number ?? brief.content.number;

  const submit = ({ text }: { text: string }) =>
    command.mutate(
      {
        id: brief.id,
        command:
          action === 'retract'
            ? { action: 'retract', reason: text.trim() }
            : { action: 'request-changes', body: text.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t(`${base}.done`));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t(`${base}.title`, { number })}
      okText={t(`${base}.ok`)}
      okButtonProps={{
        danger: action === 'retract',
        loading: command.isPending,
        ...{ 'data-testid': `confirm-${action}` },
      }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`${base}.explain`)}</Typography.Paragraph>
      {/* The form checks the text first; what the API still refuses (the brief moved meanwhile) shows here. */}
      <ApiErrorAlert error={command.error} />
      <Form form={form} name={`brief-${action}`} layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t(`${base}.field`)}
          rules={[
            { required: true, whitespace: true, message: t(`${base}.required`) },
            { max: LIMIT[action], message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={LIMIT[action]} showCount autoFocus data-testid={`${action}-text`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
