import type { PostReportDto } from '@alliance/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../lib/names';
import { ReportStatusTag } from './ReportStatusTag';

/** Every report of one post, oldest first, with how each was decided. */
export function PostReportsTable({ reports, loading }: { reports: PostReportDto[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<PostReportDto> = [
    {
      key: 'reporter',
      title: t('moderation.columns.reporter'),
      width: 200,
      render: (_, report) => (
        <div>
          <div>{report.reporterName ?? '—'}</div>
          <Typography.Text type="secondary">{pickName(report.reporterOrganization, language)}</Typography.Text>
        </div>
      ),
    },
    {
      key: 'reason',
      title: t('moderation.columns.reason'),
      render: (_, report) => <span style={{ whiteSpace: 'pre-wrap' }}>{report.reason}</span>,
    },
    {
      key: 'reportedAt',
      title: t('moderation.columns.reportedAt'),
      width: 170,
      render: (_, report) => formatDate(report.createdAt, language, true),
    },
    {
      key: 'status',
      title: t('moderation.columns.status'),
      width: 110,
      render: (_, report) => <ReportStatusTag status={report.status} />,
    },
    {
      key: 'resolution',
      title: t('moderation.columns.resolution'),
      width: 240,
      render: (_, report) =>
        report.resolvedAt ? (
          <div>
            {report.resolutionNote ? <div style={{ whiteSpace: 'pre-wrap' }}>{report.resolutionNote}</div> : null}
            <Typography.Text type="secondary">{formatDate(report.resolvedAt, language, true)}</Typography.Text>
          </div>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<PostReportDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={reports}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('moderation.history.empty') }}
    />
  );
}
