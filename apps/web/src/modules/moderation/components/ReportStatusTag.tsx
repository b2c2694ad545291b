import type { ReportStatus } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ReportStatus, string> = { open: 'gold', dismissed: 'default', actioned: 'red' };

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="report-status-tag">
      {t(`moderation.reportStatus.${status}`)}
    </Tag>
  );
}
