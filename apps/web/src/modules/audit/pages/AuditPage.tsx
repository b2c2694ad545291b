import type { AuditEventDto } from '@alliance/contracts';
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { tablePagination } from '../../../lib/pagination';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/names';
import { useListParams } from '../../../lib/useListParams';
import { useAuditEvents } from '../api';
import { AUDIT_FILTERS, AuditFilters } from '../components/AuditFilters';
import { AuditChanges } from '../components/AuditChanges';

/** The address keeps plain dates; the API gets the whole days as instants. */
function dayBound(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  const day = dayjs(date);
  return day.isValid() ? (end ? day.endOf('day') : day.startOf('day')).toISOString() : undefined;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(AUDIT_FILTERS);
  const list = useAuditEvents({
    action: filters.action,
    entityType: filters.entityType,
    actorUserId: filters.actorUserId,
    from: dayBound(filters.from, false),
    to: dayBound(filters.to, true),
    page,
    limit,
  });

  const columns: TableColumnsType<AuditEventDto> = [
    {
      key: 'time',
      title: t('audit.columns.time'),
      width: 180,
      render: (_, event) => formatDate(event.occurredAt, i18n.resolvedLanguage, true),
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      render: (_, event) =>
        event.actorEmail ?? event.actorUserId ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { key: 'action', title: t('audit.columns.action'), render: (_, event) => <Tag color="blue">{event.action}</Tag> },
    { key: 'entityType', title: t('audit.columns.entityType'), render: (_, event) => event.entityType },
    {
      key: 'entityId',
      title: t('audit.columns.entityId'),
      render: (_, event) =>
        event.entityId ? (
          <Typography.Text code copyable={{ text: event.entityId }} style={{ whiteSpace: 'nowrap' }}>
            {event.entityId.slice(0, 8)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'changes',
      title: t('audit.columns.changes'),
      render: (_, event) => Object.keys(event.changes).join(', ') || '—',
    },
    {
      key: 'requestId',
      title: t('audit.columns.requestId'),
      render: (_, event) =>
        event.requestId ? (
          <Typography.Text type="secondary" copyable={{ text: event.requestId }} style={{ whiteSpace: 'nowrap' }}>
            {event.requestId.slice(0, 8)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <AuditFilters values={filters} onChange={setFilters} />
        <ApiErrorAlert error={list.error} />
        <Table<AuditEventDto>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          expandable={{ expandedRowRender: (event) => <AuditChanges changes={event.changes} /> }}
          pagination={tablePagination(list.data, setPage, t, { page, limit })}
        />
      </Card>
    </div>
  );
}
