import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useAcceptInvitation } from '../api';
import { AuthCard } from '../components/AuthCard';
import { MissingToken } from '../components/MissingToken';
import { PasswordFields } from '../components/PasswordFields';
import { TokenErrorAlert } from '../components/TokenErrorAlert';

interface Values {
  displayName?: string;
  password: string;
  passwordConfirm: string;
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [form] = Form.useForm<Values>();
  const accept = useAcceptInvitation();

  if (!token) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <MissingToken />
      </AuthCard>
    );
  }

  if (accept.isSuccess) {
    return (
      <AuthCard title={t('auth.invitation.title')}>
        <Result
          status="success"
          title={t('auth.invitation.doneTitle')}
          subTitle={t('auth.invitation.doneText')}
          extra={
            <ButtonLink to="/login" type="primary">
              {t('auth.login.submit')}
            </ButtonLink>
          }
        />
      </AuthCard>
    );
  }

  const submit = ({ displayName, password }: Values) =>
    accept.mutate(
      { token, password, ...(displayName?.trim() ? { displayName: displayName.trim() } : {}) },
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
    <AuthCard title={t('auth.invitation.title')} intro={t('auth.invitation.intro')}>
      <TokenErrorAlert error={accept.error} retryHint={t('auth.invitation.askAgain')} />
      <Form
        form={form}
        name="accept-invitation"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={accept.isPending}
      >
        <Form.Item
          name="displayName"
          label={t('auth.invitation.displayName')}
          extra={t('auth.invitation.displayNameHint')}
          rules={[{ max: 120, message: t('validation.maxLength') }]}
        >
          <Input autoComplete="name" maxLength={120} />
        </Form.Item>
        <PasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={accept.isPending}>
          {t('auth.invitation.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
