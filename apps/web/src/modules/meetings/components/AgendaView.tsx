import { readerLanguage, type MeetingAgendaDto } from '@alliance/contracts';
import { CalendarOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { agendaIcsUrl, useAgenda } from '../api';
import { formatDay, formatTimeRange, groupByDay, zoneLabel } from '../meetingTime';
import { OrganizationName } from './OrganizationName';

type Item = MeetingAgendaDto['items'][number];

interface Props {
  eventId: string;
  /** The organizer looks at a participant's agenda; absent, the reader's own organization's. */
  organizationId?: string;
  organizer?: boolean;
}

/** An organization's meetings in time order, day by day, in the event's zone; downloadable as a calendar file. */
export function AgendaView({ eventId, organizationId, organizer = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useAgenda(eventId, organizationId);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (query.error) return <ApiErrorAlert error={query.error} />;
  const agenda = query.data;
  const zone = agenda.timeZone;
  const days = groupByDay(agenda.items, (item) => item.startsAt, zone);

  if (!agenda.published && !organizer)
    return (
      <Card data-testid="agenda" data-published="false">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.agenda.notPublished')} />
      </Card>
    );

  return (
    <Card
      data-testid="agenda"
      data-published={String(agenda.published)}
      title={
        <Flex vertical className="meet-card-heading">
          <Typography.Title level={2} className="meet-section-title">
            {organizer ? (
              <OrganizationName organization={agenda.organization} link={false} />
            ) : (
              t('meetings.agenda.title')
            )}
          </Typography.Title>
          <Typography.Text type="secondary" className="meet-meta" data-testid="agenda-zone">
            <ClockCircleOutlined aria-hidden />{' '}
            {t('meetings.agenda.zone', { zone: zoneLabel(zone, agenda.items[0]?.startsAt) })}
          </Typography.Text>
        </Flex>
      }
      extra={
        agenda.items.length > 0 ? (
          <Button
            href={agendaIcsUrl(eventId, readerLanguage(language), organizationId)}
            download
            icon={<CalendarOutlined />}
            data-testid="agenda-ics"
          >
            {t('meetings.agenda.download')}
          </Button>
        ) : null
      }
    >
      {organizer && !agenda.published ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('meetings.agenda.draft')} />
      ) : null}
      {agenda.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.agenda.empty')} />
      ) : (
        <Flex vertical gap={20}>
          {days.map((day) => (
            <section key={day.day} aria-label={formatDay(day.first, zone, language)}>
              <Typography.Title level={3} className="meet-day-title">
                {formatDay(day.first, zone, language)}
              </Typography.Title>
              <Table<Item>
                rowKey="meetingId"
                size="small"
                pagination={false}
                dataSource={day.items}
                data-testid="agenda-day"
                onRow={() => ({ 'data-testid': 'agenda-item' }) as object}
                columns={[
                  {
                    key: 'time',
                    title: t('meetings.agenda.time'),
                    width: 160,
                    render: (_, item) => (
                      <span className="meet-strong meet-nowrap" data-testid="agenda-time">
                        {formatTimeRange(item.startsAt, item.endsAt, zone, language)}
                      </span>
                    ),
                  },
                  {
                    key: 'table',
                    title: t('meetings.agenda.table'),
                    width: 140,
                    render: (_, item) => (
                      <span className="meet-nowrap" data-testid="agenda-table">
                        {t('meetings.table.tableNumber', { table: item.table })}
                      </span>
                    ),
                  },
                  {
                    key: 'counterpart',
                    title: t('meetings.agenda.with'),
                    render: (_, item) => <OrganizationName organization={item.counterpart} withType />,
                  },
                ]}
              />
            </section>
          ))}
        </Flex>
      )}
    </Card>
  );
}
