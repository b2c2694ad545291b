import { expect, test } from '@playwright/test';
import { axeFindings, CAMBODIAN_REVIEW } from './pages/countries';
import { confirmDialog } from './pages/dialog';
import { closeIn } from './pages/financing';
import { AlertForm, AlertPage, AlertsPage, CriticalAlertBanner } from './pages/riskAlerts';
import { LoginPage, Shell } from './pages/shell';

const SSEZ = 'Sihanoukville Special Economic Zone Co., Ltd.';
const TITLE_EN = `Port of Sihanoukville closed after an explosion ${Date.now()}`;
const TITLE_ZH = '西哈努克港爆炸后关闭';

test('the secretariat issues a critical alert for Cambodia; the Sihanoukville operator sees the banner and acknowledges it in Chinese; the report shows who has not', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Each person in a browser of their own, as they would be.
  const signedIn = async (email: string) => {
    // A context of its own (axe-core needs one, not browser.newPage()).
    const page = await (await browser.newContext()).newPage();
    await new LoginPage(page).signInAs(email);
    return page;
  };

  // The secretariat issues the alert: it goes out at once (a member's critical alert would wait for release).
  let page = await signedIn('secretariat@example.org');
  const list = new AlertsPage(page);
  await list.open();
  await page.getByTestId('issue-alert').click();
  await new AlertForm(page).issue({
    severity: 'Critical',
    category: 'Security',
    country: 'Cambodia',
    place: 'Sihanoukville',
    titleEn: TITLE_EN,
    titleZh: TITLE_ZH,
    bodyEn: 'An explosion at the port has closed it until further notice. Keep staff away from the port area.',
    bodyZh: '港口发生爆炸，即日起关闭，直至另行通知。请员工远离港区。',
  });
  const alert = new AlertPage(page);
  await expect(alert.title).toHaveText(TITLE_EN);
  const id = alert.id();
  await expect(page.getByTestId('alert-facts').getByTestId('alert-status')).toHaveText('Active');
  await expect(page.getByTestId('alert-facts').getByTestId('alert-severity')).toHaveText('Critical');

  // Its report: the Sihanoukville operator is exposed by its park and has not acknowledged; the secretariat reminds.
  await expect(alert.reportRow(SSEZ)).toContainText('a park in the country');
  await expect(alert.reportRow(SSEZ).getByTestId('report-not-acknowledged')).toBeVisible();
  const waiting = Number(await alert.figure('unacknowledged').innerText());
  expect(waiting).toBeGreaterThan(0);
  await page.getByTestId('alert-remind').click();
  await expect(page.getByTestId('report-reminded')).toHaveText(
    waiting === 1 ? 'Reminder sent to 1 organization' : `Reminders sent to ${waiting} organizations`,
  );
  await expect(alert.reportRow(SSEZ).locator('td').last()).not.toHaveText('—');
  // The list has it first: active and the gravest.
  await list.open();
  await expect(list.list.getByTestId('alert-card').first()).toContainText(TITLE_EN);
  await page.close();

  // The operator (an admin of the exposed organization) reads the banner in Chinese on the home page.
  page = await signedIn('operator@example.org');
  const shell = new Shell(page);
  await page.goto('/');
  await shell.switchLanguage('中文');
  const banner = new CriticalAlertBanner(page);
  await expect(banner.banner.getByRole('heading', { name: '贵单位有 1 条紧急预警' })).toBeVisible();
  await expect(banner.alert(id)).toContainText(TITLE_ZH);
  await expect(banner.alert(id)).toContainText('紧急 · 柬埔寨');
  expect(await axeFindings(page, '[data-testid="critical-alert-banner"]')).toEqual([]);

  // "Acknowledge" opens the alert with its dialog; a note goes to the secretariat.
  await banner.alert(id).getByTestId('critical-alert-acknowledge').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('确认预警');
  await dialog.getByTestId('acknowledge-note').fill('已通知全部驻港员工');
  await confirmDialog(page, 'confirm-acknowledge');
  await expect(page.getByTestId('alert-acknowledged')).toContainText('贵单位已于');
  await expect(page.getByTestId('alert-acknowledge')).toHaveCount(0);
  await expect(page.getByTestId('alert-title')).toHaveText(TITLE_ZH);

  // Back home, the banner says it is acknowledged and offers no second acknowledgement.
  await page.goto('/');
  await expect(banner.alert(id)).toContainText('贵单位已确认此预警');
  await expect(banner.alert(id).getByTestId('critical-alert-acknowledge')).toHaveCount(0);
  await shell.switchLanguage('English');
  await expect(banner.banner.getByRole('heading', { name: '1 critical alert for your organization' })).toBeVisible();
  // Back to English on the account (saved before the page closes), as later journeys expect.
  await closeIn(page, 'English');

  // The secretariat's report: the operator has acknowledged, with its note; one fewer waits.
  page = await signedIn('secretariat@example.org');
  const report = new AlertPage(page);
  await report.open(id);
  await expect(report.reportRow(SSEZ).getByTestId('report-acknowledged')).toContainText('已通知全部驻港员工');
  await expect(report.figure('unacknowledged')).toHaveText(String(waiting - 1));
});

test('a member that is not exposed sees no banner, and a visitor is asked to sign in for the alerts', async ({
  page,
}) => {
  await page.goto('/policy/alerts');
  await expect(page).toHaveURL(/\/login\?next=%2Fpolicy%2Falerts/);

  await new LoginPage(page).signInAs('banker@example.org');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The account keeps the language an earlier journey left it in: this one reads English titles.
  await new Shell(page).switchLanguage('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('critical-alert-banner')).toHaveCount(0);
  // No button to issue alerts for a bank; an unknown alert is a friendly 404.
  const list = new AlertsPage(page);
  await list.open();
  await expect(page.getByTestId('issue-alert')).toHaveCount(0);
  await page.goto('/policy/alerts/00000000-0000-4000-8000-000000009999');
  await expect(page.getByTestId('alert-not-found')).toBeVisible();

  // Cambodia's alerts on its profile, and beside its grade on the bank's review, linked to the list.
  await page.goto('/policy/countries/KH');
  await expect(
    page.getByTestId('country-alerts').getByRole('link', { name: 'Flooding on the roads to Sihanoukville port' }),
  ).toBeVisible();
  await page.goto(`/financing/reviews/${CAMBODIAN_REVIEW}`);
  const badge = page.getByTestId('review-facts').getByTestId('country-alerts-badge');
  await expect(badge).toContainText(/\d+ active alerts?/);
  await badge.click();
  await expect(page).toHaveURL(/\/policy\/alerts\?country=KH$/);
  await expect(page.getByTestId('filter-country')).toContainText('Cambodia');
  await expect(list.card('Flooding on the roads to Sihanoukville port')).toBeVisible();
});
