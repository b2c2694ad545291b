import type { Bilingual, CooperationProjectKind, DealStage } from '@alliance/contracts';

/** The columns of the secretariat's export of deals, in order. */
export const DEAL_CSV_COLUMNS = [
  'projectTitleEn',
  'projectTitleZh',
  'kind',
  'country',
  'sectors',
  'owner',
  'partner',
  'stage',
  'stageChangedOn',
  'openedOn',
  'projectSizeUsd',
  'investedUsd',
  'investedOn',
  'lostReason',
] as const;
export type DealCsvColumn = (typeof DEAL_CSV_COLUMNS)[number];

export const DEAL_CSV_HEADERS: Record<DealCsvColumn, Bilingual> = {
  projectTitleEn: { en: 'Project (English)', zh: '项目（英文）' },
  projectTitleZh: { en: 'Project (Chinese)', zh: '项目（中文）' },
  kind: { en: 'Kind of project', zh: '项目类型' },
  country: { en: 'Country (ISO code)', zh: '国家（ISO 代码）' },
  sectors: { en: 'Sectors', zh: '行业' },
  owner: { en: 'Project owner', zh: '项目方' },
  partner: { en: 'Partner', zh: '合作方' },
  stage: { en: 'Stage', zh: '阶段' },
  stageChangedOn: { en: 'Stage reached on', zh: '进入该阶段日期' },
  openedOn: { en: 'Deal opened on', zh: '立项日期' },
  projectSizeUsd: { en: 'Project size (USD)', zh: '项目规模（美元）' },
  investedUsd: { en: 'Invested (USD)', zh: '实际投资（美元）' },
  investedOn: { en: 'Invested on', zh: '投资日期' },
  lostReason: { en: 'Reason lost', zh: '未成原因' },
};

export const DEAL_STAGE_LABELS: Record<DealStage, Bilingual> = {
  contact: { en: 'Contact', zh: '初步接洽' },
  site_visit: { en: 'Site visit', zh: '实地考察' },
  negotiation: { en: 'Negotiation', zh: '商务谈判' },
  agreement_signed: { en: 'Agreement signed', zh: '签署协议' },
  investment_made: { en: 'Investment made', zh: '投资落地' },
  lost: { en: 'Lost', zh: '未成' },
};

export const PROJECT_KIND_LABELS: Record<CooperationProjectKind, Bilingual> = {
  seeking_investment: { en: 'Seeking investment', zh: '寻求投资' },
  seeking_partner: { en: 'Seeking a partner', zh: '寻求合作伙伴' },
  offering_capacity: { en: 'Offering capacity', zh: '产能合作' },
  procurement: { en: 'Procurement', zh: '采购' },
};
