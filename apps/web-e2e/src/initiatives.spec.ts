import * as fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeFindings } from './pages/countries';
import { closeIn } from './pages/financing';
import { confirmPopup, InitiativeEditor, InitiativePage, JIANGSU_PARKS_INITIATIVE } from './pages/initiatives';
import { LoginPage, Shell } from './pages/shell';

const SSEZ_ZH = '西哈努克港经济特区有限公司';
const SSEZ_EN = 'Sihanoukville Special Economic Zone Co., Ltd.';
const STATEMENT = '西港特区支持本倡议，愿与各成员园区携手推动高质量发展。';

test('the Sihanoukville operator’s admin endorses the initiative in Chinese; a visitor then sees the zone among the signatories', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  // The operator's admin, its authorised representative, reads the initiative in Chinese and signs it.
  const operatorContext = await browser.newContext();
  let page = await operatorContext.newPage();
  await new LoginPage(page).signInAs('operator@example.org');
  await page.goto(`/initiatives/${JIANGSU_PARKS_INITIATIVE}`);
  await new Shell(page).switchLanguage('中文');
  const initiative = new InitiativePage(page);
  await expect(initiative.title).toHaveText('关于共同推动江苏境外园区高质量发展的倡议书');
  await expect(page.getByTestId('initiative-principles').locator('li')).toHaveCount(6);
  await expect(page.getByTestId('initiative-principles').locator('li').first()).toHaveText('坚持共商共建共享。');
  await expect(initiative.progress).toContainText('已有 5 家单位签署，目标 20 家');
  await expect(initiative.signatory(SSEZ_EN)).toHaveCount(0);
  await expect(initiative.endorsementCard.getByTestId('endorse-button')).toContainText('代表');
  await initiative.endorseInChinese(STATEMENT);
  await expect(initiative.endorsementCard.getByTestId('endorsed')).toContainText('贵单位已于');
  await expect(initiative.progress).toContainText('已有 6 家单位签署');
  await expect(initiative.endorsementCard.getByTestId('withdraw-endorsement')).toBeVisible();
  expect(await axeFindings(page, '[data-testid="initiative-page"]')).toEqual([]);
  // Back to the account's own language (English), saved, so later journeys find the operator as they expect.
  await closeIn(page, 'English');
  await operatorContext.close();

  // A visitor, not signed in, finds the zone among the signatories with its statement, in both languages.
  const visitorContext = await browser.newContext();
  page = await visitorContext.newPage();
  await page.goto('/initiatives');
  await page.getByRole('link', { name: /Initiative on Jointly Promoting/ }).click();
  const publicPage = new InitiativePage(page);
  await expect(publicPage.title).toHaveText(
    'Initiative on Jointly Promoting the High-Quality Development of Jiangsu Overseas Parks',
  );
  await expect(publicPage.progress).toContainText('6 of 20 organizations have endorsed it');
  const row = page.getByTestId('signatories').locator('tr').filter({ hasText: SSEZ_EN });
  await expect(row).toContainText(SSEZ_ZH);
  await expect(row).toContainText('Cambodia');
  await expect(row).toContainText(STATEMENT);
  await expect(publicPage.endorsementCard).toHaveCount(0);
  await new Shell(page).switchLanguage('中文');
  await expect(page.getByTestId('signatories').locator('tr').filter({ hasText: SSEZ_ZH })).toContainText('柬埔寨');
  await visitorContext.close();
});

test('the secretariat writes and publishes an initiative; the bank’s member proposes it, its admin is told and signs; the secretariat closes it and exports the signatories', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Initiative on green overseas parks ${Date.now()}`;
  const signedIn = async (email: string) => {
    const page = await (await browser.newContext()).newPage();
    await new LoginPage(page).signInAs(email);
    return page;
  };

  const secretariat = await signedIn('secretariat@example.org');
  await secretariat.goto('/initiatives');
  await secretariat.getByTestId('new-initiative').click();
  await new InitiativeEditor(secretariat).write({
    titleEn: title,
    titleZh: '绿色境外园区倡议',
    principles: [
      { en: 'Save energy in every park', zh: '各园区节约能源' },
      { en: 'Report emissions every year', zh: '每年报告排放' },
    ],
    target: 3,
  });
  await expect(secretariat.getByTestId('initiative-status')).toHaveText('Draft');
  await secretariat.getByTestId('publish-initiative').click();
  await confirmPopup(secretariat, 'Publish');
  await expect(secretariat.getByTestId('initiative-status')).toHaveText('Open for endorsement');
  const url = secretariat.url();

  // The bank's member (no admin) may only propose; its admin is told and signs.
  const banker = await signedIn('banker@example.org');
  await banker.goto(url);
  await expect(banker.getByTestId('endorse-button')).toHaveCount(0);
  await banker.getByTestId('propose-endorsement').click();
  await expect(banker.getByTestId('pending-proposal')).toContainText('proposed');

  const approver = await signedIn('approver@example.org');
  await approver.getByTestId('notification-bell').click();
  await approver
    .getByTestId('notification-panel')
    .getByRole('link', { name: new RegExp(title) })
    .filter({ hasText: 'A colleague proposes that your organization endorse an initiative' })
    .click();
  await expect(approver.getByTestId('pending-proposal')).toBeVisible();
  await approver.getByTestId('statement-en').fill('The Bank of Jiangsu finances green parks.');
  await approver.getByTestId('endorse-button').click();
  await expect(approver.getByTestId('endorsed')).toContainText('Your organization endorsed it');
  await expect(new InitiativePage(approver).progress).toContainText('1 of 3 organizations have endorsed it');

  // The secretariat closes it and downloads the signatories.
  await secretariat.reload();
  await expect(new InitiativePage(secretariat).signatory('Bank of Jiangsu')).toHaveCount(1);
  await secretariat.getByTestId('close-initiative').click();
  await confirmPopup(secretariat, 'Close');
  await expect(secretariat.getByTestId('initiative-status')).toHaveText('Closed');
  const [download] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByTestId('export-csv').click(),
  ]);
  const csv = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(csv).toContain('Bank of Jiangsu');
  expect(csv).toContain('The Bank of Jiangsu finances green parks.');
  for (const page of [secretariat, banker, approver]) await page.context().close();
});
