import { diffWords } from 'diff';
import type { DiffPart, Locale, PolicyBriefDiffDto, PolicyBriefDiffField } from '@alliance/contracts';
import type { PolicyBriefVersion } from './entities/policy-brief-version.entity';

/**
 * Word boundaries from ICU (Node's full ICU): Chinese has no spaces, and its dictionary segmentation
 * finds words such as 投资法 that a split on spaces would leave as one run of the whole sentence.
 */
const SEGMENTERS: Record<Locale, Intl.Segmenter> = {
  en: new Intl.Segmenter('en', { granularity: 'word' }),
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
};

/** The word-level difference between two texts (jsdiff's diffWords over the language's words). */
export function wordDiff(from: string | null, to: string | null, locale: Locale): DiffPart[] {
  return diffWords(from ?? '', to ?? '', { intlSegmenter: SEGMENTERS[locale] }).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true as const } : {}),
    ...(change.removed ? { removed: true as const } : {}),
  }));
}

const FIELDS: Record<PolicyBriefDiffField, { en: keyof PolicyBriefVersion; zh: keyof PolicyBriefVersion }> = {
  title: { en: 'titleEn', zh: 'titleZh' },
  summary: { en: 'summaryEn', zh: 'summaryZh' },
  body: { en: 'bodyEn', zh: 'bodyZh' },
};

/** Title, summary and body (Markdown as written) of two versions compared, in each language. */
export function versionsDiff(from: PolicyBriefVersion, to: PolicyBriefVersion): PolicyBriefDiffDto {
  const side = (locale: Locale) =>
    Object.fromEntries(
      (Object.keys(FIELDS) as PolicyBriefDiffField[]).map((field) => [
        field,
        wordDiff(from[FIELDS[field][locale]] as string | null, to[FIELDS[field][locale]] as string | null, locale),
      ]),
    ) as Record<PolicyBriefDiffField, DiffPart[]>;
  return { from: from.number, to: to.number, en: side('en'), zh: side('zh') };
}
