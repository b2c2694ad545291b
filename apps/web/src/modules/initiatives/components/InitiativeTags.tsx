import type { InitiativeStatus } from '@alliance/contracts';
import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOR: Record<InitiativeStatus, string> = { draft: 'default', open_for_endorsement: 'green', closed: 'blue' };

export function InitiativeStatusTag({ status, scheduled }: { status: InitiativeStatus; scheduled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="initiative-status">
      {scheduled && status === 'draft' ? t('initiatives.status.scheduled') : t(`initiatives.status.${status}`)}
    </Tag>
  );
}

/** Signatories against the target (or the count alone when there is no target). */
export function InitiativeProgress({ endorsements, target }: { endorsements: number; target: number | null }) {
  const { t } = useTranslation();
  const label = target
    ? t('initiatives.progress.ofTarget', { count: endorsements, target })
    : t('initiatives.progress.count', { count: endorsements });
  return (
    <div data-testid="initiative-progress">
      {target ? (
        <Progress
          percent={Math.min(100, Math.round((endorsements / target) * 100))}
          aria-label={label}
          showInfo={false}
          strokeColor="#237804"
        />
      ) : null}
      <span>{label}</span>
    </div>
  );
}
