import { RISK_ALERT_LIMITS, RISK_ALERT_SEVERITIES, type RiskAlertDto } from '@alliance/contracts';
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { isEmptyUpdate, toUpdateFormValues, toUpdateRequest, type UpdateFormValues } from '../alertForm';
import { useAlertCommand } from '../api';

/** A numbered update: a note in either language, a new severity, a new end of validity; everyone reached is told again. */
export function UpdateAlertModal({ alert, onClose }: { alert: RiskAlertDto; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateFormValues>();
  const command = useAlertCommand();
  const number = alert.updateNumber + 1;

  const submit = (values: UpdateFormValues) => {
    const body = toUpdateRequest(values, alert);
    if (isEmptyUpdate(body)) {
      form.setFields([{ name: 'noteEn', errors: [t('errors.riskAlerts.ALERT_UPDATE_EMPTY')] }]);
      return;
    }
    command.mutate(
      { id: alert.id, command: { action: 'updates', body } },
      {
        onSuccess: () => {
          void message.success(t('riskAlerts.actions.update.done', { number }));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  };

  return (
    <Modal
      open
      title={t('riskAlerts.actions.update.title', { number })}
      okText={t('riskAlerts.actions.update.ok')}
      okButtonProps={{ loading: command.isPending, ...{ 'data-testid': 'confirm-update' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('riskAlerts.actions.update.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form
        form={form}
        name="risk-alert-update"
        layout="vertical"
        onFinish={submit}
        initialValues={{ ...toUpdateFormValues(alert), validUntil: alert.validUntil ? dayjs(alert.validUntil) : null }}
      >
        <Form.Item
          name="noteEn"
          label={t('riskAlerts.fields.note.en')}
          rules={[{ max: RISK_ALERT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={RISK_ALERT_LIMITS.noteLength} lang="en" data-testid="update-note-en" />
        </Form.Item>
        <Form.Item
          name="noteZh"
          label={t('riskAlerts.fields.note.zh')}
          rules={[{ max: RISK_ALERT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={RISK_ALERT_LIMITS.noteLength} lang="zh-CN" data-testid="update-note-zh" />
        </Form.Item>
        <Form.Item name="severity" label={t('riskAlerts.fields.severity')}>
          <Radio.Group
            optionType="button"
            options={RISK_ALERT_SEVERITIES.map((value) => ({ value, label: t(`riskAlerts.severity.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('riskAlerts.fields.validUntil')}
          extra={t('riskAlerts.form.validUntilHint')}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            onKeyDown={keepEnterInPicker}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
