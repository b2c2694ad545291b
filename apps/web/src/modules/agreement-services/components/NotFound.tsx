import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one; so is a record the reader may not see (the API answers 404). */
export function isMissing(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

export function ServicesNotFound({ of }: { of: 'agreement' | 'request' }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t(`agreementServices.notFound.${of}`)}</h1>}
      data-testid="services-not-found"
      extra={
        <ButtonLink to={of === 'agreement' ? '/agreements' : '/services/requests'} type="primary">
          {t(`agreementServices.notFound.back.${of}`)}
        </ButtonLink>
      }
    />
  );
}
