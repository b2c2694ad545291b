import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A code that names no country (a mistyped address): the API refuses it. */
export function isUnknownCountry(error: unknown): boolean {
  return (
    isApiError(error) && (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.statusCode === 400)
  );
}

export function CountryNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('countries.profile.notFound.title')}
      subTitle={t('countries.profile.notFound.text')}
      data-testid="country-not-found"
      extra={<ButtonLink to="/policy/countries">{t('countries.profile.notFound.back')}</ButtonLink>}
    />
  );
}
