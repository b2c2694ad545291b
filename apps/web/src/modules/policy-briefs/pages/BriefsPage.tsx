import { EditOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, Flex, Pagination, Skeleton, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/api';
import { useBriefs, useReviewQueueCount } from '../api';
import { allowedScopes, BRIEF_FILTER_KEYS, briefFilterOf, isFiltered, type BriefScope } from '../briefFilters';
import { BriefCard } from '../components/BriefCard';
import { BriefFilters } from '../components/BriefFilters';

/**
 * `/policy/briefs`: the published briefs with filters; members also see their organization's own
 * (drafts and reviews included), the secretariat its review queue, each as a tab kept in the address.
 */
export function BriefsPage() {
  const { t } = useTranslation();
  const ability = useAbility();
  const { data: me } = useMe();
  const rights = {
    mine: Boolean(me) && ability.can('create', 'PolicyBrief'),
    review: ability.can('review', 'PolicyBrief'),
  };
  const { filters, page, limit, setFilters, setPage } = useListParams(BRIEF_FILTER_KEYS);
  const filter = briefFilterOf(filters, rights);
  const list = useBriefs({ ...filter, page, limit });
  const queue = useReviewQueueCount(rights.review);
  const scopes = allowedScopes(rights);
  const items = list.data?.items ?? [];

  const tabLabel = (scope: BriefScope) =>
    scope === 'review' && queue.count ? (
      <Flex gap={8} align="center">
        {t(`policyBriefs.list.tabs.${scope}`)}
        <Badge count={queue.count} color="#0b3d6e" data-testid="review-count" />
      </Flex>
    ) : (
      t(`policyBriefs.list.tabs.${scope}`)
    );

  return (
    <div className="page" data-testid="briefs-page">
      <PageHeader
        title={t('policyBriefs.list.title')}
        subtitle={t('policyBriefs.list.subtitle')}
        extra={
          rights.mine ? (
            <ButtonLink to="/policy/briefs/new" type="primary" icon={<EditOutlined />} data-testid="write-brief">
              {t('policyBriefs.list.write')}
            </ButtonLink>
          ) : null
        }
      />
      {scopes.length > 1 ? (
        <Tabs
          activeKey={filter.scope}
          // A tab's own filter (a status) does not carry over to another tab.
          onChange={(scope) => setFilters({ scope: scope === 'published' ? undefined : scope, status: undefined })}
          items={scopes.map((scope) => ({ key: scope, label: tabLabel(scope) }))}
          data-testid="brief-tabs"
        />
      ) : null}
      <Card style={{ marginBottom: 24 }}>
        <BriefFilters filter={filter} onChange={setFilters} />
      </Card>

      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card data-testid="briefs-empty">
          <Empty
            description={t(
              isFiltered(filter) ? 'policyBriefs.list.emptyFiltered' : `policyBriefs.list.empty.${filter.scope}`,
            )}
          >
            {filter.scope === 'mine' && !isFiltered(filter) ? (
              <ButtonLink to="/policy/briefs/new" type="primary" icon={<EditOutlined />}>
                {t('policyBriefs.list.write')}
              </ButtonLink>
            ) : null}
          </Empty>
        </Card>
      ) : (
        <Spin spinning={list.isFetching}>
          <Flex vertical gap={12} role="list" data-testid="brief-list">
            {items.map((brief) => (
              <div key={brief.id} role="listitem">
                <BriefCard brief={brief} showReview={filter.scope !== 'published'} />
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
