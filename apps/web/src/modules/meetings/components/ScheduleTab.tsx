import type { MeetingDto, MeetingProgrammeDto } from '@alliance/contracts';
import { Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useSchedule } from '../api';
import { zoneLabel } from '../meetingTime';
import { MoveModal } from './MoveModal';
import { ScheduleGrid } from './ScheduleGrid';
import { SchedulerCard } from './SchedulerCard';
import { UnplacedList } from './UnplacedList';

/** The organizer's schedule: run the scheduler, see what it could not place, and the grid of slots and tables. */
export function ScheduleTab({ programme }: { programme: MeetingProgrammeDto }) {
  const { t } = useTranslation();
  const schedule = useSchedule(programme.eventId);
  const [moving, setMoving] = useState<MeetingDto | null>(null);
  const canMove = programme.actions.includes('schedule');
  const onMove = canMove ? setMoving : undefined;

  return (
    <Flex vertical gap={24}>
      <SchedulerCard programme={programme} />
      <ApiErrorAlert error={schedule.error} />
      {schedule.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : schedule.data ? (
        <>
          <UnplacedList unplaced={schedule.data.unplaced} onPlace={onMove} />
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="baseline" wrap gap={8}>
              <Typography.Title level={2} className="meet-section-title">
                {t('meetings.grid.title')}
              </Typography.Title>
              <Typography.Text type="secondary" className="meet-meta" data-testid="grid-zone">
                {canMove ? `${t('meetings.grid.hint')} ` : null}
                {t('meetings.grid.zone', {
                  zone: zoneLabel(schedule.data.timeZone, programme.event.startsAt),
                })}
              </Typography.Text>
            </Flex>
            <ScheduleGrid schedule={schedule.data} onMove={onMove} />
          </Flex>
          {moving ? <MoveModal meeting={moving} schedule={schedule.data} onClose={() => setMoving(null)} /> : null}
        </>
      ) : null}
    </Flex>
  );
}
