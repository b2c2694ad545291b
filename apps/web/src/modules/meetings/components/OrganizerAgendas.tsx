import { MAX_PAGE_LIMIT } from '@alliance/contracts';
import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { pickName } from '../../../lib/names';
import { useParticipants } from '../api';
import { AgendaView } from './AgendaView';

/** The organizer picks a participating organization and reads (and downloads) its agenda. */
export function OrganizerAgendas({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [q, setQ] = useState('');
  const [organizationId, setOrganizationId] = useState<string | undefined>();
  const participants = useParticipants(eventId, { q: q || undefined, limit: MAX_PAGE_LIMIT });
  const options = (participants.data?.items ?? []).map((participant) => ({
    value: participant.organization.id,
    label: pickName(participant.organization, language),
  }));

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={8}>
          <Typography.Text id="agenda-participant-label" strong>
            {t('meetings.organizerAgendas.pick')}
          </Typography.Text>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            value={organizationId}
            onChange={setOrganizationId}
            options={options}
            loading={participants.isFetching}
            placeholder={t('meetings.organizerAgendas.placeholder')}
            aria-labelledby="agenda-participant-label"
            notFoundContent={t('common.noMatches')}
            style={{ width: 420, maxWidth: '100%' }}
            data-testid="agenda-participant"
          />
          <ApiErrorAlert error={participants.error} />
        </Flex>
      </Card>
      {organizationId ? (
        <AgendaView eventId={eventId} organizationId={organizationId} organizer />
      ) : (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.organizerAgendas.none')} />
        </Card>
      )}
    </Flex>
  );
}
