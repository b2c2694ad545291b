import type { RiskAlertDto, RiskAlertReportRowDto } from '@alliance/contracts';
import { BellOutlined, CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useErrorToast } from '../../../components/useErrorToast';
import { formatDate, formatNumber, pickName } from '../../../lib/names';
import { useAlertReport, useRemind } from '../api';

/**
 * The secretariat's view of an alert's reach: every exposed organization, why, how many of its
 * people it reached, and whether (and by whom) it acknowledged; the ones that have not can be reminded.
 */
export function AlertReport({ alert }: { alert: RiskAlertDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const toast = useErrorToast();
  const report = useAlertReport(alert.id, true);
  const remind = useRemind(alert.id);
  const canRemind = alert.actions.includes('remind');

  const sendReminders = () =>
    remind.mutate(undefined, {
      onSuccess: ({ reminded }) => void message.success(t('riskAlerts.report.reminded', { count: reminded })),
      onError: toast,
    });

  const columns: TableColumnsType<RiskAlertReportRowDto> = [
    {
      key: 'organization',
      title: t('riskAlerts.report.columns.organization'),
      render: (_, row) => (
        <Link to={`/organizations/${row.organization.id}`}>{pickName(row.organization, language)}</Link>
      ),
    },
    {
      key: 'reasons',
      title: t('riskAlerts.report.columns.reasons'),
      render: (_, row) => row.reasons.map((reason) => t(`riskAlerts.exposure.${reason}`)).join(', '),
    },
    {
      key: 'users',
      title: t('riskAlerts.report.columns.usersReached'),
      align: 'right',
      width: 130,
      render: (_, row) => formatNumber(row.usersReached, language),
    },
    {
      key: 'acknowledged',
      title: t('riskAlerts.report.columns.acknowledged'),
      render: (_, row) =>
        row.acknowledgedAt ? (
          <div data-testid="report-acknowledged">
            <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} style={{ marginInlineEnd: 0 }}>
              {formatDate(row.acknowledgedAt, language, true)}
            </Tag>
            {row.acknowledgedByName ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {row.acknowledgedByName}
              </Typography.Text>
            ) : null}
            {row.note ? (
              <Typography.Paragraph className="alert-text" style={{ margin: '4px 0 0', fontSize: 13 }}>
                {row.note}
              </Typography.Paragraph>
            ) : null}
          </div>
        ) : (
          <Tag color="orange" icon={<ClockCircleOutlined aria-hidden />} data-testid="report-not-acknowledged">
            {t('riskAlerts.report.notYet')}
          </Tag>
        ),
    },
    {
      key: 'reminded',
      title: t('riskAlerts.report.columns.remindedAt'),
      width: 170,
      render: (_, row) => (row.remindedAt ? formatDate(row.remindedAt, language, true) : '—'),
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={2} className="alert-section-title">
          {t('riskAlerts.report.title')}
        </Typography.Title>
      }
      extra={
        canRemind ? (
          <Button icon={<BellOutlined />} onClick={sendReminders} loading={remind.isPending} data-testid="alert-remind">
            {t('riskAlerts.report.remind')}
          </Button>
        ) : null
      }
      data-testid="alert-report"
    >
      <ApiErrorAlert error={report.error} />
      {report.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : report.data ? (
        <>
          <dl className="alert-report-figures" data-testid="report-totals">
            {(
              [
                ['usersReached', report.data.usersReached],
                ['followersReached', report.data.followersReached],
                ['acknowledged', report.data.acknowledged],
                ['unacknowledged', report.data.unacknowledged],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="alert-report-figure" data-testid={`report-${key}`}>
                <dt>{t(`riskAlerts.report.totals.${key}`)}</dt>
                <dd>{formatNumber(value, language)}</dd>
              </div>
            ))}
          </dl>
          {remind.data ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('riskAlerts.report.reminded', { count: remind.data.reminded })}
              data-testid="report-reminded"
            />
          ) : null}
          <Table<RiskAlertReportRowDto>
            rowKey={(row) => row.organization.id}
            columns={columns}
            dataSource={report.data.organizations}
            pagination={false}
            size="small"
            scroll={{ x: 760 }}
            locale={{ emptyText: t('riskAlerts.report.empty') }}
            data-testid="report-table"
          />
        </>
      ) : null}
    </Card>
  );
}
