import { expect, type Browser, type Page } from '@playwright/test';
import { LoginPage, Shell } from './shell';
import { clickOption } from './select';

export const BANK_OF_JIANGSU = '00000000-0000-4000-8000-000000000022';
export const SINOSURE = '00000000-0000-4000-8000-000000000020';

/**
 * A person in their own browser context, signed in, reading the portal in their language. The
 * choice is saved on the account, so it is always made (an earlier journey may have changed it).
 */
export async function personIn(browser: Browser, email: string, language: 'English' | '中文'): Promise<Page> {
  const page = await browser.newPage();
  await new LoginPage(page).signInAs(email);
  await new Shell(page).switchLanguage(language);
  return page;
}

/** Back to English on the account, so later journeys find the portal as they expect it. */
export async function closeInEnglish(pages: Page[]) {
  for (const page of pages) await closeIn(page, 'English');
}

/** Back to the account's own language (the researcher reads Chinese), saved before the page closes. */
export async function closeIn(page: Page, language: 'English' | '中文') {
  if ((await page.locator('html').getAttribute('lang')) !== (language === 'English' ? 'en' : 'zh-CN')) {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
    await new Shell(page).switchLanguage(language);
    await saved;
  }
  await page.close();
}

/** Picks an option of an antd select by typing it, as a keyboard user would. */
export async function pick(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await clickOption(page.getByTestId(testId), text);
}

export interface NewRequest {
  titleEn: string;
  titleZh: string;
  purposeEn: string;
  amount: string;
}

/** The operator's editor: fills a complete request, names two institutions and submits it; returns its id. */
export async function submitRequest(page: Page, request: NewRequest): Promise<string> {
  await page.goto('/financing/requests/new');
  await expect(page.getByTestId('request-editor')).toBeVisible();
  await pick(page, 'field-park', 'Sihanoukville');
  await pick(page, 'field-instrument', 'Loan');
  await page.getByTestId('field-amount').fill(request.amount);
  await pick(page, 'field-currency', 'USD');
  await page.getByTestId('field-tenor').fill('60');
  await pick(page, 'field-country', 'Cambodia');
  await pick(page, 'field-sector', 'Textiles');
  await page.getByTestId('request-editor-en').getByLabel('Title').fill(request.titleEn);
  await page.getByTestId('request-editor-zh').getByLabel('Title').fill(request.titleZh);
  await page.getByTestId('request-editor-en').getByLabel('Purpose').fill(request.purposeEn);
  await page.getByTestId('audience-named').click();
  await pick(page, 'field-institutions', 'Bank of Jiangsu');
  await page.keyboard.type('Sinosure');
  await clickOption(page.getByTestId('field-institutions'), 'Sinosure');
  await page.keyboard.press('Escape');
  await page.getByTestId('request-editor-submit').click();
  await page.getByTestId('confirm-submit').click();
  await expect(page).toHaveURL(/\/financing\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('request-status')).toHaveText('Submitted');
  return page.url().split('/').pop() as string;
}

/** An institution's reviewer opens the request from the queue by its title, and declares no conflict of interest. */
export async function openFromQueue(page: Page, title: string) {
  await page.goto('/financing/reviews');
  await page.getByTestId('review-queue').getByText(title).first().click();
  await expect(page.getByTestId('declaration-form')).toBeVisible();
  await expect(page.getByTestId('request-details')).toHaveCount(0); // nothing before the declaration
  await page.getByTestId('confirm-no-conflict').click();
  await expect(page.getByTestId('request-details')).toBeVisible();
}

/** The maker's offer form: amount and tenor come from the request; rate and validity are the bank's. */
export async function prepareOffer(page: Page, rate: string, validUntil: string) {
  await page.getByTestId('prepare-offer').click();
  await expect(page.getByTestId('offer-form')).toBeVisible();
  await page.getByTestId('offer-rate').fill(rate);
  await page.locator('#offer_fees').fill('0.5% arrangement fee');
  await page.locator('#offer_validUntil').click();
  await page.keyboard.type(validUntil);
  // Enter confirms the typed date and leaves the form open: it never submits the offer half-read.
  await page.keyboard.press('Enter');
  await expect(page.locator('#offer_validUntil')).toHaveValue(validUntil);
  await expect(page.getByTestId('offer-form')).toBeVisible();
  await expect(page.getByTestId('offer-terms')).toHaveCount(0);
  await page.getByTestId('save-offer').click();
  await expect(page.getByTestId('offer-terms')).toBeVisible();
}
