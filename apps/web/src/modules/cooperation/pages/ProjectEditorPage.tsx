import { pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../auth/api';
import { useProject } from '../api';
import { CooperationNotFound, isMissing } from '../components/NotFound';
import { ProjectForm } from '../components/ProjectForm';
import '../cooperation.css';

/** `/cooperation/projects/new` and `/cooperation/projects/:id/edit`: the owner's editor, both languages side by side. */
export function ProjectEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const query = useProject(id);

  if (id && query.isPending) return <PageSpinner />;
  if (id && isMissing(query.error)) return <CooperationNotFound of="project" />;
  if (id && query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const project = id ? query.data : undefined;
  if (project && !project.actions.includes('update'))
    return (
      <Result
        status="warning"
        title={<h1 className="result-heading">{t('cooperation.form.notEditable')}</h1>}
        extra={<Link to={`/cooperation/projects/${project.id}`}>{t('cooperation.back')}</Link>}
        data-testid="project-not-editable"
      />
    );

  return (
    <div className="page" data-testid="project-editor-page">
      <Link to={project ? `/cooperation/projects/${project.id}` : '/cooperation/projects'}>
        <ArrowLeftOutlined /> {t('cooperation.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={
          project
            ? t('cooperation.form.editTitle', { title: pickTitle(project, readerLanguage(i18n.resolvedLanguage)).text })
            : t('cooperation.form.newTitle')
        }
        subtitle={t('cooperation.form.intro')}
      />
      <ProjectForm key={project?.id ?? 'new'} project={project} organizationId={me?.organization.id} />
    </div>
  );
}
