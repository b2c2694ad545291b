import type {
  AgreementKind,
  AgreementStatus,
  Bilingual,
  InitiativeStatus,
  Locale,
  PostKind,
} from '@alliance/contracts';

/** The words of the annual report in each language (codes' labels beside them, the figures' names below). */
export const REPORT_TEXT = {
  en: {
    alliance: 'Jiangsu Overseas Park High-Quality Development Alliance',
    title: (year: number) => `Annual Report ${year}`,
    period: (year: number) => `1 January – 31 December ${year}`,
    generated: (day: string) => `Generated on ${day} from the data of the Alliance Portal`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    figures: 'The year in figures',
    figuresNote:
      'Counts are of the year; members at its last day; parks, enterprises, investment and jobs as the parks report them today.',
    charts: 'Charts',
    agreements: 'Partner agreements and their uptake',
    agreementsNone: 'No partner agreement was in force this year.',
    initiatives: 'Initiatives and their signatories',
    initiativesNone: 'No initiative was open for endorsement this year.',
    financing: 'Financing results',
    cooperation: 'Investment cooperation results',
    policy: "Early warning and members' issues",
    none: 'None this year.',
    dash: '–',
    colon: ': ',
  },
  zh: {
    alliance: '江苏境外园区高质量发展联盟',
    title: (year: number) => `${year}年度报告`,
    period: (year: number) => `${year}年1月1日至12月31日`,
    generated: (day: string) => `根据联盟门户数据生成于 ${day}`,
    page: (n: number, of: number) => `第 ${n} 页，共 ${of} 页`,
    figures: '年度数据',
    figuresNote: '各项数量为本年度数据；成员单位数为年末数；园区、入驻企业、投资额与就业人数为园区目前填报的数据。',
    charts: '图表',
    agreements: '合作协议及服务使用情况',
    agreementsNone: '本年度无生效的合作协议。',
    initiatives: '倡议及签署单位',
    initiativesNone: '本年度无开放签署的倡议。',
    financing: '融资服务成果',
    cooperation: '投资合作成果',
    policy: '风险预警与成员诉求',
    none: '本年度无。',
    dash: '–',
    colon: '：',
  },
} as const;

/** Names of the year's figures. */
export const FIGURE_LABELS = {
  activeMembers: { en: "Active members at the year's end", zh: '年末正常状态成员单位' },
  parks: { en: 'Parks of active members', zh: '成员单位园区' },
  hostCountries: { en: 'Host countries', zh: '东道国' },
  enterprises: { en: 'Enterprises hosted', zh: '入驻企业' },
  investment: { en: 'Investment to date (USD)', zh: '累计投资（美元）' },
  localJobs: { en: 'Local jobs created', zh: '当地就业岗位' },
  posts: { en: 'Posts published', zh: '发布信息' },
  financingAsked: { en: 'Financing requests submitted', zh: '提交融资需求' },
  financingAccepted: { en: 'Offers accepted', zh: '接受融资方案' },
  shareWithOffer: { en: 'Requests that received an offer', zh: '获得报价的需求占比' },
  deals: { en: 'Cooperation deals opened', zh: '新开启合作交易' },
  invested: { en: 'Investment recorded on deals (USD)', zh: '合作交易投资额（美元）' },
  serviceRequests: { en: 'Agreement services requested', zh: '协议服务申请' },
  servicesDelivered: { en: 'Agreement services delivered', zh: '协议服务已交付' },
  signatories: { en: 'Initiative endorsements signed', zh: '倡议新增签署' },
  alerts: { en: 'Risk alerts issued', zh: '发布风险预警' },
  acknowledgements: { en: 'Alert acknowledgements', zh: '预警确认' },
  issueCases: { en: "Members' issue cases opened", zh: '新立成员诉求案件' },
  issueCasesAnswered: { en: 'Issue cases answered', zh: '已获答复的诉求案件' },
} as const satisfies Record<string, Bilingual>;

