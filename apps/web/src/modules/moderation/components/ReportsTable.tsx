import {
  canMove,
  POST_TRANSITIONS,
  REPORT_TRANSITIONS,
  type Paginated,
  type PostReportDto,
  type ReportStatus,
  htmlLang,
  pickTitle,
  readerLanguage,
} from '@alliance/contracts';
import { CloseOutlined, DeleteOutlined } from '@ant-design/icons';
import { Badge, Button, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';
import { tablePagination } from '../../../lib/pagination';
import { LanguageMarker, PostKindTag } from '../../posts/components/PostTags';
import { ReportStatusTag } from './ReportStatusTag';

interface Props {
  status: ReportStatus;
  data: Paginated<PostReportDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  onRemove: (report: PostReportDto) => void;
  onDismiss: (report: PostReportDto) => void;
}

/** The reports of one status, each with its post; open ones with the two decisions the secretariat can take. */
export function ReportsTable({ status, data, loading, onPage, onRemove, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);

  const decisions = (report: PostReportDto) => (
    <Space orientation="vertical" size={8}>
      {canMove(POST_TRANSITIONS, 'remove', report.post.status) ? (
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          onClick={() => onRemove(report)}
          data-testid="report-remove"
        >
          {t('moderation.remove.rowButton')}
        </Button>
      ) : null}
      <Button size="small" icon={<CloseOutlined />} onClick={() => onDismiss(report)} data-testid="report-dismiss">
        {t('moderation.dismiss.button')}
      </Button>
    </Space>
  );

  const columns: TableColumnsType<PostReportDto> = [
    {
      key: 'post',
      title: t('moderation.columns.post'),
      width: 220,
      render: (_, report) => {
        const title = pickTitle(report.post, reader);
        return (
          <Space orientation="vertical" size={2}>
            <Link to={`/posts/${report.postId}`} lang={htmlLang(title.language)} data-testid="report-post-link">
              {title.text}
            </Link>
            <Typography.Text type="secondary" data-testid="report-post-organization">
              {pickName(report.post.organization, language)}
            </Typography.Text>
            <Space size={4} wrap>
              <PostKindTag kind={report.post.kind} />
              {title.fallback ? <LanguageMarker language={title.language} /> : null}
            </Space>
          </Space>
        );
      },
    },
    {
      key: 'reporter',
      title: t('moderation.columns.reporter'),
      width: 150,
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
      render: (_, report) => (
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: true, symbol: t('moderation.more') }}
        >
          {report.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'reportedAt',
      title: t('moderation.columns.reportedAt'),
      width: 120,
      render: (_, report) => formatDate(report.createdAt, language, true),
    },
    {
      key: 'reportsOnPost',
      title: t('moderation.columns.reportsOnPost'),
      width: 90,
      align: 'center',
      render: (_, report) => (
        <Tooltip title={t('moderation.reportsOnPostHint')}>
          <Badge
            showZero
            count={report.openReportsOnPost}
            color={report.openReportsOnPost > 1 ? 'red' : 'gold'}
            data-testid="report-count"
          />
        </Tooltip>
      ),
    },
    {
      key: 'status',
      title: t('moderation.columns.status'),
      width: 100,
      render: (_, report) => <ReportStatusTag status={report.status} />,
    },
    status === 'open'
      ? {
          key: 'actions',
          title: t('common.actions'),
          width: 140,
          // Rows of the previous status stay on screen while the next one loads: no decision on those.
          render: (_, report) => (canMove(REPORT_TRANSITIONS, 'dismiss', report.status) ? decisions(report) : null),
        }
      : {
          key: 'resolution',
          title: t('moderation.columns.resolution'),
          render: (_, report) => (
            <div>
              {report.resolutionNote ? <div style={{ whiteSpace: 'pre-wrap' }}>{report.resolutionNote}</div> : null}
              <Typography.Text type="secondary">{formatDate(report.resolvedAt, language, true)}</Typography.Text>
            </div>
          ),
        },
  ];

  return (
    <div data-testid="reports-table">
      <Table<PostReportDto>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 1000 }}
        pagination={tablePagination(data, onPage, t)}
        locale={{ emptyText: t(`moderation.empty.${status}`) }}
      />
    </div>
  );
}
