import { Button, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useResetPassword } from '../api';
import { AuthCard } from '../components/AuthCard';
import { MissingToken } from '../components/MissingToken';
import { PasswordFields } from '../components/PasswordFields';
import { TokenErrorAlert } from '../components/TokenErrorAlert';

interface Values {
  password: string;
  passwordConfirm: string;
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();

  if (!token) {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <MissingToken />
      </AuthCard>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <Result
          status="success"
          title={t('auth.reset.doneTitle')}
          subTitle={t('auth.reset.doneText')}
          extra={
            <ButtonLink to="/login" type="primary">
              {t('auth.login.submit')}
            </ButtonLink>
          }
        />
      </AuthCard>
    );
  }

  const submit = ({ password }: Values) =>
    reset.mutate(
      { token, password },
      {
        onError: (error) => {
          if (isApiError(error) && error.code === 'WEAK_PASSWORD') {
            form.setFields([{ name: 'password', errors: [t('errors.WEAK_PASSWORD')] }]);
          } else {
            applyApiFieldErrors(form, error, t);
          }
        },
      },
    );

  return (
    <AuthCard title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
      <TokenErrorAlert error={reset.error} retryHint={t('auth.reset.requestNew')} retryLink="/forgot-password" />
      <Form
        form={form}
        name="reset-password"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={reset.isPending}
      >
        <PasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={reset.isPending}>
          {t('auth.reset.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
