import type { LoginRequest } from '@alliance/contracts';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageSpinner } from '../../../app/guards';
import { safeNext } from '../../../lib/navigation';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useLogin, useMe } from '../api';
import { AuthCard } from '../components/AuthCard';

const WORK_HOME = '/work';
import { LoginError } from '../components/LoginError';

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // A deep link's destination (`?next=`) is kept; otherwise every signed-in user lands on "My work".
  const next = params.has('next') ? safeNext(params.get('next')) : WORK_HOME;
  const { data: me, isPending } = useMe();
  const login = useLogin();

  if (isPending) return <PageSpinner />;
  if (me && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (values: LoginRequest) => {
    login.mutate(values, {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => applyApiFieldErrors(form, error, t),
    });
  };

  return (
    <AuthCard title={t('auth.login.title')} intro={t('auth.login.intro')}>
      <LoginError error={login.error} />
      <Form
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={login.isPending}
      >
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.isEmail') },
          ]}
        >
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
        </Form.Item>
        <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
      </Form>
    </AuthCard>
  );
}
