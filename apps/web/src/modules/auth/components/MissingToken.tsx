import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';

export function MissingToken() {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('auth.token.missingTitle')}
      subTitle={t('auth.token.missingText')}
      extra={
        <ButtonLink to="/login" type="primary">
          {t('auth.backToSignIn')}
        </ButtonLink>
      }
    />
  );
}
