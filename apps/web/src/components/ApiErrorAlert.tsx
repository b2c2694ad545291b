import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/apiClient';
import { errorTitle } from '../lib/forms';

interface Props {
  error: unknown;
  /** A page-specific sentence shown instead of the generic translation of the error code. */
  message?: string;
  className?: string;
}

export function errorCodeOf(error: unknown): string {
  return isApiError(error) ? error.code : 'INTERNAL';
}

/** A translated API error with its request id, so support can find it in the logs. */
export function ApiErrorAlert({ error, message, className }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const requestId = isApiError(error) ? error.requestId : '';
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      className={className}
      style={{ marginBottom: 16 }}
      title={message ?? errorTitle(t, error)}
      description={
        requestId ? (
          <Typography.Text type="secondary" copyable={{ text: requestId }}>
            {t('common.requestId', { id: requestId })}
          </Typography.Text>
        ) : undefined
      }
    />
  );
}
