import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { PasswordFields } from '../../auth/components/PasswordFields';
import { useChangePassword } from '../api';

interface Values {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** Changing the password ends the user's other sessions; this one gets a fresh cookie. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.password.changed'));
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') {
            form.setFields([{ name: 'currentPassword', errors: [t('account.password.wrongCurrent')] }]);
          } else if (isApiError(error) && error.code === 'WEAK_PASSWORD') {
            form.setFields([{ name: 'newPassword', errors: [t('errors.WEAK_PASSWORD')] }]);
          } else {
            applyApiFieldErrors(form, error, t);
          }
        },
      },
    );

  const fieldError = isApiError(change.error) && ['INVALID_CREDENTIALS', 'WEAK_PASSWORD'].includes(change.error.code);

  return (
    <Card title={t('account.password.title')}>
      {fieldError ? null : <ApiErrorAlert error={change.error} />}
      <Form form={form} name="change-password" layout="vertical" onFinish={submit} disabled={change.isPending}>
        <Form.Item
          name="currentPassword"
          label={t('account.password.current')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <PasswordFields name="newPassword" />
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.password.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('account.password.otherSessions')}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
