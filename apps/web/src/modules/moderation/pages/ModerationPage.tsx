import { REPORT_STATUSES, type PostReportDto } from '@alliance/contracts';
import { Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useReports } from '../api';
import { DismissReportModal } from '../components/DismissReportModal';
import { RemovePostModal } from '../components/RemovePostModal';
import { ReportsTable } from '../components/ReportsTable';

const FILTERS = ['status'] as const;

/** The open reports are the work to do: no status in the address (or an unknown one) means those. */
const DEFAULT_STATUS = 'open';

/** The secretariat's queue of reported posts: remove the post or dismiss the report. */
export function ModerationPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTERS);
  const status = oneOf(REPORT_STATUSES, filters.status) ?? DEFAULT_STATUS;
  const list = useReports({ status, page, limit });
  const [removing, setRemoving] = useState<PostReportDto | null>(null);
  const [dismissing, setDismissing] = useState<PostReportDto | null>(null);

  return (
    <div className="page" data-testid="moderation-page">
      <PageHeader title={t('moderation.title')} subtitle={t('moderation.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented
            aria-label={t('moderation.columns.status')}
            data-testid="report-status-filter"
            value={status}
            onChange={(next: string) => setFilters({ status: next === DEFAULT_STATUS ? undefined : next })}
            options={REPORT_STATUSES.map((value) => ({ value, label: t(`moderation.reportStatus.${value}`) }))}
          />
        </Flex>
        <ApiErrorAlert error={list.error} />
        <ReportsTable
          status={status}
          data={list.data}
          loading={list.isFetching}
          onPage={setPage}
          onRemove={setRemoving}
          onDismiss={setDismissing}
        />
      </Card>
      {removing ? <RemovePostModal post={removing.post} onClose={() => setRemoving(null)} /> : null}
      {dismissing ? <DismissReportModal report={dismissing} onClose={() => setDismissing(null)} /> : null}
    </div>
  );
}
