import { FINANCING_LIMITS } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors } from '../../../../lib/forms';
import { CommandError, isConflict, type ReviewCommandMutation } from './CommandError';

interface Props {
  version: number;
  command: ReviewCommandMutation;
  onClose: () => void;
}

/** Declining is final: the requester is told, with the reason, and a prepared offer lapses. */
export function DeclineModal({ version, command, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();

  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      { action: 'decline', body: { reason: reason.trim(), version } },
      {
        onSuccess: () => {
          void message.success(t('financing.reviews.decline.done'));
          onClose();
        },
        onError: (error) => {
          // A conflict shows above the review, read again; the modal has nothing left to do.
          if (isConflict(error)) onClose();
          else applyApiFieldErrors(form, error, t);
        },
      },
    );

  return (
    <Modal
      open
      title={t('financing.reviews.decline.title')}
      okText={t('financing.reviews.decline.ok')}
      okButtonProps={{ danger: true, loading: command.isPending, 'data-testid': 'decline-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="decline-modal"
    >
      <Typography.Paragraph type="secondary">{t('financing.reviews.decline.explain')}</Typography.Paragraph>
      <CommandError command={command} action="decline" />
      <Form
        form={form}
        name="decline"
        layout="vertical"
        onFinish={submit}
        initialValues={{ reason: '' }}
        data-testid="decline-form"
      >
        <Form.Item
          name="reason"
          label={t('financing.fields.reason')}
          rules={[
            { required: true, whitespace: true, message: t('financing.reviews.decline.reasonRequired') },
            { max: FINANCING_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={5}
            maxLength={FINANCING_LIMITS.reasonLength}
            showCount
            autoFocus
            data-testid="decline-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
