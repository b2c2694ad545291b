import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one; so is an agreement the reader may not see. */
export function isMissing(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

export function AgreementNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t('agreements.notFound.title')}</h1>}
      subTitle={t('agreements.notFound.text')}
      data-testid="agreement-not-found"
      extra={
        <ButtonLink to="/agreements" type="primary">
          {t('agreements.notFound.back')}
        </ButtonLink>
      }
    />
  );
}
