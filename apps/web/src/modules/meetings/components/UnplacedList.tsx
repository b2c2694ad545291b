import type { MeetingDto, MeetingScheduleDto } from '@alliance/contracts';
import { AimOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../lib/names';
import { UnplacedReasonTag } from './MeetingTags';
import { MeetingParties } from './MeetingsTable';

type Row = MeetingScheduleDto['unplaced'][number];

interface Props {
  unplaced: MeetingScheduleDto['unplaced'];
  onPlace?: (meeting: MeetingDto) => void;
}

/** Accepted meetings without a slot, each with why the scheduler leaves it out (or that a run would place it), to be placed by hand. */
export function UnplacedList({ unplaced, onPlace }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Card
      title={
        <Typography.Title level={2} className="meet-section-title">
          {t('meetings.unplaced.title', { count: unplaced.length })}
        </Typography.Title>
      }
      styles={{ body: unplaced.length ? { padding: 0 } : undefined }}
      data-testid="unplaced"
    >
      {unplaced.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.unplaced.none')} />
      ) : (
        <Table<Row>
          rowKey={(row) => row.meeting.id}
          pagination={false}
          dataSource={unplaced}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ 'data-testid': 'unplaced-row', 'data-meeting-id': row.meeting.id }) as object}
          columns={[
            {
              key: 'parties',
              title: t('meetings.table.parties'),
              render: (_, row) => <MeetingParties meeting={row.meeting} />,
            },
            {
              key: 'reason',
              title: t('meetings.unplaced.why'),
              render: (_, row) => (
                <Flex vertical gap={4} align="flex-start" className="meet-cell-text">
                  <UnplacedReasonTag reason={row.reason} />
                  <Typography.Text type="secondary" className="meet-meta">
                    {t(`meetings.unplacedReason.explain.${row.reason ?? 'waiting'}`)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'decidedAt',
              title: t('meetings.unplaced.acceptedAt'),
              render: (_, row) => <span className="meet-nowrap">{formatDate(row.meeting.decidedAt, language)}</span>,
            },
            ...(onPlace
              ? [
                  {
                    key: 'place',
                    title: t('common.actions'),
                    render: (_: unknown, row: Row) => (
                      <Button
                        size="small"
                        icon={<AimOutlined />}
                        onClick={() => onPlace(row.meeting)}
                        aria-label={t('meetings.unplaced.placeNamed', {
                          a: pickName(row.meeting.requester, language),
                          b: pickName(row.meeting.requested, language),
                        })}
                        data-testid="unplaced-place"
                      >
                        {t('meetings.unplaced.place')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
