import type { MeetingDto, MeetingScheduleDto } from '@alliance/contracts';
import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../lib/names';
import { formatDay, formatTimeRange } from '../meetingTime';
import { scheduleGrid, type GridRow } from '../scheduleGrid';

/** The narrowest a table's column gets before the grid scrolls sideways. */
const CELL_WIDTH = 140;

interface Props {
  schedule: MeetingScheduleDto;
  /** Opens the move dialog; absent when the reader may not move meetings (a closed programme). */
  onMove?: (meeting: MeetingDto) => void;
}

/** One meeting in its cell: both organizations; the whole cell is the button that moves it by hand. */
function MeetingCell({ meeting, onMove }: { meeting: MeetingDto; onMove?: (meeting: MeetingDto) => void }) {
  const { t, i18n } = useTranslation();
  const a = pickName(meeting.requester, i18n.resolvedLanguage);
  const b = pickName(meeting.requested, i18n.resolvedLanguage);
  const names = (
    <span className="meet-cell-names">
      <span className="meet-clamp">{a}</span>
      <span className="meet-clamp">{b}</span>
    </span>
  );
  if (!onMove)
    return (
      <div className="meet-cell" title={`${a} · ${b}`} data-testid="grid-meeting" data-meeting-id={meeting.id}>
        {names}
      </div>
    );
  return (
    <button
      type="button"
      className="meet-cell meet-cell-button"
      title={`${a} · ${b}`}
      onClick={() => onMove(meeting)}
      data-testid="grid-meeting"
      data-meeting-id={meeting.id}
    >
      <span className="meet-sr-only">{t('meetings.grid.move')} </span>
      {names}
    </button>
  );
}

/** The organizer's grid: each session's slots down, tables across, the meetings where they sit. */
export function ScheduleGrid({ schedule, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const zone = schedule.timeZone;
  const sessions = scheduleGrid(schedule);
  if (sessions.length === 0)
    return (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.grid.noSlots')} />
      </Card>
    );

  const columns: TableColumnsType<GridRow> = [
    {
      key: 'time',
      title: t('meetings.grid.time'),
      fixed: 'left',
      width: 108,
      render: (_, row) => (
        <Flex vertical>
          <span className="meet-strong meet-nowrap">{formatTimeRange(row.startsAt, row.endsAt, zone, language)}</span>
          <Typography.Text type="secondary" className="meet-meta meet-nowrap">
            {t('meetings.grid.taken', { taken: row.taken, tables: schedule.tables })}
          </Typography.Text>
        </Flex>
      ),
    },
    ...Array.from({ length: schedule.tables }, (_, index) => ({
      key: `table-${index + 1}`,
      title: t('meetings.table.tableNumber', { table: index + 1 }),
      render: (_: unknown, row: GridRow) => {
        const meeting = row.cells[index];
        return meeting ? (
          <MeetingCell meeting={meeting} onMove={onMove} />
        ) : (
          <span className="meet-free">
            <span className="meet-sr-only">{t('meetings.grid.free')}</span>
          </span>
        );
      },
    })),
  ];

  return (
    <Flex vertical gap={16} data-testid="schedule-grid">
      {sessions.map((session, index) => {
        const first = session.rows[0];
        const last = session.rows.at(-1) ?? first;
        const taken = session.rows.reduce((sum, row) => sum + row.taken, 0);
        return (
          <Card
            key={session.sessionId}
            size="small"
            data-testid="grid-session"
            title={
              <Flex wrap gap={8} align="baseline">
                <Typography.Title level={3} className="meet-subsection-title">
                  {t('meetings.settings.session', { n: index + 1 })}
                </Typography.Title>
                <span>
                  {formatDay(first.startsAt, zone, language)} ·{' '}
                  {formatTimeRange(first.startsAt, last.endsAt, zone, language)}
                </span>
              </Flex>
            }
            extra={
              <Typography.Text type="secondary" className="meet-meta">
                {t('meetings.grid.sessionTaken', {
                  taken,
                  places: session.rows.length * schedule.tables,
                })}
              </Typography.Text>
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table<GridRow>
              rowKey="startsAt"
              size="small"
              bordered
              pagination={false}
              dataSource={session.rows}
              columns={columns}
              // Equal columns filling the card; past about six tables, a scroll with the times kept in view.
              tableLayout="fixed"
              scroll={{ x: 108 + schedule.tables * CELL_WIDTH }}
              className="meet-grid"
              onRow={() => ({ 'data-testid': 'grid-slot' }) as object}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
