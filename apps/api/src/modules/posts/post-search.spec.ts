import { hanGrams, zhGramsOf } from './post-search';

describe('Chinese n-grams', () => {
  it('takes the characters and character pairs of each run of Chinese text', () => {
    expect(hanGrams('西港特区')).toEqual(['西', '港', '特', '区', '西港', '港特', '特区']);
    expect(hanGrams('园区 SEZ 投资')).toEqual(['园', '区', '园区', '投', '资', '投资']);
  });

  it('asks for the pairs of a query, or its one character', () => {
    expect(hanGrams('园区', false)).toEqual(['园区']);
    expect(hanGrams('西哈努克', false)).toEqual(['西哈', '哈努', '努克']);
    expect(hanGrams('园', false)).toEqual(['园']);
    expect(hanGrams('investment', false)).toEqual([]);
  });

  it('is empty for text without Chinese', () => {
    expect(zhGramsOf('Standard factory', null)).toBeNull();
    expect(zhGramsOf('厂房', undefined)).toBe('厂 房 厂房');
  });
});
