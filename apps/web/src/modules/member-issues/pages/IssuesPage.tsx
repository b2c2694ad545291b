import { MEMBER_ISSUE_STATUSES } from '@alliance/contracts';
import { FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Card, Flex, Pagination, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useListParams } from '../../../lib/useListParams';
import { useMemberIssues } from '../api';
import { ListFilters } from '../components/ListFilters';
import { IssuesTable } from '../components/IssuesTable';
import { ISSUE_FILTER_KEYS, ISSUE_VIEWS, isFiltered, issueFilterOf, issueQuery, type IssueView } from '../issueFilters';
import { useIssueRights } from '../useIssueRights';
import '../member-issues.css';

/**
 * `/policy/issues`: a member's issues (its organization's); for the secretariat its inbox of issues
 * not yet filed in a case, and every issue, as tabs kept in the address.
 */
export function IssuesPage() {
  const { t } = useTranslation();
  const rights = useIssueRights();
  const { filters, page, limit, setFilters, setPage } = useListParams(ISSUE_FILTER_KEYS);
  const filter = issueFilterOf(filters, rights.secretariat);
  const list = useMemberIssues({ ...issueQuery(filter), page, limit });
  const inbox = useMemberIssues({ unfiled: true, limit: 1 }, { enabled: rights.secretariat });
  const items = list.data?.items ?? [];
  const emptyKey = isFiltered(filter)
    ? 'memberIssues.list.emptyFiltered'
    : `memberIssues.list.empty.${filter.view ?? 'member'}`;

  const tabLabel = (view: IssueView) =>
    view === 'inbox' && inbox.data?.total ? (
      <Flex gap={8} align="center">
        {t(`memberIssues.list.tabs.${view}`)}
        <Badge count={inbox.data.total} color="#0b3d6e" data-testid="inbox-count" />
      </Flex>
    ) : (
      t(`memberIssues.list.tabs.${view}`)
    );

  return (
    <div className="page" data-testid="issues-page">
      <PageHeader
        title={t('memberIssues.list.title')}
        subtitle={t(rights.secretariat ? 'memberIssues.list.subtitleSecretariat' : 'memberIssues.list.subtitle')}
        extra={
          <>
            <ButtonLink to="/policy/cases" icon={<FolderOpenOutlined />} data-testid="cases-link">
              {t('memberIssues.list.cases')}
            </ButtonLink>
            {rights.raises ? (
              <ButtonLink to="/policy/issues/new" type="primary" icon={<PlusOutlined />} data-testid="raise-issue">
                {t('memberIssues.list.raise')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {filter.view ? (
        <Tabs
          activeKey={filter.view}
          onChange={(view) => setFilters({ view: view === 'inbox' ? undefined : view, status: undefined })}
          items={ISSUE_VIEWS.map((view) => ({ key: view, label: tabLabel(view) }))}
          data-testid="issue-tabs"
        />
      ) : null}
      <Card className="issue-filters-card">
        <ListFilters
          statuses={
            filter.view === 'inbox'
              ? null
              : MEMBER_ISSUE_STATUSES.map((value) => ({ value, label: t(`memberIssues.status.${value}`) }))
          }
          status={filter.status}
          country={filter.country}
          category={filter.category}
          filtered={isFiltered(filter)}
          onChange={setFilters}
          onClear={() => setFilters({ status: undefined, country: undefined, category: undefined })}
        />
      </Card>
      <ApiErrorAlert error={list.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <IssuesTable
          issues={items}
          loading={list.isFetching}
          showOrganization={rights.secretariat}
          empty={t(emptyKey)}
          unfiled={filter.view === 'inbox'}
        />
      </Card>
      {list.data && list.data.total > list.data.limit ? (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination
            current={list.data.page}
            pageSize={list.data.limit}
            total={list.data.total}
            showSizeChanger
            showTotal={(total) => t('common.total', { count: total })}
            onChange={setPage}
          />
        </Flex>
      ) : null}
    </div>
  );
}
