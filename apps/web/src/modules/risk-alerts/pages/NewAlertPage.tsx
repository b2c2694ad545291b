import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { AlertForm } from '../components/AlertForm';
import '../risk-alerts.css';

/** `/policy/alerts/new`: for the secretariat and the admins of research institutes and service providers. */
export function NewAlertPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="new-alert-page">
      <Link to="/policy/alerts">
        <ArrowLeftOutlined /> {t('riskAlerts.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader title={t('riskAlerts.form.title')} subtitle={t('riskAlerts.form.intro')} />
      <AlertForm />
    </div>
  );
}
