import type { PostKind } from './posts';
import type { Sector } from './sectors';

/** What a user follows: a post matching any of these notifies them when it is published. */
export interface FollowsDto {
  countries: string[];
  sectors: Sector[];
  kinds: PostKind[];
  organizationIds: string[];
}

export const FOLLOW_LIMITS = { perTopic: 50 } as const;

/** E-mail for notifications: each one as it happens, one digest a day, or none (in-app only). */
export const NOTIFICATION_EMAIL_MODES = ['immediately', 'daily', 'off'] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

export interface NotificationSettingsDto {
  emailMode: NotificationEmailMode;
}

export const NOTIFICATION_TYPES = ['post_published'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationDto {
  id: string;
  type: NotificationType;
  recordType: 'post';
  recordId: string;
  titleEn: string | null;
  titleZh: string | null;
  /** The web route that opens the record, e.g. /posts/…. */
  link: string;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationDto[];
  total: number;
  page: number;
  limit: number;
  unread: number;
}
