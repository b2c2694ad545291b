import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back to the directory, above a parks page's header. */
export function DirectoryBackLink() {
  const { t } = useTranslation();
  return (
    <>
      <Link to="/directory">
        <ArrowLeftOutlined /> {t('parks.backToDirectory')}
      </Link>
      <div style={{ height: 12 }} />
    </>
  );
}
