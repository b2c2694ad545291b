import { FINANCING_LIMITS, type FinancingRequestDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../../lib/forms';
import { useRequestCommand } from '../../api';

interface Props {
  request: FinancingRequestDto;
  /** Withdraw: the requester no longer needs the finance; close: no offer was acceptable. */
  action: 'withdraw' | 'close';
  onClose: () => void;
}

/** Ending a request always carries a reason: every institution still reviewing it is told. */
export function EndRequestModal({ request, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useRequestCommand(request.id);

  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      { action, reason: reason.trim(), version: request.version },
      {
        onSuccess: () => {
          void message.success(t(`financing.requests.end.${action}.done`));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t(`financing.requests.end.${action}.title`)}
      okText={t(`financing.requests.end.${action}.ok`)}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': `confirm-${action}` } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {/* A draft was never shared: no review closes. */}
        {request.status === 'draft'
          ? t('financing.requests.end.withdrawDraft')
          : t(`financing.requests.end.${action}.explain`)}
      </Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form form={form} name={`${action}-request`} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('financing.fields.reason')}
          rules={[
            { required: true, whitespace: true, message: t('financing.requests.end.reasonRequired') },
            { max: FINANCING_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={FINANCING_LIMITS.reasonLength}
            showCount
            autoFocus
            data-testid="end-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
