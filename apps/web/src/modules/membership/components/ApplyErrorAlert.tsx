import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';

/** Why the application did not go through, in the applicant's terms for the cases they can act on. */
export function ApplyErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  let message: string | undefined;
  if (isApiError(error) && error.code === 'CONFLICT') message = t('membership.apply.conflict');
  if (isApiError(error) && error.code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds) {
    message = t('membership.apply.tooMany', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  return <ApiErrorAlert error={error} message={message} />;
}
