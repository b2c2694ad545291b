import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';

/** "In 15 minutes" / "15分钟后", in the reader's language. */
export function formatRetry(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { numeric: 'always' });
  return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}

/** Wrong credentials and rate limiting read as sentences, not as error codes. */
export function LoginError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === 'TOO_MANY_REQUESTS') {
    const seconds = error.retryAfterSeconds;
    return (
      <Alert
        role="alert"
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          seconds === null
            ? t('errors.TOO_MANY_REQUESTS')
            : t('auth.login.tooManyRetry', { when: formatRetry(seconds, i18n.resolvedLanguage ?? 'en') })
        }
      />
    );
  }
  if (isApiError(error) && (error.code === 'INVALID_CREDENTIALS' || error.code === 'ACCOUNT_INACTIVE')) {
    return <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={t(`errors.${error.code}`)} />;
  }
  return <ApiErrorAlert error={error} />;
}
