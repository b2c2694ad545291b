import {
  annualReportYears,
  readerLanguage,
  type AnnualReportDto,
  type AnnualReportStatus,
  type Locale,
  type RequestAnnualReportRequest,
} from '@alliance/contracts';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Progress, Radio, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { applyApiFieldErrors } from '../../../lib/forms';
import { formatDate, formatNumber } from '../../../lib/names';
import { annualReportFileUrl, useAnnualReports, useRequestAnnualReport } from '../api';

const STATUS_COLORS: Record<AnnualReportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};
const PAGE_SIZE = 20;

/** Today in the alliance's time zone (the API counts years there). */
const allianceToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const fileSize = (bytes: number, language: string | undefined) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;

/** The year form: a year of the alliance's life so far and a language; the report is then written in the background. */
function RequestForm() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<RequestAnnualReportRequest>();
  const request = useRequestAnnualReport();
  const [queued, setQueued] = useState<number | null>(null);
  const { first, last } = annualReportYears(allianceToday());
  const years = useMemo(
    () =>
      Array.from({ length: last - first + 1 }, (_, i) => last - i).map((year) => ({
        value: year,
        label: String(year),
      })),
    [first, last],
  );
  const submit = (values: RequestAnnualReportRequest) => {
    setQueued(null);
    request.mutate(values, {
      onSuccess: (report) => setQueued(report.year),
      onError: (error) => applyApiFieldErrors(form, error, t),
    });
  };
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t('annualReport.form.title')}
        </Typography.Title>
      }
    >
      <Form<RequestAnnualReportRequest>
        form={form}
        layout="inline"
        onFinish={submit}
        initialValues={{ year: Math.max(first, last - 1), language: readerLanguage(i18n.resolvedLanguage) }}
        data-testid="annual-report-form"
        style={{ rowGap: 12 }}
      >
        <Form.Item name="year" label={t('annualReport.form.year')} rules={[{ required: true }]}>
          <Select options={years} style={{ width: 120 }} data-testid="annual-report-year" />
        </Form.Item>
        <Form.Item name="language" label={t('annualReport.form.language')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="annual-report-language"
            options={(['en', 'zh'] as Locale[]).map((value) => ({
              value,
              label: t(`annualReport.language.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<FilePdfOutlined />}
            loading={request.isPending}
            data-testid="annual-report-submit"
          >
            {t('annualReport.form.submit')}
          </Button>
        </Form.Item>
      </Form>
      <div role="status" aria-live="polite">
        {queued !== null ? (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            title={t('annualReport.form.queued', { year: queued })}
            data-testid="annual-report-queued"
          />
        ) : null}
      </div>
      {request.error && !form.getFieldsError().some((f) => f.errors.length) ? (
        <div style={{ marginTop: 16 }}>
          <ApiErrorAlert error={request.error} />
        </div>
      ) : null}
    </Card>
  );
}

/** `/admin/annual-reports`: the secretariat asks for a year's report and follows it until it can be downloaded. */
export function AnnualReportsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [page, setPage] = useState(1);
  const [params] = useSearchParams();
  const highlighted = params.get('report');
  const query = useAnnualReports(page, PAGE_SIZE);
  const languageName = (report: AnnualReportDto) => t(`annualReport.language.${report.language}`);

  return (
    <div className="page" data-testid="annual-reports-page">
      <PageHeader title={t('annualReport.title')} subtitle={t('annualReport.subtitle')} />
      <Flex vertical gap={24}>
        <RequestForm />
        <Card
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
              {t('annualReport.list.title')}
            </Typography.Title>
          }
        >
          <ApiErrorAlert error={query.error} />
          <Table<AnnualReportDto>
            rowKey="id"
            dataSource={query.data?.items ?? []}
            loading={query.isPending}
            scroll={{ x: 860 }}
            data-testid="annual-reports"
            locale={{ emptyText: t('annualReport.list.empty') }}
            rowClassName={(r) => (r.id === highlighted ? 'ant-table-row-selected' : '')}
            onRow={(r) =>
              ({ 'data-testid': `annual-report-${r.year}-${r.language}`, 'data-status': r.status }) as object
            }
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: query.data?.total ?? 0,
              onChange: setPage,
              hideOnSinglePage: true,
              showSizeChanger: false,
            }}
            columns={[
              { key: 'year', title: t('annualReport.list.year'), dataIndex: 'year', width: 90 },
              {
                key: 'language',
                title: t('annualReport.list.language'),
                width: 100,
                render: (_, r) => languageName(r),
              },
              {
                key: 'status',
                title: t('annualReport.list.status'),
                width: 130,
                render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`annualReport.status.${r.status}`)}</Tag>,
              },
              {
                key: 'progress',
                title: t('annualReport.list.progress'),
                width: 260,
                render: (_, r) =>
                  r.status === 'failed' ? (
                    <Typography.Text type="danger" data-testid="annual-report-error">
                      {t('annualReport.failedBecause', { error: r.error ?? '' })}
                    </Typography.Text>
                  ) : (
                    <div>
                      <Progress
                        percent={r.progress}
                        size="small"
                        status={r.status === 'done' ? 'success' : r.status === 'running' ? 'active' : 'normal'}
                        aria-label={t('annualReport.progressLabel', { year: r.year, language: languageName(r) })}
                        aria-valuetext={`${r.progress}% · ${t(`annualReport.step.${r.step}`)}`}
                      />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`annualReport.step.${r.step}`)}
                      </Typography.Text>
                    </div>
                  ),
              },
              {
                key: 'requested',
                title: t('annualReport.list.requested'),
                width: 200,
                render: (_, r) => (
                  <div>
                    <div>{formatDate(r.requestedAt, language, true)}</div>
                    {r.requestedBy ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('annualReport.list.by', { name: r.requestedBy.name })}
                      </Typography.Text>
                    ) : null}
                  </div>
                ),
              },
              {
                key: 'file',
                title: t('annualReport.list.file'),
                width: 90,
                render: (_, r) =>
                  r.file ? (
                    <Button
                      href={annualReportFileUrl(r.id)}
                      download={r.file.fileName}
                      icon={<DownloadOutlined />}
                      aria-label={t('annualReport.list.download', {
                        year: r.year,
                        language: languageName(r),
                        size: fileSize(r.file.sizeBytes, language),
                      })}
                      data-testid="annual-report-download"
                    >
                      PDF
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
