import { EMPTY_ISSUE_FORM, hasEitherLanguage, issueRequestOf, languageOrder } from './issueForm';

describe('the issue form', () => {
  it('sends blank texts as null and no park as null', () => {
    expect(
      issueRequestOf({
        ...EMPTY_ISSUE_FORM,
        category: 'customs',
        country: 'KH',
        titleZh: ' 清关延误 ',
        descriptionZh: '货物滞留三周',
        titleEn: '   ',
      }),
    ).toEqual({
      category: 'customs',
      country: 'KH',
      parkId: null,
      titleEn: null,
      titleZh: '清关延误',
      descriptionEn: null,
      descriptionZh: '货物滞留三周',
      confidential: false,
    });
  });

  it('needs a text in one language at least', () => {
    expect(hasEitherLanguage('', '  ')).toBe(false);
    expect(hasEitherLanguage('', '有')).toBe(true);
    expect(hasEitherLanguage('Yes', undefined)).toBe(true);
  });

  it("puts the reader's language first", () => {
    expect(languageOrder('zh')).toEqual(['zh', 'en']);
    expect(languageOrder('en')).toEqual(['en', 'zh']);
  });
});
