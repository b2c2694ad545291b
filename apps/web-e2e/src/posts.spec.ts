import { expect, test, type Page } from '@playwright/test';
import { LoginPage, Shell } from './pages/shell';

const XSS_TITLE = '<img src=x onerror="window.__xss=1"> Textile land <script>window.__xss=2</script>';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ATTACHMENT = '园区地块图 <plots>.pdf';

const POST = {
  titleEn: 'Garment factory plots open for investors',
  titleZh: '服装工厂用地面向投资者开放',
  bodyEn:
    'Plots of **2 to 5 hectares** are available. <script>window.__xss=3</script> [details](javascript:window.__xss=4)',
  bodyZh: '园区内提供**2至5公顷**地块，欢迎服装企业投资。',
};

/** Nothing that people wrote ran as script, and no link points at javascript:. */
async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
}

test('an operator writes a bilingual post, a banker reads it in Chinese and reports it, the secretariat removes it; what people write never runs as script', async ({
  browser,
}) => {
  const operator = await browser.newPage();
  await new LoginPage(operator).signInAs('operator@example.org');
  await operator.goto('/posts/new');
  const editor = operator.getByTestId('post-editor');
  await editor.getByText('Opportunity', { exact: true }).click();
  await editor.getByTestId('post-editor-en').getByLabel('Title in English').fill(`${POST.titleEn} ${XSS_TITLE}`);
  await editor.getByTestId('post-editor-en').getByLabel('Text in English').fill(POST.bodyEn);
  await editor.getByTestId('post-editor-zh').getByLabel('Title in Chinese').fill(POST.titleZh);
  await editor.getByTestId('post-editor-zh').getByLabel('Text in Chinese').fill(POST.bodyZh);
  const tags = editor.getByLabel('Tags', { exact: true });
  await tags.fill('<img src=x onerror="window.__xss=5">');
  await tags.press('Enter');
  await operator.keyboard.press('Escape');
  await editor
    .getByTestId('attachment-uploader')
    .locator('input[type="file"]')
    .setInputFiles({ name: ATTACHMENT, mimeType: 'application/pdf', buffer: PDF });
  await expect(editor.getByTestId('attachment-file')).toContainText('园区地块图 _plots_.pdf');
  // The server's preview shows the formatting, and drops the script and the javascript: link.
  await expect(editor.getByTestId('post-preview-en').locator('strong')).toHaveText('2 to 5 hectares');
  await editor.getByTestId('post-editor-publish').click();
  await expect(operator.getByTestId('post-body')).toContainText('2 to 5 hectares');
  await expect(operator.getByRole('heading', { name: /onerror="window.__xss=1"/ })).toBeVisible();
  await expect(operator.getByText('#<img src=x onerror="window.__xss=5">')).toBeVisible();
  await expectNoScriptRan(operator);
  const url = operator.url();
  await operator.close();

  // A banker who reads the portal in Chinese.
  const banker = await browser.newPage();
  await new LoginPage(banker).signInAs('banker@example.org');
  await new Shell(banker).switchLanguage('中文');
  await banker.goto('/posts');
  const card = banker.getByTestId('post-card').filter({ hasText: POST.titleZh });
  await expect(card).toBeVisible();
  await card.getByText(POST.titleZh).click();
  await expect(banker.getByRole('heading', { name: POST.titleZh, exact: true })).toBeVisible();
  await expect(banker.getByTestId('post-body')).toContainText('2至5公顷');
  expect(banker.url()).toBe(url);
  await expectNoScriptRan(banker);
  // The attachment, named as text, downloads with its sniffed type.
  const link = banker.getByTestId('attachment-link');
  await expect(link).toHaveText('园区地块图 _plots_.pdf');
  const file = await banker.request.get((await link.getAttribute('href')) as string);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');

  // The banker reports it (in Chinese).
  await banker.getByTestId('post-report').click();
  const reportModal = banker.getByRole('dialog');
  await reportModal.getByRole('textbox').fill('疑似虚假招商信息');
  await reportModal.getByRole('button', { name: '提交举报' }).click();
  await expect(banker.getByTestId('post-report')).toContainText('已举报');

  // The secretariat removes it from the moderation queue; nobody else sees it any more.
  const secretariat = await browser.newPage();
  await new LoginPage(secretariat).signInAs('secretariat@example.org');
  await secretariat.goto('/admin/moderation');
  const row = secretariat
    .getByTestId('reports-table')
    .locator('.ant-table-row')
    .filter({ hasText: '疑似虚假招商信息' });
  await row.getByTestId('report-remove').click();
  const removeModal = secretariat.getByRole('dialog');
  await removeModal.getByRole('textbox').fill('Misleading offer.');
  await removeModal.getByRole('button', { name: 'Remove the post' }).click();
  await expect(
    secretariat.getByTestId('reports-table').locator('.ant-table-row').filter({ hasText: '疑似虚假招商信息' }),
  ).toHaveCount(0);
  await secretariat.goto(url);
  await expect(secretariat.getByTestId('post-removed-reason')).toContainText('Misleading offer.');
  await secretariat.close();

  await banker.reload();
  await expect(banker.getByTestId('post-not-found')).toBeVisible();
  await banker.close();
});

test('a visitor finds a public post by a Chinese word and an English word in another form', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('研讨会')}`);
  await expect(page.getByTestId('search-result').first()).toContainText('Seminar');
  await page.goto('/search?q=platform');
  await expect(page.getByTestId('search-result').filter({ hasText: "The alliance's four platforms" })).toBeVisible();
});
