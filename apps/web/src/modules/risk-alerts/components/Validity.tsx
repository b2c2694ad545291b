import type { RiskAlertSummaryDto } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';

/** "Valid from 3 Dec 2026 until 10 Dec 2026", or "until further notice". */
export function Validity({ alert }: { alert: Pick<RiskAlertSummaryDto, 'validFrom' | 'validUntil'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const from = formatDate(alert.validFrom, language, true);
  return (
    <span data-testid="alert-validity">
      {alert.validUntil
        ? t('riskAlerts.validity.range', { from, until: formatDate(alert.validUntil, language, true) })
        : t('riskAlerts.validity.open', { from })}
    </span>
  );
}
