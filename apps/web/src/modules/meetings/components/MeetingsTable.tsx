import type { MeetingDto, Paginated } from '@alliance/contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import type { MeetingBox } from '../api';
import { formatDay, formatTimeRange } from '../meetingTime';
import { MeetingButtons } from './MeetingButtons';
import { MeetingStatusTag } from './MeetingTags';
import { OrganizationName } from './OrganizationName';

/** Who cancelled, as the reader says it: "you" or "they" in the own lists, the side in the organizer's. */
function cancelledByKey(box: MeetingBox, by: 'requester' | 'requested'): string {
  if (box === 'all') return `meetings.table.cancelledBy.${by}`;
  const mine = box === 'sent' ? 'requester' : 'requested';
  return by === mine ? 'meetings.table.cancelledByYou' : 'meetings.table.cancelledByThem';
}

/** The two organizations of a meeting, the requester first and an arrow to the one asked. */
export function MeetingParties({
  meeting,
  wide = false,
}: {
  meeting: Pick<MeetingDto, 'requester' | 'requested'>;
  /** Out of a table (a dialog): the names take the room there is. */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} className={wide ? undefined : 'meet-cell-name'} data-testid="meeting-parties">
      <OrganizationName organization={meeting.requester} />
      <span className="meet-asked">
        <ArrowRightOutlined aria-label={t('meetings.table.asked')} className="meet-asked-icon" />
        <OrganizationName organization={meeting.requested} />
      </span>
    </Flex>
  );
}

interface Props {
  box: MeetingBox;
  data: Paginated<MeetingDto> | undefined;
  loading: boolean;
  timeZone: string;
  onPage: (page: number, limit: number) => void;
  empty: string;
}

/**
 * Meeting requests, newest first: the other side (both, in the organizer's list); why, and when it
 * was asked; the answer, with the slot and table once scheduled (in the event's zone); the reader's
 * actions. Cells wrap so the table fits the page beside the navigation.
 */
export function MeetingsTable({ box, data, loading, timeZone, onPage, empty }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const other = (meeting: MeetingDto) => (box === 'sent' ? meeting.requested : meeting.requester);

  const columns: TableColumnsType<MeetingDto> = [
    box === 'all'
      ? {
          key: 'parties',
          title: t('meetings.table.parties'),
          render: (_, meeting) => <MeetingParties meeting={meeting} />,
        }
      : {
          key: 'other',
          title: t(box === 'sent' ? 'meetings.table.requested' : 'meetings.table.requester'),
          render: (_, meeting) => (
            <div className="meet-cell-name">
              <OrganizationName organization={other(meeting)} withType strong />
            </div>
          ),
        },
    {
      key: 'reason',
      title: t('meetings.table.reason'),
      render: (_, meeting) => (
        <Flex vertical gap={4} className="meet-cell-text">
          <Typography.Paragraph
            className="meet-text"
            style={{ marginBottom: 0 }}
            ellipsis={{ rows: 3, expandable: 'collapsible' }}
            data-testid="meeting-reason"
          >
            {meeting.reason}
          </Typography.Paragraph>
          <Typography.Text type="secondary" className="meet-meta">
            {meeting.requestedByName
              ? t('meetings.table.requestedOnBy', {
                  date: formatDate(meeting.createdAt, language),
                  name: meeting.requestedByName,
                })
              : t('meetings.table.requestedOn', { date: formatDate(meeting.createdAt, language) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('meetings.table.statusAndSlot'),
      render: (_, meeting) => (
        <Flex vertical gap={4} align="flex-start" className="meet-cell-status">
          <MeetingStatusTag status={meeting.status} />
          {meeting.status === 'cancelled' && meeting.cancelledBy ? (
            <Typography.Text type="secondary" className="meet-meta">
              {t(cancelledByKey(box, meeting.cancelledBy))}
            </Typography.Text>
          ) : null}
          {meeting.declineReason || meeting.cancelReason ? (
            <Typography.Text type="secondary" className="meet-meta meet-text" data-testid="meeting-answer">
              {meeting.declineReason
                ? t('meetings.table.declinedBecause', { reason: meeting.declineReason })
                : t('meetings.table.cancelledBecause', { reason: meeting.cancelReason })}
            </Typography.Text>
          ) : null}
          {meeting.placement ? (
            <span className="meet-meta" data-testid="meeting-placement">
              <span className="meet-block">{formatDay(meeting.placement.slotStartsAt, timeZone, language)}</span>
              <span className="meet-strong">
                {formatTimeRange(meeting.placement.slotStartsAt, meeting.placement.slotEndsAt, timeZone, language)}
              </span>
              {' · '}
              {t('meetings.table.tableNumber', { table: meeting.placement.table })}
            </span>
          ) : meeting.status === 'accepted' ? (
            <Typography.Text type="secondary" className="meet-meta">
              {t(box === 'all' ? 'meetings.table.notPlaced' : 'meetings.table.withAgenda')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];
  if (box !== 'all')
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, meeting) =>
        meeting.actions.length > 0 ? (
          <Flex vertical gap={6} align="flex-start" className="meet-cell-actions">
            <MeetingButtons
              meetingId={meeting.id}
              actions={meeting.actions}
              counterpart={pickName(other(meeting), language)}
            />
          </Flex>
        ) : null,
    });

  return (
    <Table<MeetingDto>
      rowKey="id"
      dataSource={data?.items ?? []}
      loading={loading}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      pagination={data && data.total > data.limit ? tablePagination(data, onPage, t) : false}
      data-testid={`meetings-${box}`}
      onRow={(meeting) =>
        ({ 'data-testid': 'meeting-row', 'data-meeting-id': meeting.id, 'data-status': meeting.status }) as object
      }
    />
  );
}
