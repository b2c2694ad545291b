import type { NotificationDto } from '@alliance/contracts';
import { CheckOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useMarkRead } from '../api';
import { NotificationLink } from './NotificationLink';

interface Props {
  notification: NotificationDto;
  now: number;
}

/** A notification in the full list, with "Mark as read" while it is unread. */
export function NotificationRow({ notification, now }: Props) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const showError = useErrorToast();
  return (
    <li className="notification-row" data-testid="notification-row" data-read={notification.read}>
      <NotificationLink notification={notification} now={now} />
      {notification.read ? null : (
        <Button
          type="text"
          size="small"
          icon={<CheckOutlined />}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(notification, { onError: showError })}
          data-testid="notification-mark-read"
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
