import { expect, type Locator, type Page } from '@playwright/test';
import { clickOption } from './select';

/** The agreement with the Jiangsu Lawyers Association and its legal consultation (seeds/demo-agreement-services.ts). */
export const LAWYERS_AGREEMENT = '00000000-0000-4000-8000-00000000a101';
export const LEGAL_CONSULTATION = '00000000-0000-4000-8000-00000000c101';
export const SSEZ_PARK_NAME = 'Sihanoukville Special Economic Zone';

/** `/agreements/:id/services`: the agreement's services, each with its uptake and the request form. */
export class AgreementServicesPage {
  constructor(readonly page: Page) {}

  async open(agreementId = LAWYERS_AGREEMENT) {
    await this.page.goto(`/agreements/${agreementId}/services`);
    await expect(this.page.getByTestId('agreement-services')).toBeVisible();
  }

  card(serviceId: string): Locator {
    return this.page.locator(`[data-testid="service-card"][data-service-id="${serviceId}"]`);
  }

  /** The service's uptake figures as shown: requests, delivered and the average rating's text. */
  async uptake(serviceId: string) {
    const figures = this.card(serviceId).getByTestId('service-uptake');
    await expect(figures).toBeVisible();
    const value = (testId: string) => figures.getByTestId(testId).locator('.ant-statistic-content-value').innerText();
    return {
      requests: Number(await value('uptake-requests')),
      delivered: Number(await value('uptake-delivered')),
      rating: await value('uptake-rating'),
    };
  }

  /** Requests the service for a park of the member's, with its need in English; lands on the request's page. */
  async request(serviceId: string, park: string, needEn: string) {
    await this.card(serviceId).getByTestId('service-request').click();
    const form = this.page.getByTestId('request-form');
    await expect(form).toBeVisible();
    const select = form.getByTestId('request-park');
    await select.click();
    await clickOption(select, park);
    await form.getByTestId('request-need-en').fill(needEn);
    await this.page.getByTestId('request-submit').click();
    await expect(this.page.getByTestId('service-request-page')).toBeVisible();
  }
}

/** `/services/requests/:id`: a request with the provider's steps, the thread and the rating. */
export class ServiceRequestPage {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByTestId('service-request-page').getByTestId('service-request-status').first();
  }

  async id(): Promise<string> {
    return (await this.page.getByTestId('service-request-page').getAttribute('data-request-id')) ?? '';
  }

  async open(id: string) {
    await this.page.goto(`/services/requests/${id}`);
    await expect(this.page.getByTestId('service-request-page')).toBeVisible();
  }

  /** A step of the provider, confirmed. */
  async take(step: 'accept' | 'deliver') {
    await this.page.getByTestId(`request-${step}`).click();
    await this.page.getByTestId(`confirm-${step}`).click();
  }

  async rate(stars: number, comment: string) {
    const form = this.page.getByTestId('rate-form');
    await form
      .locator('.ant-rate-star')
      .nth(stars - 1)
      .click();
    await form.getByTestId('rate-comment').fill(comment);
    await form.getByTestId('rate-submit').click();
    await expect(this.page.getByTestId('request-rating')).toHaveAttribute('data-rating', String(stars));
  }
}
