import { useTranslation } from 'react-i18next';
import { useResetPassword } from '../api';
import { TokenPasswordForm } from '../components/TokenPasswordForm';

/** `/reset-password?token=`: a new password from the link of a "forgot password" e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const reset = useResetPassword();
  return (
    <TokenPasswordForm
      texts="reset"
      name="reset-password"
      mutation={reset}
      body={(token, { password }) => ({ token, password })}
      retryHint={t('auth.reset.requestNew')}
      retryLink="/forgot-password"
    />
  );
}
