import { notificationTitle, relativeDate, safeLink } from './notificationView';

describe('safeLink', () => {
  it('keeps a path inside the portal', () => {
    expect(safeLink('/posts/0b7c1a52-3f0e-4d1a-9d55-0f6c0d3b1e01')).toBe('/posts/0b7c1a52-3f0e-4d1a-9d55-0f6c0d3b1e01');
  });

  it.each(['javascript:alert(1)', 'https://evil.example/', '//evil.example/', '/\\evil.example', ''])(
    'sends %p to the list instead',
    (link) => expect(safeLink(link)).toBe('/notifications'),
  );
});

describe('notificationTitle', () => {
  it('picks the reader language and falls back to the other one', () => {
    expect(notificationTitle({ titleEn: 'Seminar', titleZh: '研讨会' }, 'zh')).toEqual({
      text: '研讨会',
      language: 'zh',
      fallback: false,
    });
    expect(notificationTitle({ titleEn: 'Seminar', titleZh: null }, 'zh')).toEqual({
      text: 'Seminar',
      language: 'en',
      fallback: true,
    });
    expect(notificationTitle({ titleEn: '  ', titleZh: '研讨会' }, 'en')).toEqual({
      text: '研讨会',
      language: 'zh',
      fallback: true,
    });
  });
});

describe('relativeDate', () => {
  const now = Date.parse('2025-05-20T12:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says how long ago within the last week', () => {
    expect(relativeDate(ago(20), now, 'en')).toBe('now');
    expect(relativeDate(ago(-30), now, 'en')).toBe('now');
    expect(relativeDate(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(relativeDate(ago(3 * 3600 + 59), now, 'en')).toBe('3 hours ago');
    expect(relativeDate(ago(26 * 3600), now, 'en')).toBe('yesterday');
    expect(relativeDate(ago(3 * 86400), now, 'en')).toBe('3 days ago');
    expect(relativeDate(ago(5 * 60), now, 'zh')).toBe('5分钟前');
  });

  it('gives the date after a week', () => {
    expect(relativeDate(ago(8 * 86400), now, 'en')).toBe('12 May 2025');
    expect(relativeDate(ago(8 * 86400), now, 'zh')).toBe('2025年5月12日');
  });
});
