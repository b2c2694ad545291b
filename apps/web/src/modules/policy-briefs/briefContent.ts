import {
  LOCALES,
  otherLanguage,
  type Locale,
  type PolicyBriefDto,
  type PolicyBriefVersionDto,
} from '@alliance/contracts';

type Texts = Pick<PolicyBriefVersionDto, 'titleEn' | 'titleZh' | 'summaryEn' | 'summaryZh' | 'bodyEn' | 'bodyZh'>;

const present = (value: string | null) => Boolean(value?.trim());

/** The languages a version is written in: any of its title, summary or body. */
export function writtenIn(version: Texts): Locale[] {
  return LOCALES.filter((language) =>
    language === 'en'
      ? present(version.titleEn) || present(version.summaryEn) || present(version.bodyEn)
      : present(version.titleZh) || present(version.summaryZh) || present(version.bodyZh),
  );
}

/** The language to read a version in first: the reader's, or the other when nothing is written in the reader's. */
export function contentLanguage(version: Texts, reader: Locale): Locale {
  const written = writtenIn(version);
  return written.includes(reader) || written.length === 0 ? reader : otherLanguage(reader);
}

/**
 * The version not yet published that the brief's authors and the secretariat see beside the one
 * readers keep (version n+1 of a published brief); null for readers and for a brief never published,
 * whose content is that version already.
 */
export function openVersion(brief: Pick<PolicyBriefDto, 'content' | 'working'>): PolicyBriefVersionDto | null {
  return brief.working && brief.working.number !== brief.content.number ? brief.working : null;
}

/** The brief's permanent address: it always shows the version readers are given (and says when it was retracted). */
export function permalink(origin: string, briefId: string): string {
  return `${origin.replace(/\/+$/, '')}/policy/briefs/${briefId}`;
}
