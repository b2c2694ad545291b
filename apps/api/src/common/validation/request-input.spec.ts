import { inputProblems, jsonNestsDeeperThan, MAX_INPUT_DEPTH } from './request-input';

/** Values nested `depth` containers deep, the outermost counted. */
function nestedObjects(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('inputProblems', () => {
  it('accepts ordinary text in both languages, tabs and new lines, emoji, numbers in range', () => {
    expect(
      inputProblems(
        { titleEn: 'Open day\n\tHall 3', titleZh: '园区开放日🎉', seats: 120, amount: '1250000.50', tags: ['a', 'b'] },
        'body',
      ),
    ).toEqual([]);
    expect(inputProblems({ n: Number.MAX_SAFE_INTEGER, m: -Number.MAX_SAFE_INTEGER, f: 0.1 }, 'body')).toEqual([]);
  });

  it('names each field holding a control character or an unpaired surrogate, with its dotted path', () => {
    const problems = inputProblems(
      { a: 'x\u0000', list: ['ok', '\ud800'], deep: { b: '\udc00y', c: 'del\u007f' } },
      'body',
    );
    expect(problems.map((p) => [p.field, p.constraint])).toEqual([
      ['a', 'noControlCharacters'],
      ['list.1', 'wellFormedUnicode'],
      ['deep.b', 'wellFormedUnicode'],
      ['deep.c', 'noControlCharacters'],
    ]);
    expect(problems[0].message).toBe('a contains a control character (U+0000)');
    expect(problems[1].message).toBe('list.1 contains an unpaired surrogate (U+D800), which is not Unicode text');
  });

  it('checks keys too, escaping them in the path, and refuses prototype keys', () => {
    const problems = inputProblems(JSON.parse('{"a\\u0000":1,"__proto__":{"x":1},"ok":{"constructor":1}}'), 'body');
    expect(problems.map((p) => [p.field, p.constraint])).toEqual([
      ['a\\u0000', 'noControlCharacters'],
      ['__proto__', 'whitelistValidation'],
      ['ok.constructor', 'whitelistValidation'],
    ]);
  });

  it('names a bare value by its root, and refuses numbers JSON cannot carry exactly', () => {
    expect(inputProblems('\u0000', 'body').map((p) => p.field)).toEqual(['body']);
    expect(
      inputProblems({ n: 1e300, i: Infinity, big: 2 ** 53 + 2 }, 'body').map((p) => [p.field, p.constraint]),
    ).toEqual([
      ['n', 'isSafeNumber'],
      ['i', 'isSafeNumber'],
      ['big', 'isSafeNumber'],
    ]);
  });

  it(`stops at ${MAX_INPUT_DEPTH} levels, without walking further, and reports at most 20 problems`, () => {
    expect(inputProblems(nestedObjects(MAX_INPUT_DEPTH), 'body')).toEqual([]);
    const deep = inputProblems(nestedObjects(100_000), 'body');
    expect(deep).toHaveLength(1);
    expect(deep[0].constraint).toBe('maxDepth');
    expect(inputProblems(nestedArrays(MAX_INPUT_DEPTH + 1), 'body')[0].constraint).toBe('maxDepth');
    expect(
      inputProblems(
        Array.from({ length: 1000 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
  });
});

describe('jsonNestsDeeperThan', () => {
  const bytes = (s: string) => Buffer.from(s);
  it('counts brackets outside strings, escapes included', () => {
    expect(jsonNestsDeeperThan(bytes('[[1]]'), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('[[[1]]]'), 2)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":"[[[[[[\\"[[[["}'), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
  });

  it('agrees with inputProblems on the limit', () => {
    for (const depth of [MAX_INPUT_DEPTH, MAX_INPUT_DEPTH + 1]) {
      const json = JSON.stringify(nestedArrays(depth));
      expect(jsonNestsDeeperThan(bytes(json))).toBe(inputProblems(JSON.parse(json), 'body').length > 0);
    }
  });
});
