import { htmlLang, pickTitle, readerLanguage, type OrganizerMeetingDto, type Paginated } from '@alliance/contracts';
import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { formatDay, formatTimeRange } from '../meetingTime';
import type { OrganizeTab } from '../tabs';
import { MeetingParties } from './MeetingsTable';
import { MeetingStatusTag } from './MeetingTags';

interface Props {
  data: Paginated<OrganizerMeetingDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  empty: string;
}

/**
 * Where the organizer acts on a meeting: an accepted one on the grid of slots and tables, any other
 * in the event's requests with the same status.
 */
const organizeLink = (meeting: OrganizerMeetingDto): string => {
  const tab: OrganizeTab = meeting.status === 'accepted' ? 'schedule' : 'requests';
  const query = tab === 'schedule' ? '' : `?${new URLSearchParams({ tab, status: meeting.status })}`;
  return `/events/${meeting.event.id}/meetings/organize${query}`;
};

/**
 * Every event's meetings for the secretariat, newest first: the event (a link to organize its
 * meetings), the two organizations, and the status with the slot and table once scheduled (in the
 * event's zone).
 */
export function OrganizerMeetingsTable({ data, loading, onPage, empty }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<OrganizerMeetingDto> = [
    {
      key: 'event',
      title: t('meetings.acrossEvents.columns.event'),
      render: (_, meeting) => {
        const title = pickTitle(meeting.event, readerLanguage(language));
        return (
          <Flex vertical gap={2} className="meet-cell-text">
            <Link to={organizeLink(meeting)} lang={htmlLang(title.language)} data-testid="meeting-event-link">
              {title.text}
            </Link>
            <Typography.Text type="secondary" className="meet-meta">
              {formatDay(meeting.event.startsAt, meeting.event.timeZone, language)}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'parties',
      title: t('meetings.table.parties'),
      render: (_, meeting) => <MeetingParties meeting={meeting} />,
    },
    {
      key: 'status',
      title: t('meetings.table.statusAndSlot'),
      render: (_, meeting) => (
        <Flex vertical gap={4} align="flex-start" className="meet-cell-status">
          <MeetingStatusTag status={meeting.status} />
          {meeting.placement ? (
            <span className="meet-meta" data-testid="meeting-placement">
              <span className="meet-block">
                {formatDay(meeting.placement.slotStartsAt, meeting.event.timeZone, language)}
              </span>
              <span className="meet-strong">
                {formatTimeRange(
                  meeting.placement.slotStartsAt,
                  meeting.placement.slotEndsAt,
                  meeting.event.timeZone,
                  language,
                )}
              </span>
              {' · '}
              {t('meetings.table.tableNumber', { table: meeting.placement.table })}
            </span>
          ) : meeting.status === 'accepted' ? (
            <Typography.Text type="secondary" className="meet-meta">
              {t('meetings.table.notPlaced')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'requested',
      title: t('meetings.acrossEvents.columns.requestedOn'),
      render: (_, meeting) => formatDate(meeting.createdAt, language),
    },
  ];

  return (
    <Table<OrganizerMeetingDto>
      rowKey="id"
      dataSource={data?.items ?? []}
      loading={loading}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      pagination={data && data.total > data.limit ? tablePagination(data, onPage, t) : false}
      data-testid="meetings-across-events"
      onRow={(meeting) =>
        ({ 'data-testid': 'meeting-row', 'data-meeting-id': meeting.id, 'data-status': meeting.status }) as object
      }
    />
  );
}
