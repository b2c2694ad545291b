import type { MembershipApplicationStatus } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<MembershipApplicationStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

export function ApplicationStatusTag({ status }: { status: MembershipApplicationStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enums.applicationStatus.${status}`)}</Tag>;
}
