import type { UserStatus } from '@alliance/contracts';
import { USER_STATUSES } from '@alliance/contracts';
import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ListSearch } from '../../../components/ListSearch';
import { PageHeader } from '../../../components/PageHeader';
import { canAcrossOrganizations, useAbility } from '../../../lib/ability';
import { useListParams } from '../../../lib/useListParams';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';
import { useUsers } from '../api';
import { InviteUserModal } from '../components/InviteUserModal';
import { UsersTable } from '../components/UsersTable';

const FILTERS = ['q', 'status', 'organizationId'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const ability = useAbility();
  const acrossOrganizations = canAcrossOrganizations(ability, 'read', 'User');
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const [inviting, setInviting] = useState(false);
  const list = useUsers({
    q: filters.q,
    status: filters.status as UserStatus | undefined,
    organizationId: acrossOrganizations ? filters.organizationId : undefined,
    page,
    limit,
  });

  return (
    <div className="page">
      <PageHeader
        title={t('users.title')}
        subtitle={acrossOrganizations ? t('users.subtitleAll') : t('users.subtitleOwn')}
        extra={
          ability.can('invite', 'User') ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
              {t('users.invite.button')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <ListSearch
            value={filters.q}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(q) => setFilters({ q })}
          />
          {acrossOrganizations ? (
            <OrganizationSelect
              allowClear
              aria-label={t('users.fields.organization')}
              value={filters.organizationId}
              onChange={(organizationId) => setFilters({ organizationId })}
              style={{ width: 300, maxWidth: '100%' }}
            />
          ) : null}
          <Select
            allowClear
            aria-label={t('users.fields.status')}
            placeholder={t('users.fields.status')}
            value={filters.status}
            onChange={(status?: string) => setFilters({ status })}
            options={USER_STATUSES.map((status) => ({ value: status, label: t(`enums.userStatus.${status}`) }))}
            style={{ width: 160 }}
          />
        </Flex>
        <ApiErrorAlert error={list.error} />
        <UsersTable data={list.data} loading={list.isFetching} onPage={setPage} />
      </Card>
      {inviting ? <InviteUserModal onClose={() => setInviting(false)} /> : null}
    </div>
  );
}
