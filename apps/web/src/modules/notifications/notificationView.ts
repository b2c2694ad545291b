import { type NotificationDto, pickTitle, readerLanguage, type Localized } from '@alliance/contracts';
import { formatDate } from '../../lib/names';

/** Where a notification leads; anything but a path inside the portal goes to the list instead. */
export function safeLink(link: string): string {
  return /^\/(?![/\\])/.test(link) ? link : '/notifications';
}

/** The record's title in the reader's language, else the other one (marked as a fallback). */
export function notificationTitle(
  notification: Pick<NotificationDto, 'titleEn' | 'titleZh'>,
  language: string | undefined,
): Localized {
  return pickTitle(notification, readerLanguage(language));
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago" / "5分钟前" within the last week, the date after that. A time slightly in the
 * future (a clock a little ahead of the server's) reads as "now".
 */
export function relativeDate(value: string, now: number, language: string | undefined): string {
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return value;
  const seconds = Math.max(0, Math.round((now - time) / 1000));
  if (seconds >= 7 * DAY) return formatDate(value, language);
  const format = new Intl.RelativeTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  if (seconds < MINUTE) return format.format(0, 'second');
  if (seconds < HOUR) return format.format(-Math.floor(seconds / MINUTE), 'minute');
  if (seconds < DAY) return format.format(-Math.floor(seconds / HOUR), 'hour');
  return format.format(-Math.floor(seconds / DAY), 'day');
}
