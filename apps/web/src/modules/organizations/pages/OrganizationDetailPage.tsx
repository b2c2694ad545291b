import { ArrowLeftOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { canOn, useAbility } from '../../../lib/ability';
import { useLocalizedName } from '../../../lib/names';
import { useUsers } from '../../users/api';
import { InviteUserModal } from '../../users/components/InviteUserModal';
import { UsersTable } from '../../users/components/UsersTable';
import { useOrganization } from '../api';
import { OrganizationActions } from '../components/OrganizationActions';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { OrganizationFormModal } from '../components/OrganizationFormModal';

export function OrganizationDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const ability = useAbility();
  const organization = useOrganization(id);
  const [usersPage, setUsersPage] = useState({ page: 1, limit: 20 });
  const users = useUsers({ organizationId: id, ...usersPage });
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);

  if (organization.isPending) return <PageSpinner />;
  if (organization.error) return <ErrorResult error={organization.error} onRetry={() => void organization.refetch()} />;
  const org = organization.data;

  return (
    <div className="page">
      <Link to="/admin/organizations">
        <ArrowLeftOutlined /> {t('organizations.backToList')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={nameOf(org)}
        subtitle={org.nameEn && org.nameZh ? (nameOf(org) === org.nameEn ? org.nameZh : org.nameEn) : undefined}
        extra={<OrganizationActions organization={org} onEdit={() => setEditing(true)} compact={false} />}
      />
      <Card style={{ marginBottom: 24 }}>
        <OrganizationDetails organization={org} />
      </Card>
      <Card
        title={t('organizations.usersTitle')}
        extra={
          canOn(ability, 'invite', 'User', { organizationId: org.id }) ? (
            <Button icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
              {t('users.invite.button')}
            </Button>
          ) : null
        }
      >
        <ApiErrorAlert error={users.error} />
        <UsersTable
          data={users.data}
          loading={users.isFetching}
          showOrganization={false}
          onPage={(page, limit) => setUsersPage({ page, limit })}
        />
      </Card>
      {editing ? <OrganizationFormModal organization={org} onClose={() => setEditing(false)} /> : null}
      {inviting ? <InviteUserModal organizationId={org.id} onClose={() => setInviting(false)} /> : null}
    </div>
  );
}
