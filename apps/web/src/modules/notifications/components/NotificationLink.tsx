import { type NotificationDto, htmlLang, pickLocalized, readerLanguage } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/names';
import { useMarkRead } from '../api';
import { notificationTitle, relativeDate, safeLink } from '../notificationView';
import '../notifications.css';

interface Props {
  notification: NotificationDto;
  /** The moment the list was fetched: dates read "5 minutes ago" from then. */
  now: number;
  /** Called after a click, e.g. to close the bell's panel. */
  onOpen?: () => void;
}

/** One notification: unread dot, title, kind, whose step it was (an institution's offer) and date; opening it marks it read. */
export function NotificationLink({ notification, now, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const markRead = useMarkRead();
  const title = notificationTitle(notification, language);
  const from = pickLocalized(notification.fromEn, notification.fromZh, readerLanguage(language));
  const unread = !notification.read;

  const open = () => {
    // The request outlives the page change: the mutation belongs to the query client.
    if (unread) markRead.mutate(notification);
    onOpen?.();
  };

  return (
    <Link
      to={safeLink(notification.link)}
      onClick={open}
      className={unread ? 'notification-link notification-unread' : 'notification-link'}
      data-read={notification.read}
    >
      <span className={unread ? 'notification-dot' : 'notification-dot read'} aria-hidden="true" />
      <span className="notification-text">
        {unread ? <span className="notification-sr-only">{t('notifications.unread')}: </span> : null}
        <span className="notification-title" lang={htmlLang(title.language)}>
          {title.text}
        </span>
        <span className="notification-meta">
          {t(`notifications.type.${notification.type}`)}
          {from ? (
            <>
              {' · '}
              <span lang={htmlLang(from.language)}>{from.text}</span>
            </>
          ) : null}
          {' · '}
          <time dateTime={notification.createdAt} title={formatDate(notification.createdAt, language, true)}>
            {relativeDate(notification.createdAt, now, language)}
          </time>
        </span>
      </span>
    </Link>
  );
}
