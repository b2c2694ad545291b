import type { Locator } from '@playwright/test';

/**
 * The dropdown of this antd select: the one holding the listbox its input controls. A dropdown
 * closed a moment ago can linger in the page, "visible" to a CSS query, with its own matching
 * (already selected) option; looking up the dropdown by its listbox never picks that one.
 */
export async function dropdownOf(field: Locator): Promise<Locator> {
  const input = (await field.getAttribute('role')) === 'combobox' ? field : field.getByRole('combobox');
  const listId = await input.getAttribute('aria-controls');
  if (!listId) throw new Error('this select has no listbox (is it open?)');
  const page = field.page();
  return page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
}

/** Clicks the first option of this select's own dropdown that contains `text`. */
export async function clickOption(field: Locator, text: string): Promise<void> {
  await (await dropdownOf(field)).locator('.ant-select-item-option', { hasText: text }).first().click();
}
