import {
  LOCALES,
  POLICY_BRIEF_DIFF_FIELDS,
  otherLanguage,
  type DiffPart,
  type Locale,
  type PolicyBriefDiffDto,
  type PolicyBriefVersionSummaryDto,
} from '@alliance/contracts';

export interface DiffStats {
  /** Words added in the newer version. */
  added: number;
  /** Words removed from the older version. */
  removed: number;
}

/**
 * How many words a text has: Latin words and numbers as one each, Chinese by the segmenter of the
 * language (a word of two characters is one word), as a reader would count them.
 */
export function countWords(text: string, language: Locale): number {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language === 'zh' ? 'zh-CN' : 'en', { granularity: 'word' });
    let count = 0;
    for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

/** The words added and removed in one field. */
export function diffStats(parts: readonly DiffPart[], language: Locale): DiffStats {
  const stats: DiffStats = { added: 0, removed: 0 };
  for (const part of parts) {
    if (part.added) stats.added += countWords(part.value, language);
    else if (part.removed) stats.removed += countWords(part.value, language);
  }
  return stats;
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.added || part.removed);
}

/** Whether a field has any text in either version (a field empty in both is not shown). */
export function hasText(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.value.trim() !== '');
}

/** The languages the two versions are written in (a field with text in either of them). */
export function diffLanguages(diff: PolicyBriefDiffDto): Locale[] {
  return LOCALES.filter((language) => POLICY_BRIEF_DIFF_FIELDS.some((field) => hasText(diff[language][field])));
}

/** The language to compare in first: the reader's, or the other when the brief has no text in the reader's. */
export function defaultDiffLanguage(diff: PolicyBriefDiffDto, reader: Locale): Locale {
  const written = diffLanguages(diff);
  return written.includes(reader) || written.length === 0 ? reader : otherLanguage(reader);
}

/** A version number from the address; anything else is none. */
export function versionNumber(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/**
 * The two versions compared when none are chosen: the newest the reader may see and the one before
 * it. None when there is only one version.
 */
export function defaultPair(versions: readonly Pick<PolicyBriefVersionSummaryDto, 'number'>[]): {
  from: number;
  to: number;
} | null {
  const numbers = versions.map((version) => version.number).sort((a, b) => b - a);
  return numbers.length >= 2 ? { from: numbers[1], to: numbers[0] } : null;
}

/** The pair to compare: the address's when it names two versions the reader may see (older first), else the default. */
export function comparedPair(
  versions: readonly Pick<PolicyBriefVersionSummaryDto, 'number'>[],
  from: number | undefined,
  to: number | undefined,
): { from: number; to: number } | null {
  const known = new Set(versions.map((version) => version.number));
  if (from !== undefined && to !== undefined && from !== to && known.has(from) && known.has(to)) {
    return { from: Math.min(from, to), to: Math.max(from, to) };
  }
  return defaultPair(versions);
}

/** The address of the comparison of two versions of a brief. */
export function diffLink(briefId: string, from: number, to: number): string {
  return `/policy/briefs/${briefId}/diff?from=${from}&to=${to}`;
}
