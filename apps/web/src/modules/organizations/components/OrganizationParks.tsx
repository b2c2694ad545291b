import { DEFAULT_PAGE_LIMIT, type ParkDto, type ParkStatus } from '@alliance/contracts';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { countryName, sectorName, useLocalizedName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { useOrganizationParks } from '../api';

const STATUS_COLORS: Record<ParkStatus, string> = {
  planning: 'default',
  under_construction: 'blue',
  operating: 'green',
};

/** The parks an organization runs, a page at a time, each linking to its page in the park directory. */
export function OrganizationParks({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const nameOf = useLocalizedName();
  const [paging, setPaging] = useState({ page: 1, limit: DEFAULT_PAGE_LIMIT });
  const parks = useOrganizationParks(organizationId, paging.page, paging.limit);

  const columns: TableColumnsType<ParkDto> = [
    {
      key: 'name',
      title: t('organizations.profile.parks.name'),
      render: (_, park) => <Link to={`/parks/${park.id}`}>{nameOf(park)}</Link>,
    },
    {
      key: 'country',
      title: t('organizations.profile.parks.country'),
      render: (_, park) => countryName(park.country, language),
    },
    { key: 'city', title: t('organizations.profile.parks.city'), render: (_, park) => park.city || '—' },
    {
      key: 'status',
      title: t('organizations.profile.parks.status'),
      render: (_, park) => <Tag color={STATUS_COLORS[park.status]}>{t(`enums.parkStatus.${park.status}`)}</Tag>,
    },
    {
      key: 'sectors',
      title: t('organizations.profile.parks.sectors'),
      render: (_, park) =>
        park.sectors.length ? (
          park.sectors.map((sector) => <Tag key={sector}>{sectorName(sector, language)}</Tag>)
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <ApiErrorAlert error={parks.error} />
      <Table<ParkDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={parks.data?.items ?? []}
        loading={parks.isFetching && !parks.error}
        pagination={{
          ...tablePagination(parks.data, (page, limit) => setPaging({ page, limit }), t, paging),
          hideOnSinglePage: true,
        }}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('organizations.profile.parks.empty') }}
      />
    </>
  );
}
