import { RISK_GRADES } from '@alliance/contracts';
import { contrast, GRADE_COLORS, gradeCounts, gradeParam, luminance, UNRATED_FILL } from './grades';

describe('grade colours', () => {
  it('give every grade a text colour that reads on its fill at WCAG AA (4.5:1)', () => {
    for (const grade of RISK_GRADES) {
      const { fill, text } = GRADE_COLORS[grade];
      expect({ grade, ratio: contrast(fill, text) >= 4.5 }).toEqual({ grade, ratio: true });
    }
  });

  it('darken from low to severe, so the order reads without the hue', () => {
    const lightness = RISK_GRADES.map((grade) => luminance(GRADE_COLORS[grade].fill));
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
    expect(new Set(lightness).size).toBe(RISK_GRADES.length);
  });

  it('keep the unrated land apart from every grade', () => {
    expect(RISK_GRADES.map((grade) => GRADE_COLORS[grade].fill)).not.toContain(UNRATED_FILL);
  });

  it('measure contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});

describe('a grade from the address', () => {
  it('takes a whole number from 1 to 5', () => {
    expect(gradeParam('1')).toBe(1);
    expect(gradeParam(' 5 ')).toBe(5);
  });

  it('drops anything else', () => {
    for (const value of [undefined, '', '0', '6', '2.5', 'three', '12', '-1'])
      expect(gradeParam(value)).toBeUndefined();
  });
});

describe('countries per grade', () => {
  it('counts each grade, zero for the grades nobody holds', () => {
    expect(gradeCounts([{ grade: 3 }, { grade: 2 }, { grade: 3 }])).toEqual({ 1: 0, 2: 1, 3: 2, 4: 0, 5: 0 });
  });
});
