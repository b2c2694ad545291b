import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';

/** A profile that is not public (or never existed): a way back to the directory rather than an error. */
export function OrganizationNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('organizations.profile.notFound.title')}
      subTitle={t('organizations.profile.notFound.text')}
      extra={
        <ButtonLink to="/directory/organizations" type="primary">
          {t('organizations.profile.notFound.back')}
        </ButtonLink>
      }
    />
  );
}
