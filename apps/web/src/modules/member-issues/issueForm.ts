import type { Locale, MemberIssueCategory, MemberIssueRequest } from '@alliance/contracts';

export interface IssueFormValues {
  category?: MemberIssueCategory;
  country?: string;
  parkId?: string;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  confidential: boolean;
}

export const EMPTY_ISSUE_FORM: IssueFormValues = {
  titleEn: '',
  titleZh: '',
  descriptionEn: '',
  descriptionZh: '',
  confidential: false,
};

const text = (value: string | undefined) => value?.trim() || null;

/** The request from the form: blank texts are sent as absent (null), no park as null. */
export function issueRequestOf(values: IssueFormValues): MemberIssueRequest {
  return {
    category: values.category as MemberIssueCategory,
    country: values.country ?? '',
    parkId: values.parkId ?? null,
    titleEn: text(values.titleEn),
    titleZh: text(values.titleZh),
    descriptionEn: text(values.descriptionEn),
    descriptionZh: text(values.descriptionZh),
    confidential: values.confidential,
  };
}

/** Whether one of the two languages holds the text (the API needs a title and a description in either). */
export function hasEitherLanguage(en: string | undefined, zh: string | undefined): boolean {
  return Boolean(text(en) || text(zh));
}

/** The language written first: the reader's. */
export function languageOrder(reader: Locale): Locale[] {
  return reader === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
}
