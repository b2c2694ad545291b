import { expect, type Page } from '@playwright/test';

/**
 * Clicks a dialog's confirming button (by its test id) until the dialog closes. On a loaded machine a
 * click that lands while antd's dialog is still opening can be lost (CI saw the dialog open, its
 * button idle, ten seconds later); a click while the request runs is ignored by the loading button.
 */
export async function confirmDialog(page: Page, testId: string) {
  const button = page.getByTestId(testId);
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 });
    await expect(button).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}
