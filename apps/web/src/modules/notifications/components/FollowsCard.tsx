import { Card, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useFollows, useNotificationSettings } from '../api';
import { FollowsForm } from './FollowsForm';
import '../notifications.css';

/** The anchor the notifications page links to: /account#follows. */
export const FOLLOWS_ANCHOR = 'follows';

/** My account's "What I follow and how I'm told": topics to follow and the e-mail choice. */
export function FollowsCard() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const follows = useFollows();
  const settings = useNotificationSettings();
  const ready = follows.isSuccess && settings.isSuccess;

  // The router does not scroll to a #fragment; do it once the card has its full height.
  useEffect(() => {
    if (ready && hash === `#${FOLLOWS_ANCHOR}`)
      document.getElementById(FOLLOWS_ANCHOR)?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);

  return (
    <Card
      id={FOLLOWS_ANCHOR}
      className="follows-card"
      title={t('notifications.follows.title')}
      data-testid="follows-form"
    >
      <Typography.Paragraph type="secondary">{t('notifications.follows.intro')}</Typography.Paragraph>
      <ApiErrorAlert error={follows.error ?? settings.error} />
      {ready ? (
        <FollowsForm follows={follows.data} settings={settings.data} />
      ) : follows.isPending || settings.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : null}
    </Card>
  );
}
