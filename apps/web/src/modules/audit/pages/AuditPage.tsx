import { type AuditEventDto, htmlLang, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, pickName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { useListParams } from '../../../lib/useListParams';
import { useAuditEvents } from '../api';
import { AuditChanges, useFieldLabel } from '../components/AuditChanges';
import { AUDIT_FILTERS, AuditFilters } from '../components/AuditFilters';

/** The address keeps plain dates; the API gets the whole days as instants. */
function dayBound(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  const day = dayjs(date);
  return day.isValid() ? (end ? day.endOf('day') : day.startOf('day')).toISOString() : undefined;
}

/** Changed fields named in the reader's language, the first few and how many more. */
const SHOWN_FIELDS = 4;

/** The record an event is about: its kind, its name linking to it where a page shows it, and whose it is. */
function RecordCell({ event }: { event: AuditEventDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const name = event.record ? pickLocalized(event.record.nameEn, event.record.nameZh, readerLanguage(language)) : null;
  return (
    <Flex vertical gap={2} align="flex-start">
      <span>
        <Tag bordered={false}>{t(`audit.entityTypes.${event.entityType}`, { defaultValue: event.entityType })}</Tag>
      </span>
      {name ? (
        event.record?.link ? (
          <Link to={event.record.link} lang={htmlLang(name.language)}>
            {name.text}
          </Link>
        ) : (
          <span lang={htmlLang(name.language)}>{name.text}</span>
        )
      ) : event.entityId ? (
        <Typography.Text type="secondary">{t('audit.recordGone')}</Typography.Text>
      ) : null}
      {event.organization && !(event.entityType === 'Organization' && event.entityId === event.organization.id) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Link to={`/admin/organizations/${event.organization.id}`}>{pickName(event.organization, language)}</Link>
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** `/admin/audit`: who did what to which record, in the reader's language, with pickers to narrow it down. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const fieldLabel = useFieldLabel();
  const { filters, page, limit, setFilters, setPage } = useListParams(AUDIT_FILTERS);
  const list = useAuditEvents({
    action: filters.action,
    entityType: filters.entityType,
    actorUserId: filters.actorUserId,
    organizationId: filters.organizationId,
    from: dayBound(filters.from, false),
    to: dayBound(filters.to, true),
    page,
    limit,
  });
  const items = list.data?.items ?? [];
  const actorLabel = filters.actorUserId
    ? items.find((event) => event.actorUserId === filters.actorUserId)?.actorName
    : null;

  const columns: TableColumnsType<AuditEventDto> = [
    {
      key: 'time',
      title: t('audit.columns.time'),
      width: 140,
      render: (_, event) => <span>{formatDate(event.occurredAt, language, true)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 190,
      render: (_, event) =>
        event.actorUserId || event.actorEmail ? (
          <Flex vertical gap={0}>
            <span>{event.actorName ?? event.actorEmail}</span>
            {event.actorName && event.actorEmail ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {event.actorEmail}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      width: 170,
      render: (_, event) => (
        <Tag color="blue" style={{ whiteSpace: 'normal' }} data-action={event.action}>
          {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
        </Tag>
      ),
    },
    { key: 'record', title: t('audit.columns.record'), render: (_, event) => <RecordCell event={event} /> },
    {
      key: 'changes',
      title: t('audit.columns.changes'),
      width: 220,
      render: (_, event) => {
        const changed = Object.keys(event.changes);
        if (changed.length === 0) return '—';
        const shown = changed.slice(0, SHOWN_FIELDS).map(fieldLabel).join(t('audit.listSeparator'));
        return changed.length > SHOWN_FIELDS
          ? t('audit.moreFields', { fields: shown, count: changed.length - SHOWN_FIELDS })
          : shown;
      },
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <AuditFilters values={filters} onChange={setFilters} actorLabel={actorLabel} />
        <ApiErrorAlert error={list.error} />
        <Table<AuditEventDto>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 980 }}
          data-testid="audit-table"
          expandable={{
            expandedRowRender: (event) => (
              <Flex vertical gap={8}>
                <AuditChanges changes={event.changes} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {event.entityId ? (
                    <>
                      {t('audit.entityId')}:{' '}
                      <Typography.Text copyable={{ text: event.entityId }}>{event.entityId}</Typography.Text>
                    </>
                  ) : null}
                  {event.requestId ? (
                    <>
                      {' · '}
                      {t('audit.requestId')}:{' '}
                      <Typography.Text copyable={{ text: event.requestId }}>{event.requestId}</Typography.Text>
                    </>
                  ) : null}
                </Typography.Text>
              </Flex>
            ),
          }}
          pagination={tablePagination(list.data, setPage, t, { page, limit })}
        />
      </Card>
    </div>
  );
}
