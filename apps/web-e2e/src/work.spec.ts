import { expect, test, type Page } from '@playwright/test';
import { BANK_OF_JIANGSU, closeIn } from './pages/financing';
import { LoginPage, Shell } from './pages/shell';

type Language = 'English' | '中文';
const TITLE: Record<Language, string> = { English: 'My work', 中文: '我的工作' };

/** Each demo account with its role's home and the language its account reads (seeds/demo-data.ts). */
const ACCOUNTS: { email: string; role: string; own: Language }[] = [
  { email: 'operator@example.org', role: 'operator', own: 'English' },
  { email: 'operator2@example.org', role: 'operator', own: '中文' },
  { email: 'banker@example.org', role: 'financial', own: 'English' },
  { email: 'approver@example.org', role: 'financial', own: 'English' },
  { email: 'insurer@example.org', role: 'financial', own: 'English' },
  { email: 'partner@example.org', role: 'provider', own: '中文' },
  { email: 'researcher@example.org', role: 'provider', own: '中文' },
  { email: 'secretariat@example.org', role: 'secretariat', own: 'English' },
];

/** Signs in from the sign-in page (no deep link) and waits for the home. */
async function signInToWork(page: Page, email: string) {
  await new LoginPage(page).open();
  await new LoginPage(page).signIn(email);
  await expect(page).toHaveURL(/\/work$/);
  await expect(page.getByTestId('work-page')).toBeVisible();
}

/** The count an item of the home shows. */
async function countOf(page: Page, key: string): Promise<number> {
  const item = page.locator(`[data-testid="work-item"][data-key="${key}"]`);
  await expect(item).toBeVisible();
  return Number(await item.getAttribute('data-count'));
}

test('each demo account signs in, lands on the home of its role and reads it in both languages', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  for (const account of ACCOUNTS) {
    const page = await browser.newPage();
    await signInToWork(page, account.email);
    await expect(page.getByTestId('work-page')).toHaveAttribute('data-role', account.role);
    // The page reads in the language saved on the account: its own, unless a journey before changed it.
    const saved: Language = (await page.locator('html').getAttribute('lang')) === 'en' ? 'English' : '中文';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[saved]);
    await expect(page.getByTestId('work-item').first()).toBeVisible();
    // The nav entry is the page shown.
    await expect(new Shell(page).sideNav.locator('[aria-current="page"]')).toHaveText(TITLE[saved]);
    const other: Language = saved === 'English' ? '中文' : 'English';
    await new Shell(page).switchLanguage(other);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[other]);
    await expect(page.getByTestId('work-item').first()).toBeVisible();
    // Back to the account's own language, saved on the account, for the journeys that follow.
    await closeIn(page, account.own);
  }
});

test('a deep link keeps its destination after sign-in', async ({ page }) => {
  await page.goto('/login?next=%2Fpolicy%2Fcases');
  await new LoginPage(page).signIn('operator@example.org');
  await expect(page).toHaveURL(/\/policy\/cases$/);
});

test('the approver sees the offer waiting for release on the home, opens it from there and releases it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Loan for a cold-chain warehouse ${Date.now()}`;
  // The operator asks Bank of Jiangsu (through the API, as the page would); the banker prepares an offer.
  const operator = await browser.newPage();
  await new LoginPage(operator).signInAs('operator@example.org');
  const headers = { 'X-Requested-With': 'XMLHttpRequest' };
  const created = await operator.request.post('/api/financing-requests', {
    headers,
    data: {
      parkId: '00000000-0000-4000-8000-000000000202',
      titleEn: title,
      purposeEn: 'A cold-chain warehouse for the park’s food processors',
      instrument: 'loan',
      amount: '2500000.00',
      currency: 'USD',
      tenorMonths: 36,
      country: 'KH',
      sector: 'agriculture_food',
      audience: 'named',
      institutionIds: [BANK_OF_JIANGSU],
    },
  });
  expect(created.status()).toBe(201);
  const request = await created.json();
  const submitted = await operator.request.post(`/api/financing-requests/${request.id}/submit`, {
    headers,
    data: { version: request.version },
  });
  expect(submitted.status()).toBe(200);
  const reviewId = (await submitted.json()).reviews[0].id as string;

  const banker = await browser.newPage();
  await new LoginPage(banker).signInAs('banker@example.org');
  expect(
    (
      await banker.request.post(`/api/financing-reviews/${reviewId}/declaration`, {
        headers,
        data: { conflict: false },
      })
    ).status(),
  ).toBe(200);
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const prepared = await banker.request.post(`/api/financing-reviews/${reviewId}/offer`, {
    headers,
    data: {
      amount: '2500000.00',
      currency: 'USD',
      rateKind: 'interest',
      ratePercent: '4.1',
      tenorMonths: 36,
      validUntil,
    },
  });
  expect(prepared.status()).toBe(200);

  const approver = await browser.newPage();
  await signInToWork(approver, 'approver@example.org');
  const waiting = await countOf(approver, 'offersToRelease');
  expect(waiting).toBeGreaterThan(0);
  await approver.locator('[data-testid="work-item"][data-key="offersToRelease"] a').click();
  await expect(approver).toHaveURL(/\/financing\/reviews\?release=true$/);
  // The list shows exactly the count of the home.
  await expect(approver.getByTestId('review-queue').locator('tbody tr.ant-table-row')).toHaveCount(waiting);
  await approver.getByTestId('review-queue').getByText(title).click();
  await approver.getByTestId('confirm-no-conflict').click();
  await approver.getByTestId('release-offer').click();
  await approver.getByRole('button', { name: 'Release', exact: true }).click();
  await expect(approver.getByTestId('review-status')).toHaveText('Offer made');

  await approver.goto('/work');
  expect(await countOf(approver, 'offersToRelease')).toBe(waiting - 1);
  // The operator's home now has an offer to compare.
  await operator.goto('/work');
  expect(await countOf(operator, 'financingOffersToCompare')).toBeGreaterThan(0);
  for (const page of [operator, banker, approver]) await page.close();
});

test('an operator’s admin opens from the home the initiatives its organization has still to sign, then clears the filter', async ({
  page,
}) => {
  await signInToWork(page, 'operator@example.org');
  const waiting = await countOf(page, 'initiativesToSign');
  await page.locator('[data-testid="work-item"][data-key="initiativesToSign"] a').click();
  await expect(page).toHaveURL(/\/initiatives\?endorsed=false$/);
  const tag = page.getByTestId('filter-endorsed');
  await expect(tag).toHaveText('Not yet endorsed by your organization');
  // The list shows exactly the count of the home.
  await expect(page.getByTestId('initiative-card')).toHaveCount(waiting);
  await tag.locator('.ant-tag-close-icon').click();
  await expect(page).toHaveURL(/\/initiatives$/);
  await expect(tag).toHaveCount(0);
});

test('the secretariat opens from the home the issue cases open for more than 30 days, the filter shown', async ({
  page,
}) => {
  await signInToWork(page, 'secretariat@example.org');
  const late = page.locator('[data-testid="work-item"][data-key="issueCasesOverdue"]');
  await expect(late).toBeVisible();
  await late.locator('a').click();
  await expect(page).toHaveURL(/\/policy\/cases\?status=open&openForMoreThanDays=30$/);
  await expect(page.getByTestId('filter-open-for-more-than-days')).toHaveText('Open for more than 30 days');
});
