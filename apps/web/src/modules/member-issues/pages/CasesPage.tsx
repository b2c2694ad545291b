import { ISSUE_CASE_STATUSES, readerLanguage } from '@alliance/contracts';
import { BankOutlined, DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Pagination, Skeleton, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { countryName } from '../../../lib/names';
import { useListParams } from '../../../lib/useListParams';
import { caseExportUrl, useIssueCases } from '../api';
import { CasesTable } from '../components/CasesTable';
import { ListFilters } from '../components/ListFilters';
import {
  CASE_FILTER_KEYS,
  caseFilterOf,
  caseStatusParam,
  groupCases,
  isFiltered,
  type CaseStatusFilter,
} from '../issueFilters';
import { useIssueRights } from '../useIssueRights';
import '../member-issues.css';

/**
 * `/policy/cases`: cases oldest first. Members see the cases they may (never who raised them); the
 * secretariat sees them grouped by country and category, with the CSV of the filtered list.
 */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const rights = useIssueRights();
  const { filters, page, limit, setFilters, setPage } = useListParams(CASE_FILTER_KEYS);
  const filter = caseFilterOf(filters);
  const list = useIssueCases({ ...filter, page, limit });
  const items = list.data?.items ?? [];
  const empty = t(isFiltered(filter) ? 'memberIssues.cases.emptyFiltered' : 'memberIssues.cases.empty');
  const statuses = [
    { value: 'open', label: t('memberIssues.filters.caseStatus.open') },
    { value: 'all', label: t('memberIssues.filters.caseStatus.all') },
    ...ISSUE_CASE_STATUSES.map((value) => ({ value, label: t(`memberIssues.caseStatus.${value}`) })),
  ];

  return (
    <div className="page" data-testid="cases-page">
      <PageHeader
        title={t('memberIssues.cases.title')}
        subtitle={t(rights.secretariat ? 'memberIssues.cases.subtitleSecretariat' : 'memberIssues.cases.subtitle')}
        extra={
          <>
            <ButtonLink to="/policy/issues" icon={<UnorderedListOutlined />}>
              {t('memberIssues.back')}
            </ButtonLink>
            {rights.secretariat ? (
              <>
                <ButtonLink to="/policy/government-bodies" icon={<BankOutlined />} data-testid="bodies-link">
                  {t('memberIssues.cases.bodies')}
                </ButtonLink>
                <Button
                  href={caseExportUrl(filter, readerLanguage(i18n.resolvedLanguage))}
                  download
                  icon={<DownloadOutlined />}
                  data-testid="export-csv"
                >
                  {t('memberIssues.cases.export')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card className="issue-filters-card">
        <ListFilters
          statuses={statuses}
          status={filter.status}
          country={filter.country}
          category={filter.category}
          filtered={isFiltered(filter)}
          // The default (open) stays out of the address; clearing the status goes back to it.
          onChange={(changes) =>
            setFilters(
              'status' in changes
                ? { ...changes, status: caseStatusParam(changes.status as CaseStatusFilter | undefined) }
                : changes,
            )
          }
          onClear={() =>
            setFilters({ status: undefined, country: undefined, category: undefined, openForMoreThanDays: undefined })
          }
        />
        {filter.openForMoreThanDays ? (
          <Tag
            closable
            color="orange"
            style={{ marginTop: 12 }}
            onClose={() => setFilters({ openForMoreThanDays: undefined })}
            data-testid="filter-open-for-more-than-days"
          >
            {t('memberIssues.cases.openForMoreThanDays', { count: filter.openForMoreThanDays })}
          </Tag>
        ) : null}
      </Card>
      <ApiErrorAlert error={list.error} />
      {!rights.secretariat ? (
        <Card styles={{ body: { padding: 0 } }}>
          <CasesTable cases={items} loading={list.isFetching} empty={empty} />
        </Card>
      ) : list.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card data-testid="cases-empty">
          <Empty description={empty} />
        </Card>
      ) : (
        <Spin spinning={list.isFetching}>
          <div data-testid="case-groups">
            {groupCases(items).map((group) => (
              <section key={group.key} className="issue-group" aria-labelledby={`group-${group.key}`}>
                <Flex justify="space-between" align="baseline" gap={12} wrap>
                  <Typography.Title level={2} id={`group-${group.key}`} className="issue-section-title">
                    {t('memberIssues.cases.groupTitle', {
                      country: countryName(group.country, i18n.resolvedLanguage),
                      category: t(`memberIssues.category.${group.category}`),
                    })}
                  </Typography.Title>
                  <Typography.Text type="secondary">
                    {t('memberIssues.cases.group', { count: group.cases.length })}
                  </Typography.Text>
                </Flex>
                <Card styles={{ body: { padding: 0 } }}>
                  <CasesTable cases={group.cases} empty={empty} grouped testId="case-group" />
                </Card>
              </section>
            ))}
          </div>
        </Spin>
      )}
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
