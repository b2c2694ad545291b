import type { OrganizationDto, Paginated } from '@alliance/contracts';
import { StarFilled } from '@ant-design/icons';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { tablePagination } from '../../../lib/pagination';
import { Link, useNavigate } from 'react-router';
import { StatusTag } from '../../../components/StatusTag';
import { countryName, formatDate, useLocalizedName } from '../../../lib/names';
import { OrganizationActions } from './OrganizationActions';

interface Props {
  data: Paginated<OrganizationDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  onEdit: (organization: OrganizationDto) => void;
}

export function OrganizationsTable({ data, loading, onPage, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const nameOf = useLocalizedName();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<OrganizationDto> = [
    {
      key: 'name',
      title: t('organizations.fields.name'),
      render: (_, org) => (
        <span>
          <Link to={`/admin/organizations/${org.id}`} onClick={(event) => event.stopPropagation()}>
            {nameOf(org)}
          </Link>
          {org.foundingMember ? (
            <Tooltip title={t('organizations.fields.foundingMember')}>
              <StarFilled
                style={{ color: '#d4a017', marginInlineStart: 8 }}
                aria-label={t('organizations.fields.foundingMember')}
              />
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    { key: 'type', title: t('organizations.fields.type'), render: (_, org) => t(`enums.organizationType.${org.type}`) },
    {
      key: 'country',
      title: t('organizations.fields.country'),
      render: (_, org) => countryName(org.country, language),
    },
    {
      key: 'status',
      title: t('organizations.fields.status'),
      render: (_, org) => <StatusTag kind="membershipStatus" value={org.status} />,
    },
    {
      key: 'memberSince',
      title: t('organizations.fields.memberSince'),
      width: 130,
      render: (_, org) => formatDate(org.memberSince, language),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 220,
      render: (_, org) => <OrganizationActions organization={org} onEdit={() => onEdit(org)} />,
    },
  ];

  return (
    <Table<OrganizationDto>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1000 }}
      onRow={(org) => ({
        onClick: () => void navigate(`/admin/organizations/${org.id}`),
        style: { cursor: 'pointer' },
      })}
      pagination={tablePagination(data, onPage, t)}
    />
  );
}
