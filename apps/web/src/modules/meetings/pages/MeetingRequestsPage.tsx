import { MEETING_STATUSES } from '@alliance/contracts';
import { Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useOrganizerMeetings } from '../api';
import { OrganizerMeetingsTable } from '../components/OrganizerMeetingsTable';
import '../meetings.css';

const FILTERS = ['status', 'scheduled'] as const;
const SCHEDULED = ['true', 'false'] as const;

/**
 * `/meetings/requests`: the secretariat's B2B meetings across every event, newest first, filtered
 * by status and by whether scheduled (in the address: "My work" links here with the accepted ones
 * waiting for a slot). Each row opens the event's organize page. An unknown filter counts as none.
 */
export function MeetingRequestsPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const status = oneOf(MEETING_STATUSES, filters.status);
  const scheduled = oneOf(SCHEDULED, filters.scheduled);
  const list = useOrganizerMeetings({
    status,
    scheduled: scheduled === undefined ? undefined : scheduled === 'true',
    page,
    limit,
  });

  return (
    <div className="page" data-testid="meetings-across-events-page">
      <PageHeader title={t('meetings.acrossEvents.title')} subtitle={t('meetings.acrossEvents.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            aria-label={t('meetings.table.status')}
            placeholder={t('meetings.table.anyStatus')}
            value={status}
            onChange={(next?: string) => setFilters({ status: next })}
            options={MEETING_STATUSES.map((value) => ({ value, label: t(`meetings.status.${value}`) }))}
            style={{ width: 220 }}
            data-testid="status-filter"
          />
          <Select
            allowClear
            aria-label={t('meetings.acrossEvents.scheduled.label')}
            placeholder={t('meetings.acrossEvents.scheduled.any')}
            value={scheduled}
            onChange={(next?: string) => setFilters({ scheduled: next })}
            options={[
              { value: 'false', label: t('meetings.acrossEvents.scheduled.false') },
              { value: 'true', label: t('meetings.acrossEvents.scheduled.true') },
            ]}
            style={{ width: 220 }}
            data-testid="scheduled-filter"
          />
        </Flex>
        <ApiErrorAlert error={list.error} />
        <OrganizerMeetingsTable
          data={list.data}
          loading={list.isFetching}
          onPage={setPage}
          empty={t(status || scheduled ? 'meetings.acrossEvents.emptyFiltered' : 'meetings.acrossEvents.empty')}
        />
      </Card>
    </div>
  );
}
