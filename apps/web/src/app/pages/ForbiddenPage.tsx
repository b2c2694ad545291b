import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('errorPage.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errorPage.backHome')}</Button>
        </Link>
      }
    />
  );
}
