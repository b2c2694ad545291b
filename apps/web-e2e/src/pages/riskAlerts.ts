import { expect, type Locator, type Page } from '@playwright/test';
import { clickOption } from './select';

/** The demo alerts (seeds/demo-alerts.ts). */
export const CAMBODIA_FLOODING_ALERT = '00000000-0000-4000-8000-000000001501';
export const EXPIRED_ETHIOPIA_ALERT = '00000000-0000-4000-8000-000000001503';

export interface NewAlert {
  severity: 'Information' | 'Warning' | 'Critical';
  category: string;
  country: string;
  place: string;
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
}

/** `/policy/alerts`: the list and its filters. */
export class AlertsPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('alert-list');
  }

  async open(query = '') {
    await this.page.goto(`/policy/alerts${query}`);
    await expect(this.page.getByTestId('alerts-page')).toBeVisible();
  }

  card(title: string): Locator {
    return this.page.getByTestId('alert-card').filter({ hasText: title });
  }
}

/** `/policy/alerts/new`: the issuing form. */
export class AlertForm {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('alert-form');
  }

  async issue(alert: NewAlert) {
    await this.form.getByTestId('alert-severity-field').getByText(alert.severity, { exact: true }).click();
    const category = this.form.getByTestId('alert-category-field');
    await category.click();
    await clickOption(category, alert.category);
    const countries = this.form.getByTestId('alert-countries-field');
    await countries.click();
    await countries.locator('input').fill(alert.country);
    await clickOption(countries, alert.country);
    await this.page.keyboard.press('Escape');
    await this.form.getByTestId('alert-place-field').fill(alert.place);
    await this.form.getByTestId('alert-title-en').fill(alert.titleEn);
    await this.form.getByTestId('alert-title-zh').fill(alert.titleZh);
    await this.form.getByTestId('alert-body-en').fill(alert.bodyEn);
    await this.form.getByTestId('alert-body-zh').fill(alert.bodyZh);
    await this.form.getByTestId('alert-form-submit').click();
  }
}

/** `/policy/alerts/:id`: the alert, its actions and (for the secretariat) its report. */
export class AlertPage {
  readonly title: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('alert-title');
    this.report = page.getByTestId('alert-report');
  }

  async open(id: string) {
    await this.page.goto(`/policy/alerts/${id}`);
    await expect(this.page.getByTestId('alert-page')).toBeVisible();
  }

  /** The alert's id, from the address once the page shows it. */
  id(): string {
    const match = /\/policy\/alerts\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match) throw new Error(`not an alert's page: ${this.page.url()}`);
    return match[1];
  }

  /** The report's row of an organization. */
  reportRow(organization: string): Locator {
    return this.report.locator('tbody tr.ant-table-row', { hasText: organization });
  }

  figure(name: 'usersReached' | 'followersReached' | 'acknowledged' | 'unacknowledged'): Locator {
    return this.report.getByTestId(`report-${name}`).locator('dd');
  }
}

/** The banner on the home page of a member exposed to an active critical alert. */
export class CriticalAlertBanner {
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByTestId('critical-alert-banner');
  }

  alert(id: string): Locator {
    return this.banner.locator(`[data-alert-id="${id}"]`);
  }
}
