import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeIn, personIn, pick } from './pages/financing';

const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

/** The row of a report in the list. */
const rowOf = (page: Page, year: number, language: 'en' | 'zh') =>
  page.getByTestId(`annual-report-${year}-${language}`);

/** Downloads a finished report from its row and returns the text of the PDF (pdftotext). */
async function download(page: Page, year: number, language: 'en' | 'zh'): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    rowOf(page, year, language).getByTestId('annual-report-download').click(),
  ]);
  expect(file.suggestedFilename()).toBe(`alliance-annual-report-${year}-${language}.pdf`);
  const saved = await file.path();
  expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', saved, '-']).toString('utf8');
}

test('the secretariat asks for the annual report in Chinese, follows its progress and downloads it; in Chinese, an English one of another year', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');

  // From the navigation, the secretariat's admin item.
  await secretariat.goto('/');
  await secretariat.getByRole('link', { name: 'Annual reports' }).first().click();
  await expect(secretariat.getByRole('heading', { level: 1, name: 'Annual reports' })).toBeVisible();

  // Last year, in Chinese: asked with the keyboard (the language by its radio, then Enter on the button).
  await secretariat.getByRole('radio', { name: 'Chinese' }).check();
  await secretariat.getByTestId('annual-report-submit').focus();
  await secretariat.keyboard.press('Enter');
  await expect(secretariat.getByTestId('annual-report-queued')).toContainText(`The report of ${YEAR - 1} is queued`);
  const row = rowOf(secretariat, YEAR - 1, 'zh');
  await expect(row).toBeVisible();
  // Its progress shows while it is written, then it is ready.
  await expect(row.getByRole('progressbar')).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(row).toContainText('Ready');
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  const chinese = await download(secretariat, YEAR - 1, 'zh');
  expect(chinese).toContain('江苏境外园区高质量发展联盟');
  expect(chinese).toContain(`${YEAR - 1}年度报告`);

  // A year before the alliance's founding is not offered.
  await secretariat.getByTestId('annual-report-year').click();
  await expect(secretariat.getByRole('option', { name: '2019' })).toHaveCount(0);
  await secretariat.keyboard.press('Escape');

  // In Chinese, this year's report in English.
  await closeIn(secretariat, 'English');
  const zh = await personIn(browser, 'secretariat@example.org', '中文');
  await zh.goto('/admin/annual-reports');
  await expect(zh.getByRole('heading', { level: 1, name: '年度报告' })).toBeVisible();
  await pick(zh, 'annual-report-year', String(YEAR));
  await zh.getByRole('radio', { name: '英文' }).check();
  await zh.getByTestId('annual-report-submit').click();
  await expect(zh.getByTestId('annual-report-queued')).toContainText(`${YEAR}年度报告已加入队列`);
  const english = rowOf(zh, YEAR, 'en');
  await expect(english).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(english).toContainText('已完成');
  const text = await download(zh, YEAR, 'en');
  expect(text).toContain(`Annual Report ${YEAR}`);
  expect(text).toContain('Jiangsu Overseas Park High-Quality Development Alliance');
  // The earlier one is still there to download again.
  await expect(rowOf(zh, YEAR - 1, 'zh').getByTestId('annual-report-download')).toBeVisible();
  await closeIn(zh, 'English');
});
