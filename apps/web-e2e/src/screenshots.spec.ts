import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { LoginPage, Shell } from './pages/shell';

/** Pictures of the main pages in both languages, for people to look at (SCREENSHOT_DIR, default a temp folder). */
const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'alliance-screenshots');
fs.mkdirSync(dir, { recursive: true });

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the main pages (${suffix})`, async ({ page }) => {
    await page.goto('/');
    const shell = new Shell(page);
    await shell.switchLanguage(lang);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: path.join(dir, `home-${suffix}.png`), fullPage: true });

    await page.goto('/login');
    await expect(page.locator('form input').first()).toBeVisible();
    await page.screenshot({ path: path.join(dir, `login-${suffix}.png`), fullPage: true });

    await shell.switchLanguage('English');
    await new LoginPage(page).signInAs('secretariat@example.org');
    await shell.switchLanguage(lang);
    for (const [name, url] of [
      ['organizations', '/admin/organizations'],
      ['users', '/admin/users'],
      ['audit', '/admin/audit'],
      ['account', '/account'],
    ] as const) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.ant-table, form').first()).toBeVisible();
      await page.screenshot({ path: path.join(dir, `${name}-${suffix}.png`), fullPage: true });
    }
    await shell.signOut(lang === 'English' ? 'Sign out' : '退出登录');
  });
}
