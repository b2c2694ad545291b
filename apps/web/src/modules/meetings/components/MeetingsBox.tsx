import { MEETING_STATUSES, type MeetingStatus } from '@alliance/contracts';
import { Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useMeetings, type MeetingBox } from '../api';
import { MeetingsTable } from './MeetingsTable';

interface Props {
  eventId: string;
  box: MeetingBox;
  timeZone: string;
  /** A line above the list saying what it holds. */
  hint?: string;
}

const FILTERS = ['status'] as const;

/**
 * One box of meeting requests (received, sent, or all for the organizer), narrowed by status, a page
 * at a time; the status and page in the address beside the tab (a link can open a box filtered; an
 * unknown status counts as none), and a change of tab starts again without them.
 */
export function MeetingsBox({ eventId, box, timeZone, hint }: Props) {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const status = oneOf(MEETING_STATUSES, filters.status);
  const list = useMeetings(eventId, box, { status, page, limit });
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
          onChange={(value?: MeetingStatus) => setFilters({ status: value })}
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
          onPage={setPage}
          empty={t(status ? 'meetings.table.noneWithStatus' : `meetings.table.empty.${box}`)}
        />
      </Card>
    </Flex>
  );
}
