import type {
  CooperationAudience,
  CooperationProjectKind,
  CooperationProjectStatus,
  DealStage,
  ExpressionStatus,
} from '@alliance/contracts';
import { ExperimentOutlined, GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const KIND_COLORS: Record<CooperationProjectKind, string> = {
  seeking_investment: 'blue',
  seeking_partner: 'purple',
  offering_capacity: 'green',
  procurement: 'orange',
};

const STATUS_COLORS: Record<CooperationProjectStatus, string> = {
  draft: 'default',
  in_review: 'gold',
  open: 'green',
  in_talks: 'blue',
  closed: 'default',
};

const EXPRESSION_COLORS: Record<ExpressionStatus, string> = {
  open: 'gold',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'default',
  lapsed: 'default',
};

const STAGE_COLORS: Record<DealStage, string> = {
  contact: 'default',
  site_visit: 'cyan',
  negotiation: 'blue',
  agreement_signed: 'geekblue',
  investment_made: 'green',
  lost: 'red',
};

const TAG = { marginInlineEnd: 0 } as const;

export function KindTag({ kind }: { kind: CooperationProjectKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={TAG} data-testid="project-kind" data-kind={kind}>
      {t(`cooperation.kind.${kind}`)}
    </Tag>
  );
}

export function ProjectStatusTag({ status }: { status: CooperationProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={TAG} data-testid="project-status" data-status={status}>
      {t(`cooperation.status.${status}`)}
    </Tag>
  );
}

export function ExpressionStatusTag({ status }: { status: ExpressionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={EXPRESSION_COLORS[status]} style={TAG} data-testid="expression-status" data-status={status}>
      {t(`cooperation.expressionStatus.${status}`)}
    </Tag>
  );
}

export function DealStageTag({ stage }: { stage: DealStage }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} style={TAG} data-testid="deal-stage" data-stage={stage}>
      {t(`cooperation.stage.${stage}`)}
    </Tag>
  );
}

/** Who reads the project: members only, or visitors too (who see its summary). */
export function AudienceTag({ audience }: { audience: CooperationAudience }) {
  const { t } = useTranslation();
  return (
    <Tag
      icon={audience === 'public' ? <GlobalOutlined /> : <LockOutlined />}
      color={audience === 'public' ? undefined : 'gold'}
      style={TAG}
      data-testid="project-audience"
    >
      {t(`cooperation.audience.${audience}`)}
    </Tag>
  );
}

/** Demo records say they are sample data. */
export function SampleTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<ExperimentOutlined />} variant="filled" style={TAG} data-testid="sample-tag">
      {t('cooperation.sample')}
    </Tag>
  );
}
