import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useBrief } from '../api';
import { editedVersion } from '../briefForm';
import { BriefForm } from '../components/BriefForm';
import { BriefNotEditable } from '../components/BriefNotEditable';
import { BriefNotFound, isMissingBrief } from '../components/BriefNotFound';
import { ChangesRequestedNote } from '../components/ChangesRequestedNote';
import '../policy-briefs.css';

/** `/policy/briefs/new` and `/policy/briefs/:id/edit` (the version being written; readers keep the published one). */
export function BriefEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const query = useBrief(id);
  // Each reload starts the form over from the brief as it now is.
  const [loads, setLoads] = useState(0);
  const reload = () => void query.refetch().then(() => setLoads((n) => n + 1));

  if (!id) {
    return (
      <div className="page" data-testid="brief-editor-page">
        <Link to="/policy/briefs">
          <ArrowLeftOutlined /> {t('policyBriefs.back')}
        </Link>
        <div style={{ height: 12 }} />
        <PageHeader title={t('policyBriefs.form.createTitle')} subtitle={t('policyBriefs.form.intro')} />
        <BriefForm />
      </div>
    );
  }

  if (query.isPending) return <PageSpinner />;
  if (isMissingBrief(query.error)) return <BriefNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const brief = query.data;
  if (!brief.actions.includes('update')) return <BriefNotEditable brief={brief} />;
  const version = editedVersion(brief);
  const title = pickTitle(version, readerLanguage(i18n.resolvedLanguage));

  return (
    <div className="page" data-testid="brief-editor-page">
      <Link to={`/policy/briefs/${brief.id}`}>
        <ArrowLeftOutlined /> <span lang={htmlLang(title.language)}>{title.text}</span>
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t('policyBriefs.form.editTitle', { number: version.number })}
        subtitle={t(brief.publishedVersion === null ? 'policyBriefs.form.intro' : 'policyBriefs.form.introNext', {
          number: brief.publishedVersion,
        })}
      />
      <ChangesRequestedNote brief={brief} />
      {/* Not keyed by version: a refetch in the background must not wipe what is being typed. */}
      <BriefForm key={`${brief.id}:${loads}`} brief={brief} onReload={reload} reloading={query.isFetching} />
    </div>
  );
}
