import { expect, test } from '@playwright/test';
import { chooseByTyping, skipToContent, tabTo } from './pages/keyboard';
import { DEMO_PASSWORD, LoginPage, Shell } from './pages/shell';

/** Journeys with the keyboard alone: every field reached with Tab, in order, showing where focus is. */

test('signing in with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await tabTo(page, page.getByLabel('E-mail'));
  await page.keyboard.type('operator@example.org');
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await expect(new Shell(page).accountMenu).toBeVisible();
});

test('writing and publishing a post with the keyboard alone', async ({ page }) => {
  await new LoginPage(page).signInAs('operator@example.org');
  await page.goto('/posts/new');
  const editor = page.getByTestId('post-editor');
  await expect(editor).toBeVisible();
  await skipToContent(page);
  // The kind: a radio group, moved with the arrow keys.
  await tabTo(page, editor.getByRole('radio', { name: 'News' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(editor.getByRole('radio', { name: 'Opportunity' })).toBeChecked();
  // Tab reaches a radio group at its chosen option; the arrow keys choose another.
  await tabTo(page, editor.getByRole('radio', { name: /^Public/ }));
  await page.keyboard.press('ArrowDown');
  await expect(editor.getByRole('radio', { name: /Members only/ })).toBeChecked();
  await tabTo(page, editor.getByTestId('post-editor-en').getByLabel('Title in English'));
  await page.keyboard.type('Warehouse space for electronics assemblers (keyboard)');
  await tabTo(page, editor.getByTestId('post-editor-en').getByLabel('Text in English'));
  await page.keyboard.type('Two **bonded** warehouses are free from January.');
  await tabTo(page, editor.getByTestId('post-editor-publish'));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Warehouse space for electronics assemblers (keyboard)' }),
  ).toBeVisible();
  await expect(page.getByTestId('post-body').locator('strong')).toHaveText('bonded');
});

test('asking for finance with the keyboard alone', async ({ page }) => {
  await new LoginPage(page).signInAs('operator@example.org');
  await page.goto('/financing/requests/new');
  const editor = page.getByTestId('request-editor');
  await expect(editor).toBeVisible();
  await skipToContent(page);
  await tabTo(page, page.getByTestId('field-park').locator('input'));
  await chooseByTyping(page, 'Sihanoukville');
  await tabTo(page, page.getByTestId('field-instrument').locator('input'));
  await chooseByTyping(page, 'Loan');
  await tabTo(page, page.getByTestId('field-amount'));
  await page.keyboard.type('3500000');
  await tabTo(page, page.getByTestId('field-currency').locator('input'));
  await chooseByTyping(page, 'USD');
  await tabTo(page, page.getByTestId('field-tenor'));
  await page.keyboard.type('48');
  await tabTo(page, page.getByTestId('field-country').locator('input'));
  await chooseByTyping(page, 'Cambodia');
  await tabTo(page, page.getByTestId('field-sector').locator('input'));
  await chooseByTyping(page, 'Textiles');
  await tabTo(page, page.getByTestId('request-editor-en').getByLabel('Title'));
  await page.keyboard.type('Dyeing line expansion (keyboard)');
  await tabTo(page, page.getByTestId('request-editor-en').getByLabel('Purpose'));
  await page.keyboard.type('A second dyeing line for the garment cluster.');
  await tabTo(page, page.getByTestId('request-editor-submit'));
  await page.keyboard.press('Enter');
  // The confirmation takes the keyboard's focus: Enter confirms.
  await expect(page.getByTestId('confirm-submit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dyeing line expansion (keyboard)' })).toBeVisible();
  await expect(page.getByTestId('request-status')).toContainText(/Submitted|Under review/);
});
