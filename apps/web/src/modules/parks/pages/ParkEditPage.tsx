import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ForbiddenPage } from '../../../app/pages/ForbiddenPage';
import { PageHeader } from '../../../components/PageHeader';
import { canOn, useAbility } from '../../../lib/ability';
import { pickName } from '../../../lib/names';
import { usePark } from '../api';
import { DirectoryBackLink } from '../components/DirectoryBackLink';
import { ParkForm } from '../components/ParkForm';
import { isMissingPark, ParkNotFound } from '../components/ParkNotFound';

/** `/parks/new` and `/parks/:id/edit`. */
export function ParkEditPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const ability = useAbility();
  const query = usePark(id);
  const chooseOrganization = ability.can('chooseOperator', 'Park');
  // Each reload starts the form over from the park as it now is.
  const [loads, setLoads] = useState(0);
  const reload = () => void query.refetch().then(() => setLoads((n) => n + 1));

  if (!id) {
    return (
      <div className="page">
        <DirectoryBackLink />
        <PageHeader title={t('parks.form.createTitle')} subtitle={t('parks.form.intro')} />
        <ParkForm chooseOrganization={chooseOrganization} />
      </div>
    );
  }

  if (query.isPending) return <PageSpinner />;
  if (isMissingPark(query.error)) return <ParkNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const park = query.data;
  // The route lets in anyone who may update some park; this one must be theirs.
  if (!canOn(ability, 'update', 'Park', { id: park.id, organizationId: park.organizationId })) return <ForbiddenPage />;

  return (
    <div className="page">
      <Link to={`/parks/${park.id}`}>
        <ArrowLeftOutlined /> {pickName(park, i18n.resolvedLanguage)}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader title={t('parks.form.editTitle')} subtitle={t('parks.form.intro')} />
      {/* Not keyed by version: a refetch in the background must not wipe what is being typed. */}
      <ParkForm
        key={`${park.id}:${loads}`}
        park={park}
        chooseOrganization={chooseOrganization}
        onReload={reload}
        reloading={query.isFetching}
      />
    </div>
  );
}
