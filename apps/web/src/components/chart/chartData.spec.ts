import { pivot, withoutCommonWords } from './chartData';

describe('chart data', () => {
  it('pivots long rows into one series per key, 0 where no row says otherwise', () => {
    const rows = [
      { c: '2025-Q1', s: 'a', v: 2 },
      { c: '2025-Q1', s: 'a', v: 1 },
      { c: '2025-Q2', s: 'b', v: 4 },
      { c: 'elsewhere', s: 'a', v: 9 },
    ];
    expect(
      pivot(rows, ['2025-Q1', '2025-Q2'], ['a', 'b'], { category: (r) => r.c, series: (r) => r.s, value: (r) => r.v }),
    ).toEqual({ a: [3, 0], b: [0, 4] });
  });

  it('drops the words every axis label begins with, so that the rest tells them apart', () => {
    expect(
      withoutCommonWords([
        'Strategic cooperation agreement with the Jiangsu Lawyers Association',
        'Strategic cooperation agreement with Bank of Jiangsu',
      ]),
    ).toEqual(['…the Jiangsu Lawyers Association', '…Bank of Jiangsu']);
    // One shared word, a single label, or a label that is nothing but the shared words: kept whole.
    expect(withoutCommonWords(['Cambodia parks', 'Cambodia zones'])).toEqual(['Cambodia parks', 'Cambodia zones']);
    expect(withoutCommonWords(['Strategic cooperation agreement'])).toEqual(['Strategic cooperation agreement']);
    expect(withoutCommonWords(['Strategic cooperation', 'Strategic cooperation agreement'])).toEqual([
      'Strategic cooperation',
      'Strategic cooperation agreement',
    ]);
    expect(withoutCommonWords(['与江苏省律师协会战略合作协议', '与江苏银行战略合作协议'])).toEqual([
      '与江苏省律师协会战略合作协议',
      '与江苏银行战略合作协议',
    ]);
  });
});
