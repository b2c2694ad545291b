import { pickLocalized, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/apiClient';
import { useMe } from '../../auth/api';
import { useFinancingRequest } from '../api';
import { RequestForm } from '../components/request/RequestForm';

/** `/financing/requests/new` and `/financing/requests/:id/edit`. */
export function RequestEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const query = useFinancingRequest(id);
  // Each reload starts the form over from the request as it now is.
  const [loads, setLoads] = useState(0);
  const reload = () => void query.refetch().then(() => setLoads((n) => n + 1));

  if (!id) {
    return (
      <div className="page" data-testid="request-editor-page">
        <Link to="/financing/requests">
          <ArrowLeftOutlined /> {t('financing.nav.requests')}
        </Link>
        <div style={{ height: 12 }} />
        <PageHeader title={t('financing.requests.form.createTitle')} subtitle={t('financing.requests.form.intro')} />
        <RequestForm organizationId={me?.organization.id} />
      </div>
    );
  }

  if (query.isPending) return <PageSpinner />;
  if (query.error) {
    const missing =
      isApiError(query.error) && (query.error.statusCode === 404 || query.error.code === 'VALIDATION_FAILED');
    return missing ? (
      <Result
        status="404"
        title={t('financing.requests.notFound.title')}
        subTitle={t('financing.requests.notFound.text')}
        extra={<ButtonLink to="/financing/requests">{t('financing.nav.requests')}</ButtonLink>}
      />
    ) : (
      <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const request = query.data;
  const title =
    pickLocalized(request.titleEn, request.titleZh, readerLanguage(i18n.resolvedLanguage))?.text ??
    t('financing.requests.untitled');
  // Only the requester gets `update`, and only while the request is open.
  if (!request.actions.includes('update')) {
    return (
      <Result
        status="warning"
        title={t('financing.requests.form.notEditable')}
        data-testid="request-not-editable"
        extra={<ButtonLink to={`/financing/requests/${request.id}`}>{title}</ButtonLink>}
      />
    );
  }

  return (
    <div className="page" data-testid="request-editor-page">
      <Link to={`/financing/requests/${request.id}`}>
        <ArrowLeftOutlined /> {title}
      </Link>
      <div style={{ height: 12 }} />
      {/* A submitted request has its own notice in the form: the draft's introduction no longer applies. */}
      <PageHeader
        title={t('financing.requests.form.editTitle')}
        subtitle={request.status === 'draft' ? t('financing.requests.form.intro') : undefined}
      />
      {/* Not keyed by version: a refetch in the background must not wipe what is being typed. */}
      <RequestForm
        key={`${request.id}:${loads}`}
        request={request}
        organizationId={request.organization.id}
        onReload={reload}
        reloading={query.isFetching}
      />
    </div>
  );
}
