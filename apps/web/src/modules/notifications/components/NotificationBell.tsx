import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/api';
import { useBellNotifications } from '../api';
import { NotificationPanel } from './NotificationPanel';
import '../notifications.css';

/** The header's bell, for signed-in users only. */
export function NotificationBell() {
  const { data: me } = useMe();
  if (!me) return null;
  // A different account starts from a fresh bell.
  return <Bell key={me.user.id} />;
}

/** More than this shows as "99+". */
const MAX_SHOWN = 99;

function Bell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  const bell = useBellNotifications();
  const unread = bell.data?.unread ?? 0;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void bell.refetch();
  };

  const count =
    unread > 0 ? (
      <span className="notification-count" data-testid="notification-count" aria-hidden="true">
        {unread > MAX_SHOWN ? `${MAX_SHOWN}+` : unread}
      </span>
    ) : null;

  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      // Under the bell on wide screens; on a phone, centred and shifted to stay on screen.
      placement={screens.sm === false ? 'bottom' : 'bottomRight'}
      arrow={false}
      destroyOnHidden
      content={<NotificationPanel query={bell} onClose={() => setOpen(false)} />}
    >
      <Badge count={count} offset={[-4, 4]}>
        <Button
          type="text"
          className="notification-bell"
          icon={<BellOutlined />}
          aria-label={t('notifications.bell.label', { count: unread })}
          aria-expanded={open}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
