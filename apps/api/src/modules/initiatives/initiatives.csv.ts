import type { Bilingual, EndorsementStatus, SignatoryCsvColumn } from '@alliance/contracts';

/** The headers of the secretariat's export of an initiative's signatories, in both languages. */
export const SIGNATORY_CSV_HEADERS: Record<SignatoryCsvColumn, Bilingual> = {
  nameEn: { en: 'Organization (English)', zh: '单位名称（英文）' },
  nameZh: { en: 'Organization (Chinese)', zh: '单位名称（中文）' },
  country: { en: 'Country (ISO code)', zh: '国家（ISO 代码）' },
  endorsedAt: { en: 'Endorsed at', zh: '签署时间' },
  signedBy: { en: 'Signed by', zh: '签署人' },
  statementEn: { en: 'Statement (English)', zh: '声明（英文）' },
  statementZh: { en: 'Statement (Chinese)', zh: '声明（中文）' },
  status: { en: 'Endorsement', zh: '签署状态' },
  membership: { en: 'Membership', zh: '会员状态' },
  public: { en: 'On the public list', zh: '公开显示' },
};

export const ENDORSEMENT_CSV_STATUS: Record<EndorsementStatus, Bilingual> = {
  endorsed: { en: 'Endorsed', zh: '已签署' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
};
