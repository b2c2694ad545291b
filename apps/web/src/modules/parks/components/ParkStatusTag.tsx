import type { ParkStatus } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ParkStatus, string> = {
  planning: 'blue',
  under_construction: 'orange',
  operating: 'green',
};

export function ParkStatusTag({ status }: { status: ParkStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`enums.parkStatus.${status}`)}</Tag>;
}
