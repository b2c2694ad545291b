import { RISK_ALERT_LIMITS, type RiskAlertDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { hasEither, toWithdrawRequest } from '../alertForm';
import { useAlertCommand } from '../api';

interface Values {
  allClearEn: string | null;
  allClearZh: string | null;
}

/** Withdrawn with an "all clear" that reaches everyone the alert reached. */
export function WithdrawAlertModal({ alert, onClose }: { alert: RiskAlertDto; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const command = useAlertCommand();

  const either: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      hasEither(getFieldValue('allClearEn') as string | null, getFieldValue('allClearZh') as string | null)
        ? Promise.resolve()
        : Promise.reject(new Error(t('errors.riskAlerts.ALERT_ALL_CLEAR_REQUIRED'))),
  });

  const submit = (values: Values) =>
    command.mutate(
      { id: alert.id, command: { action: 'withdraw', body: toWithdrawRequest(values, alert.version) } },
      {
        onSuccess: () => {
          void message.success(t('riskAlerts.actions.withdraw.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('riskAlerts.actions.withdraw.title')}
      okText={t('riskAlerts.actions.withdraw.ok')}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': 'confirm-withdraw' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('riskAlerts.actions.withdraw.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form
        form={form}
        name="risk-alert-withdraw"
        layout="vertical"
        onFinish={submit}
        initialValues={{ allClearEn: null, allClearZh: null }}
      >
        <Form.Item
          name="allClearEn"
          label={t('riskAlerts.fields.allClear.en')}
          dependencies={['allClearZh']}
          rules={[either, { max: RISK_ALERT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={RISK_ALERT_LIMITS.noteLength} lang="en" data-testid="all-clear-en" />
        </Form.Item>
        <Form.Item
          name="allClearZh"
          label={t('riskAlerts.fields.allClear.zh')}
          dependencies={['allClearEn']}
          rules={[either, { max: RISK_ALERT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={RISK_ALERT_LIMITS.noteLength} lang="zh-CN" data-testid="all-clear-zh" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
