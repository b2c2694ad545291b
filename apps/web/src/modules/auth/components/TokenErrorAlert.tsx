import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';

/** A used, expired or unknown link gets a way forward; other errors the generic alert. */
interface Props {
  error: unknown;
  retryHint: string;
  /** Where a new link can be had, when the user can get one themselves. */
  retryLink?: string;
}

export function TokenErrorAlert({ error, retryHint, retryLink }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === 'TOKEN_INVALID') {
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('errors.TOKEN_INVALID')}
        description={retryLink ? <Link to={retryLink}>{retryHint}</Link> : retryHint}
      />
    );
  }
  // A weak password is shown on the password field itself.
  if (isApiError(error) && error.code === 'WEAK_PASSWORD') return null;
  return <ApiErrorAlert error={error} />;
}
