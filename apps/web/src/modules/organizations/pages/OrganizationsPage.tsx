import type { OrganizationDto } from '@alliance/contracts';
import { MEMBERSHIP_STATUSES, ORGANIZATION_TYPES } from '@alliance/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { useOrganizations } from '../api';
import { ExportOrganizationsButton } from '../components/ExportOrganizationsButton';
import { OrganizationFormModal } from '../components/OrganizationFormModal';
import { OrganizationsTable } from '../components/OrganizationsTable';
import { useOrganizationListParams } from '../useOrganizationListParams';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const ability = useAbility();
  const { filter: query, page, limit, setFilters, setPage } = useOrganizationListParams();
  const [editing, setEditing] = useState<OrganizationDto | 'new' | null>(null);
  const list = useOrganizations({ ...query, page, limit });

  return (
    <div className="page">
      <PageHeader
        title={t('organizations.title')}
        subtitle={t('organizations.subtitle')}
        extra={
          <>
            <ExportOrganizationsButton filters={query} />
            {ability.can('create', 'Organization') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('organizations.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <ListSearch
            value={query.q}
            placeholder={t('organizations.searchPlaceholder')}
            onSearch={(q) => setFilters({ q })}
          />
          <Select
            allowClear
            aria-label={t('organizations.fields.type')}
            placeholder={t('organizations.fields.type')}
            value={query.type}
            onChange={(type?: string) => setFilters({ type })}
            options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`enums.organizationType.${type}`) }))}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            aria-label={t('organizations.fields.status')}
            placeholder={t('organizations.fields.status')}
            value={query.status}
            onChange={(status?: string) => setFilters({ status })}
            options={MEMBERSHIP_STATUSES.map((status) => ({
              value: status,
              label: t(`enums.membershipStatus.${status}`),
            }))}
            style={{ width: 180 }}
          />
          <CountrySelect
            allowClear
            aria-label={t('organizations.fields.country')}
            placeholder={t('organizations.fields.country')}
            value={query.country}
            onChange={(country?: string) => setFilters({ country })}
            style={{ width: 240 }}
          />
        </Flex>
        <ApiErrorAlert error={list.error} />
        <OrganizationsTable
          data={list.data}
          loading={list.isFetching}
          onPage={setPage}
          onEdit={(organization) => setEditing(organization)}
        />
      </Card>
      {editing ? (
        <OrganizationFormModal
          organization={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
