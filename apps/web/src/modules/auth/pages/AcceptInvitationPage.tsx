import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAcceptInvitation } from '../api';
import { TokenPasswordForm } from '../components/TokenPasswordForm';

/** `/accept-invitation?token=`: the invited person chooses a password (and may correct their name). */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  return (
    <TokenPasswordForm
      texts="invitation"
      name="accept-invitation"
      mutation={accept}
      body={(token, { password, displayName }) => ({
        token,
        password,
        ...(displayName?.trim() ? { displayName: displayName.trim() } : {}),
      })}
      retryHint={t('auth.invitation.askAgain')}
    >
      <Form.Item
        name="displayName"
        label={t('auth.invitation.displayName')}
        extra={t('auth.invitation.displayNameHint')}
        rules={[{ max: 120, message: t('validation.maxLength') }]}
      >
        <Input autoComplete="name" maxLength={120} />
      </Form.Item>
    </TokenPasswordForm>
  );
}
