import type { MeetingProgrammeStatus, MeetingStatus, UnplacedReason } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const MEETING_COLORS: Record<MeetingStatus, string> = {
  requested: 'gold',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'default',
  cancelled: 'default',
};

const PROGRAMME_COLORS: Record<MeetingProgrammeStatus, string> = {
  open: 'blue',
  published: 'green',
  closed: 'default',
};

const TAG = { marginInlineEnd: 0 } as const;

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={MEETING_COLORS[status]} style={TAG} data-testid="meeting-status" data-status={status}>
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}

export function ProgrammeStatusTag({ status }: { status: MeetingProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROGRAMME_COLORS[status]} style={TAG} data-testid="programme-status" data-status={status}>
      {t(`meetings.programmeStatus.${status}`)}
    </Tag>
  );
}

/** Why the scheduler leaves an accepted meeting out; null: nothing stops it, it waits for a run. */
export function UnplacedReasonTag({ reason }: { reason: UnplacedReason | null }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={reason ? 'orange' : 'blue'}
      style={{ ...TAG, whiteSpace: 'normal' }}
      data-testid="unplaced-reason"
      data-reason={reason ?? 'waiting'}
    >
      {t(`meetings.unplacedReason.${reason ?? 'waiting'}`)}
    </Tag>
  );
}
