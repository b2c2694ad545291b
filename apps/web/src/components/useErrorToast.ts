import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/apiClient';
import { errorTitle } from '../lib/forms';

/** A translated error toast with the request id, for actions that have no form to show it in. */
export function useErrorToast(): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => {
    const requestId =
      isApiError(error) && error.requestId ? ` (${t('common.requestId', { id: error.requestId })})` : '';
    void message.error(`${errorTitle(t, error)}${requestId}`);
  };
}
