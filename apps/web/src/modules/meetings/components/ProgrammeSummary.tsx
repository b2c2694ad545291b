import type { MeetingProgrammeDto } from '@alliance/contracts';
import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { formatEventRange } from '../../posts/eventTime';
import { formatDay, formatTimeRange, zoneLabel } from '../meetingTime';
import { ProgrammeStatusTag } from './MeetingTags';

/** When and where the conference is, how its meetings run (length, tables, sessions) and how many take part. */
export function ProgrammeSummary({ programme }: { programme: MeetingProgrammeDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { event } = programme;
  return (
    <Card className="meet-summary" data-testid="programme-summary">
      <Row gutter={[32, 16]}>
        <Col xs={24} lg={16}>
          <Descriptions
            size="small"
            layout="vertical"
            colon={false}
            column={{ xs: 1, sm: 2, xxl: 3 }}
            items={[
              {
                key: 'when',
                label: t('meetings.summary.when'),
                children: (
                  <span data-testid="programme-when">
                    {formatEventRange(event.startsAt, event.endsAt, event.timeZone, language)}
                  </span>
                ),
              },
              {
                key: 'zone',
                label: t('meetings.summary.timeZone'),
                children: <span data-testid="programme-zone">{zoneLabel(event.timeZone, event.startsAt)}</span>,
              },
              { key: 'place', label: t('meetings.summary.place'), children: event.place ?? '—' },
              {
                key: 'status',
                label: t('meetings.summary.status'),
                children: <ProgrammeStatusTag status={programme.status} />,
              },
              {
                key: 'format',
                label: t('meetings.summary.format'),
                children: t('meetings.summary.formatValue', {
                  minutes: programme.meetingMinutes,
                  tables: formatNumber(programme.tables, language),
                }),
              },
              {
                key: 'participants',
                label: t('meetings.summary.participants'),
                children: (
                  <span data-testid="programme-participants">{formatNumber(programme.participants, language)}</span>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <div className="meet-summary-sessions">
            <Typography.Text type="secondary" className="meet-summary-label">
              {t('meetings.summary.sessions')}
            </Typography.Text>
            {programme.sessions.length === 0 ? (
              <Typography.Text type="secondary">{t('meetings.summary.noSessions')}</Typography.Text>
            ) : (
              <ul className="meet-sessions" data-testid="programme-sessions">
                {programme.sessions.map((session) => (
                  <li key={session.id}>
                    <ClockCircleOutlined aria-hidden className="meet-session-icon" />
                    <span>
                      <span className="meet-block">
                        <span className="meet-nowrap">{formatDay(session.startsAt, event.timeZone, language)}</span>{' '}
                        <span className="meet-strong meet-nowrap">
                          {formatTimeRange(session.startsAt, session.endsAt, event.timeZone, language)}
                        </span>
                      </span>
                      <Typography.Text type="secondary" className="meet-meta">
                        {t('meetings.summary.slots', { count: session.slots })}
                      </Typography.Text>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Col>
      </Row>
    </Card>
  );
}
