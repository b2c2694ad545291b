import type { RiskAlertCategory, RiskAlertSeverity, RiskAlertStatus } from '@alliance/contracts';
import { ExclamationCircleOutlined, InfoCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITY_COLORS, STATUS_COLORS } from '../severity';

const SEVERITY_ICONS: Record<RiskAlertSeverity, React.ReactNode> = {
  info: <InfoCircleOutlined aria-hidden />,
  warning: <WarningOutlined aria-hidden />,
  critical: <ExclamationCircleOutlined aria-hidden />,
};

/** A severity by its colour, its icon and its name written out (the colour is never the only cue). */
export function SeverityTag({ severity }: { severity: RiskAlertSeverity }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'critical' ? 'solid' : undefined}
      icon={SEVERITY_ICONS[severity]}
      data-testid="alert-severity"
      data-severity={severity}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`riskAlerts.severity.${severity}`)}
    </Tag>
  );
}

export function AlertStatusTag({ status }: { status: RiskAlertStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="alert-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`riskAlerts.status.${status}`)}
    </Tag>
  );
}

export function CategoryTag({ category }: { category: RiskAlertCategory }) {
  const { t } = useTranslation();
  return (
    <Tag bordered={false} color="geekblue" style={{ marginInlineEnd: 0 }}>
      {t(`riskAlerts.category.${category}`)}
    </Tag>
  );
}
