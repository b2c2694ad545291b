import type { PostDto } from '@alliance/contracts';
import { PlusOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useMe } from '../../auth/api';
import { isNoProgramme, useProgramme } from '../api';
import { useMeetingOrganizer } from '../useMeetingOrganizer';
import { ProgrammeStatusTag } from './MeetingTags';

/**
 * On an event's page: its B2B meetings when it has them (a way in for participants, and for the
 * organizer to the organizing page); to the organizer of an event without them, a way to open them.
 */
export function EventMeetingsCard({ post }: { post: PostDto }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const published = post.status === 'published';
  const query = useProgramme(post.id, { enabled: published });
  const organizer = useMeetingOrganizer(post.organizationId);
  // When the page was opened: an event that has ended gets no new meetings (the API refuses them too).
  const [openedAt] = useState(() => Date.now());
  const ended = post.event ? new Date(post.event.endsAt).getTime() < openedAt : true;
  const programme = query.data;

  if (!published) return null;
  if (!programme) {
    if (!organizer || ended || !isNoProgramme(query.error)) return null;
    return (
      <Card title={t('meetings.event.title')} data-testid="event-meetings">
        <Flex vertical gap={12} align="flex-start">
          <Typography.Text type="secondary">{t('meetings.event.openHint')}</Typography.Text>
          <ButtonLink
            to={`/events/${post.id}/meetings/organize`}
            type="primary"
            icon={<PlusOutlined />}
            data-testid="event-meetings-open"
          >
            {t('meetings.event.open')}
          </ButtonLink>
        </Flex>
      </Card>
    );
  }

  const isOrganizer = programme.counts !== null || programme.actions.length > 0;
  return (
    <Card
      title={t('meetings.event.title')}
      extra={<ProgrammeStatusTag status={programme.status} />}
      data-testid="event-meetings"
    >
      <Flex vertical gap={12} align="flex-start">
        <Typography.Text type="secondary">
          {t(
            programme.participating
              ? 'meetings.event.participating'
              : me
                ? 'meetings.event.registerToMeet'
                : 'meetings.event.signIn',
            { count: programme.participants },
          )}
        </Typography.Text>
        <Flex wrap gap={8}>
          <ButtonLink
            to={`/events/${post.id}/meetings`}
            type={programme.participating ? 'primary' : 'default'}
            icon={<TeamOutlined />}
            data-testid="event-meetings-link"
          >
            {t('meetings.event.link')}
          </ButtonLink>
          {isOrganizer ? (
            <ButtonLink
              to={`/events/${post.id}/meetings/organize`}
              icon={<SettingOutlined />}
              data-testid="event-meetings-organize"
            >
              {t('meetings.event.organize')}
            </ButtonLink>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
