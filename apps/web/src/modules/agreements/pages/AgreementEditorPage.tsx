import { pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useAgreement } from '../api';
import { AgreementForm } from '../components/AgreementForm';
import { AgreementNotFound, isMissing } from '../components/AgreementNotFound';
import '../agreements.css';

/** `/agreements/new` and `/agreements/:id/edit`: the secretariat's editor. */
export function AgreementEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const query = useAgreement(id);

  if (id && query.isPending) return <PageSpinner />;
  if (id && isMissing(query.error)) return <AgreementNotFound />;
  if (id && query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const agreement = id ? query.data : undefined;
  if (agreement && !agreement.actions.includes('update'))
    return (
      <Result
        status="warning"
        title={<h1 className="result-heading">{t('agreements.form.notEditable')}</h1>}
        extra={<Link to={`/agreements/${agreement.id}`}>{t('agreements.back')}</Link>}
        data-testid="agreement-not-editable"
      />
    );

  return (
    <div className="page" data-testid="agreement-editor-page">
      <Link to={agreement ? `/agreements/${agreement.id}` : '/agreements'}>
        <ArrowLeftOutlined /> {t('agreements.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          agreement
            ? t('agreements.form.editTitle', {
                title: pickTitle(agreement, readerLanguage(i18n.resolvedLanguage)).text,
              })
            : t('agreements.form.newTitle')
        }
        subtitle={t('agreements.form.intro')}
      />
      <AgreementForm key={agreement?.id ?? 'new'} agreement={agreement} />
    </div>
  );
}
