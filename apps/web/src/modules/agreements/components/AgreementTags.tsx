import type { AgreementKind, AgreementStatus, CommitmentStatus } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<AgreementStatus, string> = {
  draft: 'default',
  negotiating: 'blue',
  signed: 'cyan',
  active: 'green',
  expired: 'default',
  terminated: 'red',
};

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="agreement-status">
      {t(`agreements.status.${status}`)}
    </Tag>
  );
}

export function AgreementKindTag({ kind }: { kind: AgreementKind }) {
  const { t } = useTranslation();
  return <Tag data-testid="agreement-kind">{t(`agreements.kind.${kind}`)}</Tag>;
}

const COMMITMENT_COLORS: Record<CommitmentStatus, string> = { open: 'blue', done: 'green', waived: 'default' };

export function CommitmentStatusTag({ status, overdue }: { status: CommitmentStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COMMITMENT_COLORS[status]} data-testid="commitment-status">
        {t(`agreements.commitmentStatus.${status}`)}
      </Tag>
      {overdue ? (
        <Tag color="red" data-testid="commitment-overdue">
          {t('agreements.commitments.overdue')}
        </Tag>
      ) : null}
    </>
  );
}

export function SampleTag() {
  const { t } = useTranslation();
  return <Tag color="gold">{t('agreements.sample')}</Tag>;
}
