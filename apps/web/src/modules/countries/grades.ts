import { RISK_GRADES, type RiskGrade, type RiskOutlook } from '@alliance/contracts';

/**
 * The grade colours, low to severe: one sequential ramp (yellow to dark red) used by the badge, the
 * chart, the map and the legend. Each fill carries the text colour that reads on it at 4.5:1 or more,
 * so a grade's label can sit on its own colour.
 */
export const GRADE_COLORS: Record<RiskGrade, { fill: string; text: string }> = {
  1: { fill: '#ffe08a', text: '#262626' },
  2: { fill: '#fdb462', text: '#262626' },
  3: { fill: '#f0803c', text: '#1a1a1a' },
  4: { fill: '#c8412b', text: '#ffffff' },
  5: { fill: '#7f1d1d', text: '#ffffff' },
};

/** Countries without a grade keep the map's land colour. */
export const UNRATED_FILL = '#d5d9df';

export function isRiskGrade(value: unknown): value is RiskGrade {
  return typeof value === 'number' && (RISK_GRADES as readonly number[]).includes(value);
}

export function gradeColor(grade: RiskGrade): { fill: string; text: string } {
  return GRADE_COLORS[grade];
}

/** Which way the outlook points, for an arrow beside its name (never the only cue: the name is written). */
export const OUTLOOK_DIRECTION: Record<RiskOutlook, 'up' | 'flat' | 'down' | 'watch'> = {
  positive: 'up',
  stable: 'flat',
  negative: 'down',
  watch: 'watch',
};

/** A grade from the address (`riskGrade=3`): a whole number from 1 to 5, anything else is no grade. */
export function gradeParam(value: string | undefined): RiskGrade | undefined {
  if (value === undefined || !/^\d$/.test(value.trim())) return undefined;
  const grade = Number(value.trim());
  return isRiskGrade(grade) ? grade : undefined;
}

/** How many countries hold each grade, for the legend. */
export function gradeCounts(items: ReadonlyArray<{ grade: RiskGrade }>): Record<RiskGrade, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<RiskGrade, number>;
  for (const item of items) counts[item.grade] += 1;
  return counts;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
