import { useTranslation } from 'react-i18next';
import { StatusPage } from './StatusPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage status="404" message={t('errorPage.notFound')} />;
}
