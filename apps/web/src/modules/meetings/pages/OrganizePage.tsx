import { TeamOutlined } from '@ant-design/icons';
import { Alert, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { oneOf } from '../../../lib/listFilters';
import { isNoProgramme, useProgramme } from '../api';
import { MeetingsBox } from '../components/MeetingsBox';
import { NotOrganizer } from '../components/MeetingsNotFound';
import { OrganizerAgendas } from '../components/OrganizerAgendas';
import { ProgrammeActions } from '../components/ProgrammeActions';
import { ProgrammeCounts } from '../components/ProgrammeCounts';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { ProgrammeHeader } from '../components/ProgrammeHeader';
import { ProgrammeSummary } from '../components/ProgrammeSummary';
import { ScheduleTab } from '../components/ScheduleTab';
import { OpenMeetings } from './OpenMeetings';
import { ORGANIZE_TABS, type OrganizeTab } from '../tabs';
import '../meetings.css';

/**
 * `/events/:eventId/meetings/organize`: the organizer (the secretariat or the event's organization)
 * sets the meetings up, follows the requests, runs the scheduler, moves meetings by hand, publishes
 * the agendas and reads any participant's. With no meetings yet, it opens them.
 */
export function OrganizePage() {
  const { eventId = '' } = useParams<{ eventId: string }>();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useProgramme(eventId);

  if (query.isPending) return <PageSpinner />;
  if (isNoProgramme(query.error)) return <OpenMeetings eventId={eventId} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const programme = query.data;
  // The organizer alone gets the counts (and, until the meetings close, actions).
  if (programme.counts === null && programme.actions.length === 0) return <NotOrganizer eventId={eventId} />;
  const tab: OrganizeTab = oneOf(ORGANIZE_TABS, params.get('tab') ?? undefined) ?? 'schedule';
  const closed = programme.status === 'closed';

  return (
    <div className="page" data-testid="organize-page" data-event-id={eventId}>
      <ProgrammeHeader
        eventId={eventId}
        event={programme.event}
        title={t('meetings.organize.title')}
        extra={
          <>
            <ProgrammeActions programme={programme} />
            <ButtonLink to={`/events/${eventId}/meetings`} icon={<TeamOutlined />} data-testid="meetings-hub-link">
              {t('meetings.organize.hub')}
            </ButtonLink>
          </>
        }
      />
      <Flex vertical gap={24}>
        <ProgrammeSummary programme={programme} />
        {programme.status === 'open' ? (
          <Alert type="info" showIcon title={t('meetings.organize.notPublished')} data-testid="organize-open" />
        ) : programme.status === 'published' ? (
          <Alert type="success" showIcon title={t('meetings.organize.published')} data-testid="organize-published" />
        ) : (
          <Alert type="info" showIcon title={t('meetings.hub.closed')} />
        )}
        <ProgrammeCounts programme={programme} />
        <Tabs
          activeKey={tab}
          onChange={(next) => setParams(next === 'schedule' ? {} : { tab: next }, { replace: true })}
          data-testid="organize-tabs"
          items={ORGANIZE_TABS.map((key) => ({
            key,
            label: t(`meetings.organize.tabs.${key}`),
            children:
              key !== tab ? null : key === 'schedule' ? (
                <ScheduleTab programme={programme} />
              ) : key === 'requests' ? (
                <MeetingsBox
                  eventId={eventId}
                  box="all"
                  timeZone={programme.event.timeZone}
                  hint={t('meetings.organize.requestsHint')}
                />
              ) : key === 'agendas' ? (
                <OrganizerAgendas eventId={eventId} />
              ) : (
                <ProgrammeForm
                  eventId={eventId}
                  event={programme.event}
                  programme={programme}
                  disabled={closed || !programme.actions.includes('configure')}
                  onReload={() => void query.refetch()}
                  reloading={query.isFetching}
                />
              ),
          }))}
        />
      </Flex>
    </div>
  );
}
