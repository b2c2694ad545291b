import type { MeetingProgrammeDto } from '@alliance/contracts';
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useSaveAvailability } from '../api';
import { formatDay, formatTimeRange, zoneLabel } from '../meetingTime';

/** The sessions the reader's organization can meet in: the scheduler places its meetings only there. */
export function AvailabilityForm({ programme }: { programme: MeetingProgrammeDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const save = useSaveAvailability(programme.eventId);
  const [chosen, setChosen] = useState<string[]>(programme.myAvailability);
  const closed = programme.status === 'closed';
  const zone = programme.event.timeZone;
  const changed =
    chosen.length !== programme.myAvailability.length || chosen.some((id) => !programme.myAvailability.includes(id));

  if (programme.sessions.length === 0)
    return (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.availability.noSessions')} />
      </Card>
    );

  return (
    <Card data-testid="availability">
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('meetings.availability.explain')}{' '}
          <Typography.Text type="secondary">
            {t('meetings.availability.zone', { zone: zoneLabel(zone, programme.event.startsAt) })}
          </Typography.Text>
        </Typography.Paragraph>
        <ApiErrorAlert error={save.error} />
        <div role="group" aria-label={t('meetings.availability.legend')}>
          <Checkbox.Group
            value={chosen}
            onChange={(values) => setChosen(values)}
            disabled={closed}
            className="meet-availability"
          >
            {programme.sessions.map((session) => (
              <Checkbox
                key={session.id}
                value={session.id}
                data-testid="availability-session"
                data-session-id={session.id}
              >
                <span className="meet-strong">{formatDay(session.startsAt, zone, language)}</span>{' '}
                <span className="meet-nowrap">{formatTimeRange(session.startsAt, session.endsAt, zone, language)}</span>{' '}
                <Typography.Text type="secondary" className="meet-meta meet-nowrap">
                  · {t('meetings.summary.slots', { count: session.slots })}
                </Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </div>
        {chosen.length === 0 && !closed ? (
          <Alert type="warning" showIcon title={t('meetings.availability.none')} data-testid="availability-none" />
        ) : null}
        <Flex gap={8}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={closed || !changed}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { sessionIds: chosen },
                { onSuccess: () => void message.success(t('meetings.availability.saved')) },
              )
            }
            data-testid="availability-save"
          >
            {t('meetings.availability.save')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
