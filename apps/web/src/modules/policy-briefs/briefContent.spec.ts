import type { PolicyBriefDto, PolicyBriefVersionDto } from '@alliance/contracts';
import { contentLanguage, openVersion, permalink, writtenIn } from './briefContent';

const texts = {
  titleEn: null,
  titleZh: null,
  summaryEn: null,
  summaryZh: null,
  bodyEn: null,
  bodyZh: null,
};

describe('a brief’s content', () => {
  it('is written in the languages of its title, summary or body', () => {
    expect(writtenIn({ ...texts, titleEn: 'Tax' })).toEqual(['en']);
    expect(writtenIn({ ...texts, bodyZh: '正文' })).toEqual(['zh']);
    expect(writtenIn({ ...texts, titleEn: 'Tax', summaryZh: '摘要' })).toEqual(['en', 'zh']);
    expect(writtenIn({ ...texts, titleEn: '  ' })).toEqual([]);
  });

  it('is read in the reader’s language, or the other one when nothing is written in it', () => {
    expect(contentLanguage({ ...texts, titleEn: 'Tax', titleZh: '税收' }, 'zh')).toBe('zh');
    expect(contentLanguage({ ...texts, titleEn: 'Tax' }, 'zh')).toBe('en');
    expect(contentLanguage(texts, 'zh')).toBe('zh');
  });

  it('shows insiders the version under way beside the published one, and nothing more to readers', () => {
    const v = (number: number) => ({ number }) as PolicyBriefVersionDto;
    expect(openVersion({ content: v(2), working: v(3) } as PolicyBriefDto)?.number).toBe(3);
    // Never published: the content is the version being written.
    expect(openVersion({ content: v(1), working: v(1) } as PolicyBriefDto)).toBeNull();
    expect(openVersion({ content: v(2), working: null } as PolicyBriefDto)).toBeNull();
  });

  it('has a permanent address', () => {
    expect(permalink('https://portal.example.org/', 'b-1')).toBe('https://portal.example.org/policy/briefs/b-1');
  });
});
