import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ButtonLink';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errorPage.forbidden')}
      extra={
        <ButtonLink to="/" type="primary">{t('errorPage.backHome')}</ButtonLink>
      }
    />
  );
}
