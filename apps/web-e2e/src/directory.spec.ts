import { expect, test } from '@playwright/test';
import { ApplicationsPage, ApplyPage, linkPath, waitForMail, choose } from './pages/directory';
import { LoginPage, Shell } from './pages/shell';

const applicant = {
  nameEn: 'Jiangsu–Laos Industrial Park Co., Ltd.',
  nameZh: '江苏—老挝产业园有限公司',
  contactName: 'Zhou Lin',
  contactEmail: 'zhou.lin.e2e@example.org',
  park: { nameEn: 'Vientiane Jiangsu Industrial Park', nameZh: '万象江苏产业园', city: 'Vientiane' },
};
const PASSWORD = 'Vientiane-park-2026';

test('a visitor applies, the secretariat approves, the new admin follows the invitation, edits the park and finds it on the map in both languages', async ({
  browser,
}) => {
  // A visitor applies and gets a reference, on screen and by e-mail.
  const visitor = await browser.newPage();
  const reference = await new ApplyPage(visitor).submit(applicant);
  const receipt = await waitForMail(applicant.contactEmail, 'application_received');
  expect(receipt.subject).toContain(reference);
  await visitor.close();

  // The secretariat approves it from the queue.
  const secretariat = await browser.newPage();
  await new LoginPage(secretariat).signInAs('secretariat@example.org');
  await new ApplicationsPage(secretariat).approve(reference);
  await secretariat.close();

  // The contact follows the invitation link from the e-mail and signs in.
  const admin = await browser.newPage();
  const invitation = await waitForMail(applicant.contactEmail, 'invitation');
  await admin.goto(linkPath(invitation.text));
  await admin.getByLabel('New password').fill(PASSWORD);
  await admin.getByLabel('Confirm password').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Activate my account' }).click();
  await expect(admin.getByText('Your account is ready')).toBeVisible();
  const login = new LoginPage(admin);
  await login.open();
  await login.signIn(applicant.contactEmail, PASSWORD);
  await expect(new Shell(admin).accountMenu).toBeVisible();

  // The park listed on the form is in the directory; its admin places it on the map.
  await admin.goto(`/directory?q=${encodeURIComponent(applicant.park.nameEn)}`);
  await admin.getByTestId('parks-table').getByRole('link', { name: applicant.park.nameEn }).click();
  await expect(admin.getByRole('heading', { name: applicant.park.nameEn })).toBeVisible();
  await admin.getByRole('link', { name: /edit/i }).click();
  const form = admin.getByTestId('park-form');
  await form.getByLabel('Latitude').fill('17.97');
  await form.getByLabel('Longitude').fill('102.63');
  await form.getByLabel('Enterprises').fill('14');
  await form.getByLabel('Investment (USD)').fill('86000000.50');
  await choose(form, 'Sectors', 'Logistics and warehousing', 'Logistics');
  await admin.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByRole('heading', { name: applicant.park.nameEn })).toBeVisible();
  await expect(admin.getByText('US$ 86,000,000.5')).toBeVisible();

  // Anyone sees it on the world map, in English and in Chinese; a click opens the park.
  const reader = await browser.newPage();
  await reader.goto('/directory');
  const marker = reader.getByTestId('world-map').getByRole('link', { name: applicant.park.nameEn });
  await expect(marker).toBeVisible();
  await new Shell(reader).switchLanguage('中文');
  const markerZh = reader.getByTestId('world-map').getByRole('link', { name: applicant.park.nameZh });
  await expect(markerZh).toBeVisible();
  await markerZh.click();
  await expect(reader.getByRole('heading', { name: applicant.park.nameZh })).toBeVisible();
  await expect(reader.getByText('老挝').first()).toBeVisible();
});

test('an operator cannot open the edit page of another operator’s park', async ({ page }) => {
  await new LoginPage(page).signInAs('operator2@example.org');
  await page.goto('/parks/00000000-0000-4000-8000-000000000202');
  // This account reads the portal in Chinese.
  await expect(page.getByRole('heading', { name: '柬埔寨西哈努克港经济特区' })).toBeVisible();
  await expect(page.getByRole('link', { name: /edit|编辑/i })).toHaveCount(0);
  await page.goto('/parks/00000000-0000-4000-8000-000000000203');
  await expect(page.getByRole('link', { name: /edit|编辑/i })).toHaveCount(1);
});
