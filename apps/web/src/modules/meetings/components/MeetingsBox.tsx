import { MEETING_STATUSES, type MeetingStatus } from '@alliance/contracts';
import { Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useMeetings, type MeetingBox } from '../api';
import { MeetingsTable } from './MeetingsTable';

interface Props {
  eventId: string;
  box: MeetingBox;
  timeZone: string;
  /** A line above the list saying what it holds. */
  hint?: string;
}

/** One box of meeting requests (received, sent, or all for the organizer), narrowed by status, a page at a time. */
export function MeetingsBox({ eventId, box, timeZone, hint }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MeetingStatus | undefined>();
  const [paging, setPaging] = useState({ page: 1, limit: 20 });
  const list = useMeetings(eventId, box, { status, ...paging });
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} justify="space-between" align="center">
        {hint ? (
          <Typography.Text type="secondary" className="meet-meta">
            {hint}
          </Typography.Text>
        ) : (
          <span />
        )}
        <Select<MeetingStatus>
          allowClear
          value={status}
          placeholder={t('meetings.table.anyStatus')}
          aria-label={t('meetings.table.status')}
          onChange={(value) => {
            setStatus(value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={MEETING_STATUSES.map((value) => ({ value, label: t(`meetings.status.${value}`) }))}
          style={{ width: 220 }}
          data-testid={`meetings-${box}-status`}
        />
      </Flex>
      <ApiErrorAlert error={list.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <MeetingsTable
          box={box}
          data={list.data}
          loading={list.isFetching}
          timeZone={timeZone}
          onPage={(page, limit) => setPaging({ page, limit })}
          empty={t(status ? 'meetings.table.noneWithStatus' : `meetings.table.empty.${box}`)}
        />
      </Card>
    </Flex>
  );
}
