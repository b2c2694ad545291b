import { expect, test, type Page } from '@playwright/test';
import { closeIn, closeInEnglish, personIn } from './pages/financing';
import { confirmDialog } from './pages/dialog';
import { clickOption } from './pages/select';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Picks a date in the antd date picker inside `scope` by typing it. */
async function typeDate(scope: ReturnType<Page['locator']>, date: string) {
  const input = scope.locator('.ant-picker input').first();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('the secretariat records an agreement with a commitment and activates it; a visitor finds it in the public list; the counterparty marks its commitment done', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const title = `Overseas legal service centres ${stamp}`;
  const commitment = `Open a legal service centre in Sihanoukville ${stamp}`;

  // The secretariat drafts the agreement with the Jiangsu Lawyers Association.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto('/agreements');
  await secretariat.getByTestId('new-agreement').click();
  const editor = secretariat.getByTestId('agreement-editor');
  await expect(editor).toBeVisible();
  await editor.getByTestId('field-kind').click();
  await clickOption(editor.getByTestId('field-kind'), 'Legal services');
  const parties = editor.getByRole('combobox', { name: 'Counterparties' });
  await parties.click();
  await secretariat.keyboard.type('Lawyers');
  await clickOption(parties, 'Jiangsu Lawyers Association');
  await secretariat.keyboard.press('Escape');
  await editor.getByTestId('field-title-en').fill(title);
  await editor.getByTestId('field-title-zh').fill(`境外法律服务中心 ${stamp}`);
  await editor.getByTestId('field-summary-en').fill('Legal help for the companies of overseas parks.');
  await editor.getByTestId('field-scope-en').fill('Overseas legal service centres at member parks.');
  await editor.getByTestId('agreement-save').click();
  await expect(secretariat.getByTestId('agreement-title')).toHaveText(title);
  await expect(secretariat.getByTestId('agreement-status')).toHaveText('Draft');

  // A commitment of the counterparty, due next summer.
  await secretariat.getByTestId('add-commitment').click();
  const modal = secretariat.locator('.ant-modal').filter({ hasText: 'Add a commitment' });
  await modal.getByTestId('commitment-title-en').fill(commitment);
  await typeDate(modal, '2027-06-30');
  await modal.getByTestId('confirm-commitment').click();
  const row = secretariat.getByTestId('commitment-row').filter({ hasText: commitment });
  await expect(row.getByTestId('commitment-status')).toHaveText('Open');

  // The signed text, a PDF, filed as the document's first version.
  await secretariat.getByTestId('add-document').click();
  const upload = secretariat.locator('.ant-modal').filter({ hasText: 'Add a document' });
  await upload.getByTestId('document-title-en').fill('Signed text');
  await upload
    .getByTestId('attachment-uploader')
    .locator('input[type="file"]')
    .setInputFiles({ name: 'agreement.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(upload.getByTestId('attachment-file')).toContainText('agreement.pdf');
  await upload.getByTestId('confirm-document').click();
  await expect(secretariat.getByTestId('document-version')).toContainText('agreement.pdf');

  // Signed today, it takes effect today: the secretariat activates it.
  await secretariat.getByTestId('agreement-sign').click();
  await secretariat.getByTestId('confirm-sign').click();
  await expect(secretariat.getByTestId('agreement-status')).toHaveText('Signed');
  await secretariat.getByTestId('agreement-activate').click();
  await secretariat.getByTestId('confirm-activate').click();
  await expect(secretariat.getByTestId('agreement-status')).toHaveText('Active');
  const url = secretariat.url();

  // A visitor finds it among the active agreements, with its party and summary, not its commitments.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/agreements');
  const card = visitor.getByTestId('agreement-row').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('agreement-parties')).toContainText('Jiangsu Lawyers Association');
  await expect(card).toContainText('Legal help for the companies of overseas parks.');
  await card.getByRole('link', { name: title }).click();
  await expect(visitor.getByTestId('agreement-title')).toHaveText(title);
  await expect(visitor.getByTestId('commitments-panel')).toHaveCount(0);
  await context.close();

  // The lawyers association's admin reads it in Chinese and marks its commitment done.
  const partner = await personIn(browser, 'partner@example.org', '中文');
  await partner.goto(new URL(url).pathname);
  const own = partner.getByTestId('commitment-row').filter({ hasText: commitment });
  await expect(own.getByTestId('commitment-status')).toHaveText('未完成');
  await own.getByTestId('commitment-complete').click();
  await partner.getByTestId('commitment-note').fill('中心已于园区开业');
  await confirmDialog(partner, 'confirm-commitment-complete');
  await expect(own.getByTestId('commitment-status')).toHaveText('已完成');
  await expect(own.getByTestId('commitment-complete')).toHaveCount(0);
  // As a party it reads the documents too.
  await expect(partner.getByTestId('document-version')).toContainText('agreement.pdf');

  // The secretariat sees it done.
  await secretariat.reload();
  await expect(
    secretariat.getByTestId('commitment-row').filter({ hasText: commitment }).getByTestId('commitment-status'),
  ).toHaveText('Done');
  await closeIn(partner, '中文');
  await closeInEnglish([secretariat]);
});
