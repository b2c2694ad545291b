import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  active: 'green',
  applicant: 'blue',
  invited: 'blue',
  suspended: 'orange',
  disabled: 'default',
  withdrawn: 'default',
};

/** A status of an enum under `enums.<kind>.<value>`, coloured by what it means. */
export function StatusTag({ kind, value }: { kind: 'membershipStatus' | 'userStatus'; value: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[value] ?? 'default'}>{t(`enums.${kind}.${value}`)}</Tag>;
}
