import type { NotificationPage } from '@alliance/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useErrorToast } from '../../../components/useErrorToast';
import { useMarkAllRead } from '../api';
import { NotificationLink } from './NotificationLink';

interface Props {
  query: UseQueryResult<NotificationPage>;
  onClose: () => void;
}

/** The bell's panel: the latest notifications, "Mark all as read" and "See all". */
export function NotificationPanel({ query, onClose }: Props) {
  const { t } = useTranslation();
  const markAll = useMarkAllRead();
  const showError = useErrorToast();
  const page = query.data;
  const unread = page?.unread ?? 0;

  return (
    <section className="notification-panel" aria-label={t('notifications.title')} data-testid="notification-panel">
      <Flex justify="space-between" align="baseline" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        {unread > 0 ? (
          <Typography.Text type="secondary">{t('notifications.unreadCount', { count: unread })}</Typography.Text>
        ) : null}
      </Flex>
      {query.isPending ? <Skeleton active title={false} paragraph={{ rows: 3 }} /> : null}
      {query.isError && !page ? <ApiErrorAlert error={query.error} /> : null}
      {page && page.items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0' }}>
          {t('notifications.bell.empty')}
        </Typography.Paragraph>
      ) : null}
      {page && page.items.length > 0 ? (
        <div className="notification-panel-list">
          <ul className="notification-list">
            {page.items.map((notification) => (
              <li key={notification.id} data-testid="notification-item">
                <NotificationLink notification={notification} now={query.dataUpdatedAt} onOpen={onClose} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="notification-panel-footer">
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onError: showError })}
          data-testid="notification-mark-all"
        >
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications" onClick={onClose} data-testid="notification-see-all">
          {t('notifications.bell.seeAll')}
        </Link>
      </div>
    </section>
  );
}
