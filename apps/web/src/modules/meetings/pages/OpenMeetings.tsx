import { Alert, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { usePost } from '../../posts/api';
import { isMissingPost } from '../../posts/components/PostNotFound';
import { MeetingsNotFound } from '../components/MeetingsNotFound';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { ProgrammeHeader } from '../components/ProgrammeHeader';
import { useMeetingOrganizer } from '../useMeetingOrganizer';
import '../meetings.css';

/** The organizer's page before the meetings exist: the event's organizer opens them with their first settings. */
export function OpenMeetings({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const post = usePost(eventId);
  const organizer = useMeetingOrganizer(post.data?.organizationId);
  // When the page was opened: enough to say an event is over (the API refuses to open its meetings anyway).
  const [openedAt] = useState(() => Date.now());

  if (post.isPending) return <PageSpinner />;
  if (isMissingPost(post.error)) return <MeetingsNotFound eventId={eventId} />;
  if (post.error) return <ErrorResult error={post.error} onRetry={() => void post.refetch()} />;
  const event = post.data.kind === 'event' ? post.data.event : null;
  if (!event || !organizer) return <MeetingsNotFound eventId={eventId} />;
  const ended = new Date(event.endsAt).getTime() < openedAt;

  return (
    <div className="page" data-testid="open-meetings-page">
      <ProgrammeHeader eventId={eventId} event={post.data} title={t('meetings.open.title')} />
      <Flex vertical gap={24}>
        {ended ? (
          <Alert type="warning" showIcon title={t('errors.meetings.MEETINGS_EVENT_ENDED')} />
        ) : (
          <ProgrammeForm eventId={eventId} event={event} />
        )}
      </Flex>
    </div>
  );
}
