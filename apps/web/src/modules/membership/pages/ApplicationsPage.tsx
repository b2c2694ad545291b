import type { MembershipApplicationDto } from '@alliance/contracts';
import { MEMBER_ORGANIZATION_TYPES, MEMBERSHIP_APPLICATION_STATUSES, ORGANIZATION_TYPES } from '@alliance/contracts';
import { Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ListSearch } from '../../../components/ListSearch';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useApplications } from '../api';
import { ApplicationDrawer } from '../components/ApplicationDrawer';
import { ApplicationsTable } from '../components/ApplicationsTable';

const FILTERS = ['q', 'status', 'type'] as const;

/**
 * In the address, `status=all` lifts the filter; no status at all means the pending ones, the
 * work to do. An unknown status or type (an edited or outdated link) counts as none.
 */
const ALL = 'all';
const STATUS_CHOICES = [...MEMBERSHIP_APPLICATION_STATUSES, ALL] as const;

export function ApplicationsPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const [open, setOpen] = useState<MembershipApplicationDto | null>(null);
  const status = oneOf(STATUS_CHOICES, filters.status) ?? 'pending';
  const type = oneOf(ORGANIZATION_TYPES, filters.type);
  const list = useApplications({
    q: filters.q,
    status: status === ALL ? undefined : status,
    type,
    page,
    limit,
  });

  return (
    <div className="page">
      <PageHeader title={t('membership.applications.title')} subtitle={t('membership.applications.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <ListSearch
            value={filters.q}
            placeholder={t('membership.applications.searchPlaceholder')}
            onSearch={(q) => setFilters({ q })}
          />
          <Select
            aria-label={t('membership.applications.columns.status')}
            value={status}
            onChange={(next: string) => setFilters({ status: next === 'pending' ? undefined : next })}
            options={[
              ...MEMBERSHIP_APPLICATION_STATUSES.map((value) => ({
                value,
                label: t(`enums.applicationStatus.${value}`),
              })),
              { value: ALL, label: t('membership.applications.allStatuses') },
            ]}
            style={{ width: 180 }}
          />
          <Select
            allowClear
            aria-label={t('membership.applications.columns.type')}
            placeholder={t('membership.applications.columns.type')}
            value={type}
            onChange={(type?: string) => setFilters({ type })}
            options={MEMBER_ORGANIZATION_TYPES.map((type) => ({
              value: type,
              label: t(`enums.organizationType.${type}`),
            }))}
            style={{ width: 220 }}
          />
        </Flex>
        <ApiErrorAlert error={list.error} />
        <ApplicationsTable data={list.data} loading={list.isFetching} onPage={setPage} onOpen={setOpen} />
      </Card>
      {open ? <ApplicationDrawer application={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