/** Titles of the charts and the columns of the tables. */
export const CHART_LABELS = {
  members: {
    en: "Active member organizations at each quarter's end, by type",
    zh: '各季度末正常状态成员单位（按类型）',
  },
  posts: { en: 'Posts published per month, by kind', zh: '每月发布信息（按类别）' },
  financing: {
    en: 'Financing requests submitted and offers accepted per quarter',
    zh: '各季度提交的融资需求与接受的方案',
  },
  asked: { en: 'Requests submitted', zh: '提交需求' },
  accepted: { en: 'Offers accepted', zh: '接受方案' },
  deals: { en: 'Cooperation deals opened in the year, by stage reached', zh: '本年度开启的合作交易（按所处阶段）' },
  hostCountries: { en: 'Parks of active members by host country', zh: '成员单位园区（按东道国）' },
  signatories: { en: "Initiative signatories standing at each quarter's end", zh: '各季度末倡议签署单位数' },
  standing: { en: 'Signatories', zh: '签署单位' },
  parks: { en: 'Parks', zh: '园区' },
  count: { en: 'Deals', zh: '交易数' },
} as const satisfies Record<string, Bilingual>;

export const COLUMN_LABELS = {
  agreement: { en: 'Agreement', zh: '协议' },
  counterparties: { en: 'Counterparties', zh: '协议方' },
  signedOn: { en: 'Signed', zh: '签署日期' },
  status: { en: 'Status', zh: '状态' },
  requests: { en: 'Requests', zh: '申请' },
  delivered: { en: 'Delivered', zh: '已交付' },
  rating: { en: 'Rating', zh: '评分' },
  commitments: { en: 'Commitments done / due', zh: '承诺完成/到期' },
  instrument: { en: 'Instrument', zh: '融资方式' },
  withOffer: { en: 'With an offer', zh: '获得报价' },
  share: { en: 'Share', zh: '占比' },
  medianDays: { en: 'Median days to first offer', zh: '首个报价中位天数' },
  currency: { en: 'Currency', zh: '币种' },
  askedAmount: { en: 'Amount asked', zh: '需求金额' },
  acceptedAmount: { en: 'Amount accepted', zh: '接受金额' },
  stage: { en: 'Stage', zh: '阶段' },
  deals: { en: 'Deals', zh: '交易数' },
  invested: { en: 'Invested (USD)', zh: '投资额（美元）' },
  category: { en: 'Category', zh: '类别' },
  cases: { en: 'Cases', zh: '案件' },
  answered: { en: 'Answered', zh: '已答复' },
  medianAnswer: { en: 'Median days to answer', zh: '答复中位天数' },
  period: { en: 'Quarter', zh: '季度' },
  issued: { en: 'Alerts issued', zh: '发布预警' },
  acknowledged: { en: 'Acknowledged', zh: '已确认' },
  open: { en: 'Endorsement period', zh: '签署期' },
  signatories: { en: "Signatories at the year's end", zh: '年末签署单位' },
  target: { en: 'target', zh: '目标' },
  signedInYear: { en: 'Signed this year', zh: '本年度新增签署' },
  date: { en: 'Date', zh: '日期' },
  noneSignedInYear: { en: 'No organization signed it this year.', zh: '本年度无新增签署单位。' },
} as const satisfies Record<string, Bilingual>;

export const POST_KIND_NAMES: Record<PostKind, Bilingual> = {
  news: { en: 'News', zh: '新闻' },
  announcement: { en: 'Announcements', zh: '公告' },
  opportunity: { en: 'Opportunities', zh: '商机' },
  demand: { en: 'Demands', zh: '需求' },
  event: { en: 'Events', zh: '活动' },
};

export const AGREEMENT_KIND_NAMES: Record<AgreementKind, Bilingual> = {
  strategic_cooperation: { en: 'Strategic cooperation', zh: '战略合作' },
  financing: { en: 'Financing', zh: '金融服务' },
  legal_services: { en: 'Legal services', zh: '法律服务' },
  training: { en: 'Training', zh: '人才培训' },
  research: { en: 'Research', zh: '研究咨询' },
};

export const AGREEMENT_STATUS_NAMES: Record<AgreementStatus, Bilingual> = {
  draft: { en: 'Draft', zh: '草稿' },
  negotiating: { en: 'Negotiating', zh: '洽谈中' },
  signed: { en: 'Signed', zh: '已签署' },
  active: { en: 'In effect', zh: '生效中' },
  expired: { en: 'Expired', zh: '已到期' },
  terminated: { en: 'Terminated', zh: '已终止' },
};

export const INITIATIVE_STATUS_NAMES: Record<InitiativeStatus, Bilingual> = {
  draft: { en: 'Draft', zh: '草稿' },
  open_for_endorsement: { en: 'Open for endorsement', zh: '开放签署中' },
  closed: { en: 'Closed', zh: '已结束' },
};

/** A label in one language. */
export const say = (label: Bilingual, locale: Locale): string => label[locale];
