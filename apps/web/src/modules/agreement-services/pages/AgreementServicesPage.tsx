import { htmlLang, pickTitle, readerLanguage, type AgreementDto } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { apiFetch } from '../../../lib/apiClient';
import { AgreementServicesSection } from '../components/AgreementServicesSection';
import { isMissing, ServicesNotFound } from '../components/NotFound';

/** `/agreements/:id/services`: the services an agreement offers members, their uptake and the request form. */
export function AgreementServicesPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const agreement = useQuery({
    queryKey: ['agreements', 'agreement', id],
    queryFn: ({ signal }) => apiFetch<AgreementDto>(`/api/agreements/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
  if (agreement.isPending) return <PageSpinner />;
  if (isMissing(agreement.error)) return <ServicesNotFound of="agreement" />;
  if (agreement.error) return <ErrorResult error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const title = pickTitle(agreement.data, readerLanguage(i18n.resolvedLanguage));
  return (
    <div className="page" data-testid="agreement-services-page">
      <Link to={`/agreements/${agreement.data.id}`}>
        <ArrowLeftOutlined /> {t('agreementServices.backToAgreement')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t('agreementServices.page.title')}
        subtitle={<span lang={htmlLang(title.language)}>{title.text}</span>}
      />
      <AgreementServicesSection agreementId={agreement.data.id} providers={agreement.data.counterparties} />
    </div>
  );
}
