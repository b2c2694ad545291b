import { type EventDetailsDto, type PostDto, readerLanguage } from '@alliance/contracts';
import { CalendarOutlined, CheckCircleOutlined, ClockCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { canOn, useAbility } from '../../../lib/ability';
import { formatNumber } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { eventCalendarUrl, eventRegistrationsCsvUrl, useEventRegistration } from '../api';
import { figuresKey, reportedFigures } from '../eventFigures';
import { formatEventRange } from '../eventTime';
import '../posts.css';

/** When and where the event is, how full it is, and the reader's registration. */
export function PostEventCard({ post, event }: { post: PostDto; event: EventDetailsDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const ability = useAbility();
  const canSeeRegistrations = canOn(ability, 'update', 'Post', { id: post.id, organizationId: post.organizationId });
  const seats =
    event.capacity === null
      ? t('posts.event.seatsNoLimit', { confirmed: formatNumber(event.confirmed, language) })
      : t('posts.event.seatsTaken', {
          confirmed: formatNumber(event.confirmed, language),
          capacity: formatNumber(event.capacity, language),
        });

  const figures = reportedFigures(event);
  const tookPart = figuresKey(figures);

  return (
    <Card title={t('posts.event.title')} data-testid="event-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('posts.event.when')}>
          <span data-testid="event-when">
            {formatEventRange(event.startsAt, event.endsAt, event.timeZone, language)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('posts.event.timeZone')}>{event.timeZone}</Descriptions.Item>
        {event.place ? <Descriptions.Item label={t('posts.event.place')}>{event.place}</Descriptions.Item> : null}
        {event.onlineUrl ? (
          <Descriptions.Item label={t('posts.event.onlineUrl')}>
            <Typography.Link
              href={event.onlineUrl}
              target="_blank"
              rel="noopener noreferrer"
              style={{ overflowWrap: 'anywhere' }}
            >
              {event.onlineUrl}
            </Typography.Link>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('posts.event.capacity')}>
          <Flex vertical>
            <span data-testid="event-seats">{seats}</span>
            {event.waitlisted > 0 ? (
              <Typography.Text type="secondary">
                {t('posts.event.waitlisted', { n: formatNumber(event.waitlisted, language) })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Descriptions.Item>
        {tookPart ? (
          <Descriptions.Item label={t('posts.event.figures.label')}>
            <span data-testid="event-figures">
              {t(tookPart, {
                attendees: formatNumber(figures.attendees, language),
                organizations: formatNumber(figures.organizations, language),
                count: figures.attendees ?? figures.organizations ?? 0,
              })}
            </span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Flex vertical gap={12} style={{ marginTop: 16 }}>
        <EventRegistration postId={post.id} event={event} />
        <Flex wrap gap={8}>
          <Button
            href={eventCalendarUrl(post.id, readerLanguage(language))}
            download
            icon={<CalendarOutlined />}
            data-testid="event-ics"
          >
            {t('posts.event.addToCalendar')}
          </Button>
          {canSeeRegistrations ? (
            <Button
              href={eventRegistrationsCsvUrl(post.id, readerLanguage(language))}
              download
              icon={<DownloadOutlined />}
              data-testid="event-csv"
            >
              {t('posts.event.registrationsCsv')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}

/** Register, or the reader's status and a way to cancel; visitors are asked to sign in. */
function EventRegistration({ postId, event }: { postId: string; event: EventDetailsDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const toast = useErrorToast();
  const location = useLocation();
  const { data: me } = useMe();
  const registration = useEventRegistration(postId);
  // When the page was opened: enough to say an event is over (the API refuses a late registration anyway).
  const [openedAt] = useState(() => Date.now());
  const ended = new Date(event.endsAt).getTime() < openedAt;

  if (!me && ended) {
    return <Typography.Text type="secondary">{t('posts.event.ended')}</Typography.Text>;
  }
  if (!me) {
    return (
      <ButtonLink
        to={`/login?next=${encodeURIComponent(location.pathname)}`}
        type="primary"
        data-testid="event-sign-in"
      >
        {t('posts.event.signInToRegister')}
      </ButtonLink>
    );
  }

  if (event.myRegistration) {
    const confirmed = event.myRegistration === 'confirmed';
    return (
      <Flex wrap gap={8} align="center">
        <Typography.Text
          className={confirmed ? 'event-status-confirmed' : 'event-status-waitlisted'}
          data-testid="event-status"
        >
          {confirmed ? <CheckCircleOutlined /> : <ClockCircleOutlined />}{' '}
          {confirmed
            ? t('posts.event.registered')
            : event.myWaitlistPosition
              ? t('posts.event.onWaitlistAt', { position: formatNumber(event.myWaitlistPosition, language) })
              : t('posts.event.onWaitlist')}
        </Typography.Text>
        <Popconfirm
          title={t('posts.event.cancelConfirm')}
          okText={t('posts.event.cancel')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            registration.mutate('cancel', {
              onSuccess: () => void message.success(t('posts.event.cancelled')),
              onError: toast,
            })
          }
        >
          <Button danger loading={registration.isPending} data-testid="event-cancel">
            {t('posts.event.cancel')}
          </Button>
        </Popconfirm>
        {confirmed ? null : (
          <Typography.Text type="secondary" style={{ flexBasis: '100%' }} data-testid="event-waitlist-hint">
            {t('posts.event.waitlistHint')}
          </Typography.Text>
        )}
      </Flex>
    );
  }

  return (
    <Button
      type="primary"
      loading={registration.isPending}
      disabled={ended}
      onClick={() =>
        registration.mutate('register', {
          onSuccess: (result) =>
            void message.success(
              result.status === 'waitlisted'
                ? t('posts.event.joinedWaitlist', { position: formatNumber(result.waitlistPosition ?? 1, language) })
                : t('posts.event.registeredDone'),
            ),
          onError: toast,
        })
      }
      data-testid="event-register"
    >
      {t(ended ? 'posts.event.ended' : 'posts.event.register')}
    </Button>
  );
}
