import { SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { oneOf } from '../../../lib/listFilters';
import { isNoProgramme, useProgramme } from '../api';
import { AgendaView } from '../components/AgendaView';
import { AvailabilityForm } from '../components/AvailabilityForm';
import { MeetingsBox } from '../components/MeetingsBox';
import { MeetingsNotFound } from '../components/MeetingsNotFound';
import { ParticipantsTab } from '../components/ParticipantsTab';
import { ProgrammeHeader } from '../components/ProgrammeHeader';
import { ProgrammeSummary } from '../components/ProgrammeSummary';
import { HUB_TABS, type HubTab } from '../tabs';
import '../meetings.css';

/**
 * `/events/:eventId/meetings`: a conference's B2B meetings as a participant sees them — whom to meet
 * (with profiles and fit), requests received and sent, the sessions it is available in, and its
 * agenda once published. Others read the programme and are told how to take part.
 */
export function MeetingsPage() {
  const { eventId = '' } = useParams<{ eventId: string }>();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useProgramme(eventId);

  if (query.isPending) return <PageSpinner />;
  if (isNoProgramme(query.error)) return <MeetingsNotFound eventId={eventId} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const programme = query.data;
  const organizer = programme.counts !== null || programme.actions.length > 0;
  const tab: HubTab = oneOf(HUB_TABS, params.get('tab') ?? undefined) ?? 'participants';
  const open = (next: HubTab) => setParams(next === 'participants' ? {} : { tab: next }, { replace: true });
  const zone = programme.event.timeZone;

  return (
    <div className="page" data-testid="meetings-page" data-event-id={eventId}>
      <ProgrammeHeader
        eventId={eventId}
        event={programme.event}
        title={t('meetings.hub.title')}
        extra={
          organizer ? (
            <ButtonLink
              to={`/events/${eventId}/meetings/organize`}
              icon={<SettingOutlined />}
              data-testid="meetings-organize-link"
            >
              {t('meetings.hub.organize')}
            </ButtonLink>
          ) : undefined
        }
      />
      <Flex vertical gap={24}>
        <ProgrammeSummary programme={programme} />
        {programme.status === 'closed' ? (
          <Alert type="info" showIcon title={t('meetings.hub.closed')} data-testid="meetings-closed" />
        ) : null}
        {!programme.participating ? (
          <Alert
            type="info"
            showIcon
            title={t(organizer ? 'meetings.hub.organizerOnly' : 'meetings.hub.notParticipating')}
            description={organizer ? undefined : t('meetings.hub.registerFirst')}
            action={
              organizer ? undefined : (
                <ButtonLink to={`/posts/${eventId}`} size="small" data-testid="meetings-register-link">
                  {t('meetings.hub.toEvent')}
                </ButtonLink>
              )
            }
            data-testid="meetings-not-participating"
          />
        ) : (
          <>
            {programme.myAvailability.length === 0 && programme.status !== 'closed' && programme.sessions.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title={t('meetings.hub.noAvailability')}
                action={
                  tab === 'availability' ? undefined : (
                    <Button size="small" onClick={() => open('availability')} data-testid="go-availability">
                      {t('meetings.hub.setAvailability')}
                    </Button>
                  )
                }
                data-testid="meetings-no-availability"
              />
            ) : null}
            <Tabs
              activeKey={tab}
              onChange={(next) => open(next as HubTab)}
              data-testid="meetings-tabs"
              items={HUB_TABS.map((key) => ({
                key,
                label: t(`meetings.hub.tabs.${key}`),
                children:
                  key !== tab ? null : key === 'participants' ? (
                    <ParticipantsTab eventId={eventId} onOpenMeeting={open} />
                  ) : key === 'received' || key === 'sent' ? (
                    <MeetingsBox eventId={eventId} box={key} timeZone={zone} hint={t(`meetings.hub.hints.${key}`)} />
                  ) : key === 'availability' ? (
                    <AvailabilityForm programme={programme} />
                  ) : (
                    <AgendaView eventId={eventId} />
                  ),
              }))}
            />
          </>
        )}
      </Flex>
    </div>
  );
}
