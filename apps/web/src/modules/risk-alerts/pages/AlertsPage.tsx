import { canIssueAlert } from '@alliance/contracts';
import { NotificationOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Pagination, Skeleton, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/api';
import { ALERT_FILTER_KEYS, alertFilterOf, isFiltered } from '../alertFilters';
import { useAlerts } from '../api';
import { AlertCard } from '../components/AlertCard';
import { AlertFilters } from '../components/AlertFilters';

/**
 * `/policy/alerts`: the early warnings, active first and gravest first (the API's order), with
 * filters kept in the address; who may issue an alert finds the button here.
 */
export function AlertsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const issues = me ? canIssueAlert({ organizationType: me.organization.type, orgRole: me.user.orgRole }) : false;
  const { filters, page, limit, setFilters, setPage } = useListParams(ALERT_FILTER_KEYS);
  const filter = alertFilterOf(filters);
  const list = useAlerts({ ...filter, page, limit });
  const items = list.data?.items ?? [];

  return (
    <div className="page" data-testid="alerts-page">
      <PageHeader
        title={t('riskAlerts.list.title')}
        subtitle={t('riskAlerts.list.subtitle')}
        extra={
          issues ? (
            <ButtonLink
              to="/policy/alerts/new"
              type="primary"
              icon={<NotificationOutlined />}
              data-testid="issue-alert"
            >
              {t('riskAlerts.list.issue')}
            </ButtonLink>
          ) : null
        }
      />
      <Card style={{ marginBottom: 24 }}>
        <AlertFilters filter={filter} onChange={setFilters} />
        {filter.unacknowledged ? (
          <Tag
            closable
            color="orange"
            style={{ marginTop: 12 }}
            onClose={() => setFilters({ unacknowledged: undefined })}
            data-testid="filter-unacknowledged"
          >
            {t('riskAlerts.list.unacknowledged')}
          </Tag>
        ) : null}
        {filter.reviewCountries ? (
          <Tag
            closable
            color="orange"
            style={{ marginTop: 12 }}
            onClose={() => setFilters({ reviewCountries: undefined })}
            data-testid="filter-review-countries"
          >
            {t('riskAlerts.list.reviewCountries')}
          </Tag>
        ) : null}
      </Card>

      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card data-testid="alerts-empty">
          <Empty description={t(isFiltered(filter) ? 'riskAlerts.list.emptyFiltered' : 'riskAlerts.list.empty')} />
        </Card>
      ) : (
        <Spin spinning={list.isFetching}>
          <Flex vertical gap={12} role="list" data-testid="alert-list">
            {items.map((alert) => (
              <div key={alert.id} role="listitem">
                <AlertCard alert={alert} />
              </div>
            ))}
          </Flex>
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
