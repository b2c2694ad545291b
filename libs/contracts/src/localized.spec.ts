import { otherTitle, pickLocalized, pickTitle, readerLanguage } from './localized';

describe('a bilingual text for the reader', () => {
  it('gives the reader’s language when it is there', () => {
    expect(pickLocalized('Investment', '投资', 'zh')).toEqual({ text: '投资', language: 'zh', fallback: false });
    expect(pickLocalized('Investment', '投资', 'en')).toEqual({ text: 'Investment', language: 'en', fallback: false });
  });

  it('falls back to the other language and says so', () => {
    expect(pickLocalized('Investment', null, 'zh')).toEqual({ text: 'Investment', language: 'en', fallback: true });
    expect(pickLocalized(null, '投资', 'en')).toEqual({ text: '投资', language: 'zh', fallback: true });
  });

  it('treats a blank version as missing', () => {
    expect(pickLocalized('Investment', '   ', 'zh')).toEqual({ text: 'Investment', language: 'en', fallback: true });
    expect(pickLocalized('', null, 'en')).toBeNull();
  });

  it('reads any language other than Chinese as English', () => {
    expect(readerLanguage('zh')).toBe('zh');
    expect(readerLanguage('en')).toBe('en');
    expect(readerLanguage(undefined)).toBe('en');
  });

  it('gives a title in every case and the other title only when both exist', () => {
    expect(pickTitle({ titleEn: null, titleZh: null }, 'en').text).toBe('—');
    expect(otherTitle({ titleEn: 'Seminar', titleZh: '研讨会' }, 'en')).toEqual({
      text: '研讨会',
      language: 'zh',
      fallback: false,
    });
    expect(otherTitle({ titleEn: 'Seminar', titleZh: null }, 'zh')).toBeNull();
  });
});
