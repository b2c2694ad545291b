import { PASSWORD_MIN_LENGTH } from '@alliance/contracts';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** A new password typed twice; the API checks strength again and answers WEAK_PASSWORD. */
export function PasswordFields({ name = 'password' }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={name}
        label={t('auth.newPassword')}
        extra={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t('validation.required') },
          { min: PASSWORD_MIN_LENGTH, message: t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) },
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('auth.confirmPassword')}
        dependencies={[name]}
        hasFeedback
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
