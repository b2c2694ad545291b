import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one; so is an alert the reader may not see (one waiting for release). */
export function isMissingAlert(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

export function AlertNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t('riskAlerts.notFound.title')}</h1>}
      subTitle={t('riskAlerts.notFound.text')}
      data-testid="alert-not-found"
      extra={
        <ButtonLink to="/policy/alerts" type="primary">
          {t('riskAlerts.back')}
        </ButtonLink>
      }
    />
  );
}
