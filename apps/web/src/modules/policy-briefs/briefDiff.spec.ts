import type { DiffPart, PolicyBriefDiffDto } from '@alliance/contracts';
import {
  comparedPair,
  countWords,
  defaultDiffLanguage,
  defaultPair,
  diffLanguages,
  diffLink,
  diffStats,
  hasChanges,
  hasText,
  versionNumber,
} from './briefDiff';

const parts: DiffPart[] = [
  { value: "Cambodia's Law on Investment (October 2021)" },
  { value: ', with its implementing decree,', added: true },
  { value: ' replaced the 1994 law' },
  { value: ' in full', removed: true },
  { value: '.' },
];

const empty = { title: [], summary: [], body: [] };

function diff(en: PolicyBriefDiffDto['en'], zh: PolicyBriefDiffDto['zh']): PolicyBriefDiffDto {
  return { from: 1, to: 2, en, zh };
}

describe('the comparison of two versions', () => {
  it('counts the words added and removed', () => {
    expect(diffStats(parts, 'en')).toEqual({ added: 4, removed: 2 });
    expect(diffStats([{ value: 'unchanged text' }], 'en')).toEqual({ added: 0, removed: 0 });
  });

  it('counts Chinese words without spaces between them', () => {
    expect(countWords('及其实施次级法令', 'zh')).toBeGreaterThan(1);
    expect(countWords('   ', 'zh')).toBe(0);
  });

  it('tells a changed field from an unchanged one, and an empty one', () => {
    expect(hasChanges(parts)).toBe(true);
    expect(hasChanges([{ value: 'same' }])).toBe(false);
    expect(hasText([{ value: '  \n' }])).toBe(false);
    expect(hasText(parts)).toBe(true);
  });

  it('compares in the reader’s language, or the other when the brief has none in it', () => {
    const both = diff({ ...empty, title: parts }, { ...empty, body: [{ value: '正文' }] });
    expect(diffLanguages(both)).toEqual(['en', 'zh']);
    expect(defaultDiffLanguage(both, 'zh')).toBe('zh');
    const englishOnly = diff({ ...empty, title: parts }, empty);
    expect(defaultDiffLanguage(englishOnly, 'zh')).toBe('en');
    expect(defaultDiffLanguage(diff(empty, empty), 'zh')).toBe('zh');
  });

  it('reads version numbers from the address, and nothing else', () => {
    expect(versionNumber('2')).toBe(2);
    expect(versionNumber('0')).toBeUndefined();
    expect(versionNumber('-1')).toBeUndefined();
    expect(versionNumber('1.5')).toBeUndefined();
    expect(versionNumber('abc')).toBeUndefined();
    expect(versionNumber(null)).toBeUndefined();
  });

  it('compares the newest version with the one before it unless two are chosen', () => {
    const versions = [{ number: 1 }, { number: 3 }, { number: 2 }];
    expect(defaultPair(versions)).toEqual({ from: 2, to: 3 });
    expect(defaultPair([{ number: 1 }])).toBeNull();
    expect(comparedPair(versions, 3, 1)).toEqual({ from: 1, to: 3 });
    // A version the reader may not see, or the same one twice, falls back to the default.
    expect(comparedPair(versions, 1, 9)).toEqual({ from: 2, to: 3 });
    expect(comparedPair(versions, 2, 2)).toEqual({ from: 2, to: 3 });
    expect(comparedPair([], 1, 2)).toBeNull();
  });

  it('links to the comparison', () => {
    expect(diffLink('b-1', 1, 2)).toBe('/policy/briefs/b-1/diff?from=1&to=2');
  });
});
