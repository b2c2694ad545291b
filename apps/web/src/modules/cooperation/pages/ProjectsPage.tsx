import { PlusOutlined } from '@ant-design/icons';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useListParams } from '../../../lib/useListParams';
import { useProjects } from '../api';
import { ProjectFilters } from '../components/ProjectFilters';
import { ProjectList } from '../components/ProjectList';
import { isFiltered, PROJECT_FILTER_KEYS, projectQueryOf, scopesFor } from '../projectFilters';
import { useCooperationRights } from '../useCooperationRights';
import '../cooperation.css';

/**
 * `/cooperation/projects`: the published projects, the reader's organization's own (any status) and,
 * for the secretariat, the projects waiting for review; tabs and filters kept in the address.
 * `/cooperation/review` is the secretariat's queue alone (`review`). Visitors read the published ones only (no tabs).
 */
export function ProjectsPage({ review = false }: { review?: boolean }) {
  const { t } = useTranslation();
  const rights = useCooperationRights();
  const { filters, page, limit, setFilters, setPage } = useListParams(PROJECT_FILTER_KEYS);
  const query = projectQueryOf(review ? { ...filters, scope: 'review' } : filters, rights.secretariat);
  const list = useProjects({ ...query, page, limit });
  const scope = query.scope ?? 'all';
  const empty = isFiltered(query) ? 'cooperation.list.emptyFiltered' : `cooperation.list.empty.${scope}`;

  return (
    <div className="page" data-testid={review ? 'review-page' : 'projects-page'}>
      <PageHeader
        title={t(review ? 'cooperation.review.title' : 'cooperation.list.title')}
        subtitle={t(review ? 'cooperation.review.subtitle' : 'cooperation.list.subtitle')}
        extra={
          rights.publishes ? (
            <ButtonLink to="/cooperation/projects/new" type="primary" icon={<PlusOutlined />} data-testid="new-project">
              {t('cooperation.list.new')}
            </ButtonLink>
          ) : null
        }
      />
      {review || !rights.organizationId ? null : (
        <Tabs
          activeKey={scope}
          onChange={(next) => setFilters({ scope: next === 'all' ? undefined : next, status: undefined })}
          items={scopesFor(rights.secretariat).map((key) => ({ key, label: t(`cooperation.list.tabs.${key}`) }))}
          data-testid="project-tabs"
        />
      )}
      <Card className="coop-filters-card">
        <ProjectFilters query={query} onChange={setFilters} />
      </Card>
      <ApiErrorAlert error={list.error} />
      <ProjectList
        data={list.data}
        pending={list.isPending}
        fetching={list.isFetching}
        empty={t(empty)}
        onPage={setPage}
      />
    </div>
  );
}
