import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function MissingToken() {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('auth.token.missingTitle')}
      subTitle={t('auth.token.missingText')}
      extra={
        <Link to="/login">
          <Button type="primary">{t('auth.backToSignIn')}</Button>
        </Link>
      }
    />
  );
}
