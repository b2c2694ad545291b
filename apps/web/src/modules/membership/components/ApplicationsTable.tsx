import type { MembershipApplicationDto, Paginated } from '@alliance/contracts';
import { WarningFilled } from '@ant-design/icons';
import { Button, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName, formatDate, useLocalizedName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { ApplicationStatusTag } from './ApplicationStatusTag';

interface Props {
  data: Paginated<MembershipApplicationDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  onOpen: (application: MembershipApplicationDto) => void;
}

export function ApplicationsTable({ data, loading, onPage, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const nameOf = useLocalizedName();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<MembershipApplicationDto> = [
    {
      key: 'reference',
      title: t('membership.applications.columns.reference'),
      width: 150,
      render: (_, app) => (
        // A real button, so the drawer opens from the keyboard too.
        <Button
          type="link"
          size="small"
          style={{ padding: 0, fontFamily: 'monospace' }}
          aria-label={t('membership.applications.open', { reference: app.reference })}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(app);
          }}
        >
          {app.reference}
        </Button>
      ),
    },
    {
      key: 'organization',
      title: t('membership.applications.columns.organization'),
      render: (_, app) => {
        const similar = app.similarOrganizations ?? [];
        const tooltip = t('membership.applications.similarTooltip', { names: similar.map(nameOf).join(', ') });
        return (
          <span>
            {nameOf(app)}
            {similar.length > 0 ? (
              <Tooltip title={tooltip}>
                <WarningFilled role="img" aria-label={tooltip} style={{ color: '#d48806', marginInlineStart: 8 }} />
              </Tooltip>
            ) : null}
          </span>
        );
      },
    },
    {
      key: 'type',
      title: t('membership.applications.columns.type'),
      render: (_, app) => t(`enums.organizationType.${app.type}`),
    },
    {
      key: 'country',
      title: t('membership.applications.columns.country'),
      render: (_, app) => countryName(app.country, language),
    },
    {
      key: 'contact',
      title: t('membership.applications.columns.contact'),
      render: (_, app) => (
        <div>
          <div>{app.contactName}</div>
          <Typography.Text type="secondary">{app.contactEmail}</Typography.Text>
        </div>
      ),
    },
    {
      key: 'submitted',
      title: t('membership.applications.columns.submitted'),
      width: 170,
      render: (_, app) => formatDate(app.createdAt, language, true),
    },
    {
      key: 'status',
      title: t('membership.applications.columns.status'),
      width: 110,
      render: (_, app) => <ApplicationStatusTag status={app.status} />,
    },
  ];

  return (
    <div data-testid="applications-table">
      <Table<MembershipApplicationDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 1000 }}
        onRow={(app) => ({ onClick: () => onOpen(app), style: { cursor: 'pointer' } })}
        pagination={tablePagination(data, onPage, t)}
      />
    </div>
  );
}
