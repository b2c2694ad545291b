import type { Paginated, ParkDto } from '@alliance/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { countryName, pickName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { formatUsd } from '../format';
import { ParkStatusTag } from './ParkStatusTag';
import { SectorTags } from './SectorTags';

interface Props {
  data: Paginated<ParkDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
}

/** The other language's name under the reader's, when the park has both. */
function otherName(park: ParkDto, language: string | undefined): string | null {
  if (!park.nameEn || !park.nameZh) return null;
  return language === 'zh' ? park.nameEn : park.nameZh;
}

export function ParksTable({ data, loading, onPage }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage;
  const stop = (event: React.MouseEvent) => event.stopPropagation();

  const columns: TableColumnsType<ParkDto> = [
    {
      key: 'name',
      title: t('parks.fields.name'),
      width: 230,
      render: (_, park) => (
        <div>
          <Link to={`/parks/${park.id}`} onClick={stop}>
            {pickName(park, language)}
          </Link>
          {otherName(park, language) ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {otherName(park, language)}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      key: 'operator',
      title: t('parks.fields.operator'),
      width: 190,
      render: (_, park) => (
        <Link to={`/organizations/${park.organizationId}`} onClick={stop}>
          {pickName(park.organization, language)}
        </Link>
      ),
    },
    {
      key: 'country',
      title: t('parks.fields.country'),
      width: 120,
      render: (_, park) => (
        <div>
          {countryName(park.country, language)}
          {park.city ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {park.city}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      key: 'sectors',
      title: t('parks.fields.sectors'),
      width: 210,
      render: (_, park) => <SectorTags sectors={park.sectors} />,
    },
    {
      key: 'status',
      title: t('parks.fields.status'),
      width: 110,
      render: (_, park) => <ParkStatusTag status={park.status} />,
    },
    {
      key: 'investment',
      title: t('parks.fields.investmentUsd'),
      width: 110,
      align: 'right',
      render: (_, park) => (
        <span title={park.investmentUsd ? formatUsd(park.investmentUsd, language, t) : undefined}>
          {formatUsd(park.investmentUsd, language, t, true)}
        </span>
      ),
    },
  ];

  return (
    <Table<ParkDto>
      data-testid="parks-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 970 }}
      tableLayout="fixed"
      onRow={(park) => ({ onClick: () => void navigate(`/parks/${park.id}`), style: { cursor: 'pointer' } })}
      pagination={tablePagination(data, onPage, t)}
      locale={{ emptyText: t('directory.list.empty') }}
    />
  );
}
