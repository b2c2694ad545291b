import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one, from the reader's side. */
export function isMissingPark(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

/** A friendly dead end with the way back to the directory. */
export function ParkNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('parks.notFound.title')}
      subTitle={t('parks.notFound.text')}
      extra={
        <ButtonLink to="/directory" type="primary">
          {t('parks.backToDirectory')}
        </ButtonLink>
      }
    />
  );
}
