import type { ForgotPasswordRequest } from '@alliance/contracts';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useForgotPassword } from '../api';
import { AuthCard } from '../components/AuthCard';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ForgotPasswordRequest>();
  const forgot = useForgotPassword();

  if (forgot.isSuccess) {
    // The same answer whether or not the address has an account: nothing to learn from it.
    return (
      <AuthCard title={t('auth.forgot.title')}>
        <Result
          status="success"
          title={t('auth.forgot.sentTitle')}
          subTitle={t('auth.forgot.sentText')}
          extra={
            <ButtonLink to="/login" type="primary">
              {t('auth.backToSignIn')}
            </ButtonLink>
          }
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
      <ApiErrorAlert error={forgot.error} />
      <Form
        form={form}
        name="forgot-password"
        layout="vertical"
        requiredMark={false}
        disabled={forgot.isPending}
        onFinish={(values) => forgot.mutate(values, { onError: (error) => applyApiFieldErrors(form, error, t) })}
      >
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.isEmail') },
          ]}
        >
          <Input type="email" autoComplete="email" autoFocus />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block size="large" loading={forgot.isPending}>
            {t('auth.forgot.submit')}
          </Button>
        </Form.Item>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </Form>
    </AuthCard>
  );
}
