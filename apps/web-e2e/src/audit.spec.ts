import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { closeInEnglish, personIn } from './pages/financing';
import { dropdownOf } from './pages/select';

const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'alliance-screenshots');

/** Opens an antd Select by its label, types to search, and picks the option with this text. */
async function pick(page: Page, label: string, search: string, option: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(search);
  await (await dropdownOf(box)).getByText(option, { exact: true }).first().click();
}

test('the secretariat reads the audit log in its language: actions, record types, names with links, filters by pickers; a language switch is not logged', async ({
  browser,
}) => {
  const secretariat = await personIn(browser, 'secretariat@example.org', '中文');
  await secretariat.goto('/admin/audit');
  const table = secretariat.getByTestId('audit-table');
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  // Translated actions and record types, the actor's name, no raw codes or id fragments.
  await expect(table).toContainText('登录');
  await expect(table).toContainText('会话');
  await expect(table).toContainText('Secretariat Officer');
  await expect(table).not.toContainText('auth.login');
  await expect(table).not.toContainText('00000000');

  // The switch to Chinese above wrote no event.
  await pick(secretariat, '操作', '编辑个人资料', '编辑个人资料');
  await expect(secretariat).toHaveURL(/action=user\.update_profile/);
  await expect(table.locator('.ant-empty')).toBeVisible();
  await secretariat.goto('/admin/audit');

  // Pick who acted and what: only that person's sign-ins remain, each naming the account.
  await pick(secretariat, '操作人', 'secretariat', 'Secretariat Officer · 江苏境外园区高质量发展联盟秘书处');
  await pick(secretariat, '操作', '登录', '登录');
  await expect(secretariat).toHaveURL(/actorUserId=.*action=auth\.login|action=auth\.login.*actorUserId=/);
  const rows = table.locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  // The table shows the actor-only page until the second filter's answer comes: wait for it.
  await expect
    .poll(async () =>
      [
        ...new Set(
          await rows.locator('[data-action]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-action'))),
        ),
      ].join(','),
    )
    .toBe('auth.login');
  await expect(rows.first()).toContainText('secretariat@example.org');
  await secretariat.screenshot({ path: path.join(SHOTS, 'audit-filtered-zh.png'), fullPage: true });

  await closeInEnglish([secretariat]);
});

test('an edited organization shows in the log by name, with a link, and the changed field by its label', async ({
  browser,
}) => {
  const operator = await personIn(browser, 'operator@example.org', 'English');
  const res = await operator.request.patch('/api/organizations/00000000-0000-4000-8000-000000000011', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
    data: { website: 'https://www.ssez.example.com' },
  });
  expect(res.status()).toBe(200);
  await operator.close();

  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto('/admin/audit?action=organization.update');
  const row = secretariat.getByTestId('audit-table').locator('.ant-table-row').first();
  await expect(row).toContainText('Organization edited');
  await expect(row).toContainText('Website');
  const link = row.getByRole('link', { name: 'Sihanoukville Special Economic Zone Co., Ltd.' }).first();
  await expect(link).toHaveAttribute('href', '/admin/organizations/00000000-0000-4000-8000-000000000011');
  await row.locator('.ant-table-row-expand-icon').click();
  await expect(secretariat.getByText('https://www.ssez.example.com')).toBeVisible();
  await secretariat.screenshot({ path: path.join(SHOTS, 'audit-edit-en.png'), fullPage: true });
  await closeInEnglish([secretariat]);
});
