import { SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Pagination, Skeleton, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorToast } from '../../../components/useErrorToast';
import { tablePagination } from '../../../lib/pagination';
import { useListParams } from '../../../lib/useListParams';
import { useMarkAllRead, useNotifications } from '../api';
import { NotificationRow } from '../components/NotificationRow';
import '../notifications.css';

const FILTERS = ['unread'] as const;
const FOLLOWS_LINK = '/account#follows';

/** Every notification of the signed-in user, newest first; the "Unread only" switch is kept in the address. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const unreadOnly = filters.unread === 'true';
  const list = useNotifications({ page, limit, unread: unreadOnly });
  const markAll = useMarkAllRead();
  const showError = useErrorToast();
  const { message } = App.useApp();
  const data = list.data;
  const unread = data?.unread ?? 0;

  // Marking the last unread ones read can empty a later page: go back to the last one left.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / data.limit)) : 1;
  useEffect(() => {
    if (data && !list.isFetching && page > lastPage) setPage(lastPage, limit);
  }, [data, list.isFetching, page, lastPage, limit, setPage]);

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
      data-testid="notifications-empty"
    >
      {unreadOnly ? null : (
        <ButtonLink to={FOLLOWS_LINK} type="primary">
          {t('notifications.manageFollows')}
        </ButtonLink>
      )}
    </Empty>
  );

  return (
    <div className="page" data-testid="notifications-page">
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <>
            <ButtonLink to={FOLLOWS_LINK} icon={<SettingOutlined />} data-testid="notifications-follows-link">
              {t('notifications.manageFollows')}
            </ButtonLink>
            <Button
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() =>
                markAll.mutate(undefined, {
                  onSuccess: () => void message.success(t('notifications.markedAllRead')),
                  onError: showError,
                })
              }
              data-testid="notifications-mark-all"
            >
              {t('notifications.markAllRead')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex align="center" gap={8}>
            <Switch
              id="notifications-unread-only"
              checked={unreadOnly}
              onChange={(checked) => setFilters({ unread: checked ? 'true' : undefined })}
              data-testid="notifications-unread-only"
            />
            <label htmlFor="notifications-unread-only">{t('notifications.unreadOnly')}</label>
          </Flex>
          <Typography.Text type="secondary" data-testid="notifications-unread-count">
            {t('notifications.unreadCount', { count: unread })}
          </Typography.Text>
        </Flex>
        <ApiErrorAlert error={list.error} />
        {list.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {data && data.items.length === 0 ? empty : null}
        {data && data.items.length > 0 ? (
          <ul className="notification-list" data-testid="notifications-list" aria-busy={list.isFetching}>
            {data.items.map((notification) => (
              <NotificationRow key={notification.id} notification={notification} now={list.dataUpdatedAt} />
            ))}
          </ul>
        ) : null}
        {data && data.total > 0 ? (
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Pagination {...tablePagination(data, setPage, t, { page, limit })} />
          </Flex>
        ) : null}
      </Card>
    </div>
  );
}
