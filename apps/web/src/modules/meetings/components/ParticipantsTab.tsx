import { SECTORS, type MeetingOrganizationRef, type Sector } from '@alliance/contracts';
import { Card, Empty, Flex, Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { SectorSelect } from '../../../components/SectorSelect';
import { countryFilter, oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useParticipants } from '../api';
import { ParticipantRow } from './ParticipantRow';
import { RequestModal } from './RequestModal';

const FILTERS = ['q', 'sector', 'country'] as const;

interface Props {
  eventId: string;
  onOpenMeeting: (box: 'sent' | 'received') => void;
}

/** The other participating organizations, by name, with their profiles and fit; a meeting is requested from here. */
export function ParticipantsTab({ eventId, onOpenMeeting }: Props) {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const sector = oneOf(SECTORS, filters.sector);
  const country = countryFilter(filters.country);
  const list = useParticipants(eventId, { q: filters.q, sector, country, page, limit });
  const [requesting, setRequesting] = useState<MeetingOrganizationRef | null>(null);
  const items = list.data?.items ?? [];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} className="meet-filters" data-testid="participant-filters">
        <ListSearch
          value={filters.q}
          placeholder={t('meetings.participants.search')}
          onSearch={(q) => setFilters({ q })}
        />
        <SectorSelect
          allowClear
          value={sector}
          placeholder={t('meetings.participants.anySector')}
          aria-label={t('meetings.participants.sector')}
          onChange={(value) => setFilters({ sector: (value as Sector | undefined) ?? undefined })}
          style={{ width: 240 }}
        />
        <CountrySelect
          allowClear
          value={country}
          placeholder={t('meetings.participants.anyCountry')}
          aria-label={t('meetings.participants.country')}
          onChange={(value) => setFilters({ country: value ?? undefined })}
          style={{ width: 220 }}
        />
      </Flex>
      <ApiErrorAlert error={list.error} />
      <Card>
        {list.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              filters.q || sector || country ? t('meetings.participants.noneFound') : t('meetings.participants.none')
            }
          />
        ) : (
          <ul className="meet-rows" data-testid="participants" aria-busy={list.isFetching}>
            {items.map((participant) => (
              <ParticipantRow
                key={participant.organization.id}
                participant={participant}
                onRequest={() => setRequesting(participant.organization)}
                onOpenMeeting={onOpenMeeting}
              />
            ))}
          </ul>
        )}
      </Card>
      {list.data && list.data.total > list.data.limit ? (
        <Pagination
          align="end"
          current={list.data.page}
          pageSize={list.data.limit}
          total={list.data.total}
          showTotal={(total) => t('common.total', { count: total })}
          onChange={setPage}
        />
      ) : null}
      {requesting ? (
        <RequestModal eventId={eventId} organization={requesting} onClose={() => setRequesting(null)} />
      ) : null}
    </Flex>
  );
}
