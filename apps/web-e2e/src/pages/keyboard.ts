import { expect, type Locator, type Page } from '@playwright/test';
import { dropdownOf } from './select';

/**
 * What an element looks like where focus would show: outline, shadow and border, on it and on
 * the wrapper antd draws for it. Run in the browser (serialized: no outer references).
 */
const look = (el: Element): string => {
  const wrapper = el.closest(
    '.ant-input-affix-wrapper, .ant-select, .ant-picker, .ant-input-number, .ant-radio-button-wrapper, .ant-radio-wrapper, .ant-checkbox-wrapper',
  );
  const parts = [
    el,
    wrapper,
    ...(wrapper
      ? Array.from(wrapper.querySelectorAll('.ant-select-selector, .ant-radio-button, .ant-radio-inner'))
      : []),
  ];
  return parts
    .filter((x): x is Element => x instanceof Element)
    .map((x) => {
      const s = getComputedStyle(x);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow} | ${s.borderColor}`;
    })
    .join(' || ');
};

/**
 * The element with focus shows it: its look differs from the same element without focus.
 * Focus is put back after.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const active = await page.evaluateHandle(() => document.activeElement ?? document.body);
  const focused = await active.evaluate(look);
  await active.evaluate((el) => (el as HTMLElement).blur());
  await page.waitForTimeout(250); // antd animates the focus ring out
  const unfocused = await active.evaluate(look);
  await active.evaluate((el) => (el as HTMLElement).focus());
  expect({
    element: await active.evaluate((el) => el.outerHTML.slice(0, 160)),
    focusShows: focused !== unfocused,
  }).toMatchObject({ focusShows: true });
}

/** As a keyboard user does on a page: the first Tab reaches the skip link, Enter goes past the header and menu. */
export async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Presses Tab until `target` has focus (it must be reachable by keyboard, in order), then checks the focus shows. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (
      await target
        .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
        .catch(() => false)
    ) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with ${max} presses of Tab: ${String(target)}`);
}

/** Chooses an option of the antd select that has focus by typing it and pressing Enter. */
export async function chooseByTyping(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await expect((await dropdownOf(page.locator(':focus'))).locator('.ant-select-item-option-active')).toContainText(
    text,
  );
  await page.keyboard.press('Enter');
}
