import { htmlLang, INITIATIVE_STATUSES, pickTitle, readerLanguage, type InitiativeStatus } from '@alliance/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Pagination, Segmented, Skeleton, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { oneOf } from '../../../lib/listFilters';
import { formatDate } from '../../../lib/names';
import { useListParams } from '../../../lib/useListParams';
import { useInitiatives } from '../api';
import { InitiativeProgress, InitiativeStatusTag } from '../components/InitiativeTags';

type StatusFilter = InitiativeStatus | 'all';

const FILTER_KEYS = ['status', 'endorsed'] as const;
const PAGE_SIZE = 20;

/** `/initiatives`: the alliance's published initiatives with their progress (drafts too for the secretariat). */
export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const ability = useAbility();
  const { filters, page, setFilters, setPage } = useListParams(FILTER_KEYS);
  const status = oneOf(INITIATIVE_STATUSES, filters.status);
  // My work links here with `endorsed=false`: those the reader's organization has still to endorse.
  const endorsed = filters.endorsed === 'false' ? false : filters.endorsed === 'true' ? true : undefined;
  const list = useInitiatives({ status, endorsed, page, limit: PAGE_SIZE });
  const items = list.data?.items ?? [];
  const statuses: StatusFilter[] = ability.can('create', 'Initiative')
    ? ['all', 'draft', 'open_for_endorsement', 'closed']
    : ['all', 'open_for_endorsement', 'closed'];

  return (
    <div className="page" data-testid="initiatives-page">
      <PageHeader
        title={t('initiatives.list.title')}
        subtitle={t('initiatives.list.subtitle')}
        extra={
          ability.can('create', 'Initiative') ? (
            <ButtonLink to="/initiatives/new" type="primary" icon={<PlusOutlined />} data-testid="new-initiative">
              {t('initiatives.list.new')}
            </ButtonLink>
          ) : null
        }
      />
      <Segmented<StatusFilter>
        value={status ?? 'all'}
        onChange={(value) => setFilters({ status: value === 'all' ? undefined : value })}
        options={statuses.map((value) => ({
          value,
          label: value === 'all' ? t('initiatives.list.all') : t(`initiatives.status.${value}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      {endorsed !== undefined ? (
        <div style={{ marginBottom: 16 }}>
          <Tag
            closable
            color="orange"
            onClose={() => setFilters({ endorsed: undefined })}
            data-testid="filter-endorsed"
          >
            {t(endorsed ? 'initiatives.list.endorsed' : 'initiatives.list.notEndorsed')}
          </Tag>
        </div>
      ) : null}
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('initiatives.list.empty')} />
        </Card>
      ) : (
        <Spin spinning={list.isFetching}>
          <Flex vertical gap={12} role="list" data-testid="initiative-list">
            {items.map((initiative) => {
              const title = pickTitle(initiative, reader);
              return (
                <Card key={initiative.id} role="listitem" data-testid="initiative-card">
                  <Flex justify="space-between" gap={16} wrap>
                    <div style={{ flex: '1 1 320px' }}>
                      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
                        <Link to={`/initiatives/${initiative.id}`} lang={htmlLang(title.language)}>
                          {title.text || t('initiatives.untitled')}
                        </Link>
                      </Typography.Title>
                      <Flex gap={8} wrap align="center">
                        <InitiativeStatusTag status={initiative.status} scheduled={initiative.scheduled} />
                        {initiative.opensOn ? (
                          <Typography.Text type="secondary">
                            {t('initiatives.opensOn', { date: formatDate(initiative.opensOn, language) })}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    </div>
                    <div style={{ flex: '0 1 260px' }}>
                      <InitiativeProgress
                        endorsements={initiative.endorsements}
                        target={initiative.targetOrganizations}
                      />
                    </div>
                  </Flex>
                </Card>
              );
            })}
          </Flex>
        </Spin>
      )}
      {list.data && list.data.total > list.data.limit ? (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination
            current={list.data.page}
            pageSize={list.data.limit}
            total={list.data.total}
            onChange={(next) => setPage(next, PAGE_SIZE)}
          />
        </Flex>
      ) : null}
    </div>
  );
}
