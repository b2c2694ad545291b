import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The grade colours of the web app (modules/countries/grades.ts), as the map and the chart draw them. */
export const GRADE_FILL = { 1: '#ffe08a', 2: '#fdb462', 3: '#f0803c', 4: '#c8412b', 5: '#7f1d1d' } as const;

/** The researcher's proposal to rate Cambodia 2 (stable); Cambodia is 3 (positive) until it is published. */
export const CAMBODIA_PROPOSAL = '00000000-0000-4000-8000-000000001390';
/** Bank of Jiangsu's review of the Cambodian factory loan. */
export const CAMBODIAN_REVIEW = '00000000-0000-4000-8000-000000000801';

/** A country's current grade as anyone reads it from the API. */
export async function currentGrade(request: APIRequestContext, country: string): Promise<number> {
  const response = await request.get(`/api/countries/${country}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { current: { grade: number } }).current.grade;
}

/** WCAG 2.1 AA findings in a part of the page (a modal, a drawer, the map). */
export async function axeFindings(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include(selector)
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A country's profile at /policy/countries/:code. */
export class CountryPage {
  readonly current: Locator;
  readonly historyTable: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.current = page.getByTestId('current-rating');
    this.historyTable = page.getByTestId('risk-history-table');
    this.chart = page.getByTestId('risk-chart');
  }

  async open(country: string) {
    await this.page.goto(`/policy/countries/${country}`);
    await expect(this.page.getByTestId('country-page')).toBeVisible();
  }

  currentGrade(): Locator {
    return this.current.getByTestId('risk-grade');
  }

  /** The table beneath the chart, newest first. */
  historyRows(): Locator {
    return this.historyTable.locator('tbody tr.ant-table-row');
  }

  /** The chart's points drawn in a grade's colour (ECharts' SVG: outlined, unlike the grades' bands behind). */
  chartPointsOf(grade: keyof typeof GRADE_FILL): Locator {
    return this.chart.locator(`svg path[fill="${GRADE_FILL[grade]}"][stroke="#0b3d6e"]`);
  }
}

/** The directory's world map with its risk layer switched on. */
export async function riskMap(page: Page): Promise<Locator> {
  await page.goto('/directory');
  await expect(page.getByTestId('map-marker').first()).toBeVisible();
  await page.getByTestId('map-risk-switch').click();
  const layer = page.getByTestId('map-layer');
  await expect(layer).toBeVisible();
  return layer;
}
