import type { Paginated } from '@alliance/contracts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { tablePagination } from '../../../lib/pagination';
import { StatusTag } from '../../../components/StatusTag';
import { formatDate, pickName } from '../../../lib/names';
import type { UserListItem } from '../api';
import { UserActions } from './UserActions';

interface Props {
  data: Paginated<UserListItem> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  /** The organization column is left out where all rows share one organization. */
  showOrganization?: boolean;
}

export function UsersTable({ data, loading, onPage, showOrganization = true }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<UserListItem> = [
    { key: 'name', title: t('users.fields.name'), render: (_, user) => user.displayName },
    { key: 'email', title: t('users.fields.email'), width: 210, render: (_, user) => user.email },
    ...(showOrganization
      ? [
          {
            key: 'organization',
            title: t('users.fields.organization'),
            render: (_: unknown, user: UserListItem) =>
              pickName({ nameEn: user.organizationNameEn, nameZh: user.organizationNameZh }, language),
          },
        ]
      : []),
    {
      key: 'role',
      title: t('users.fields.role'),
      width: 120,
      render: (_, user) => (
        <Tag color={user.orgRole === 'admin' ? 'geekblue' : undefined}>{t(`enums.orgRole.${user.orgRole}`)}</Tag>
      ),
    },
    {
      key: 'status',
      title: t('users.fields.status'),
      width: 90,
      render: (_, user) => <StatusTag kind="userStatus" value={user.status} />,
    },
    {
      key: 'lastLogin',
      title: t('users.fields.lastLogin'),
      width: 120,
      render: (_, user) => formatDate(user.lastLoginAt, language),
    },
    { key: 'actions', title: t('common.actions'), width: 200, render: (_, user) => <UserActions user={user} /> },
  ];

  return (
    <Table<UserListItem>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1000 }}
      pagination={tablePagination(data, onPage, t)}
    />
  );
}
