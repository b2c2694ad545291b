import type { ServiceRequestStatus } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ServiceRequestStatus, string> = {
  requested: 'blue',
  accepted: 'gold',
  delivered: 'green',
  declined: 'default',
};

export function ServiceRequestStatusTag({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="service-request-status" data-status={status}>
      {t(`agreementServices.status.${status}`)}
    </Tag>
  );
}
