import { expect, test } from '@playwright/test';
import { LoginPage, Shell } from './pages/shell';

test.describe('the portal shell', () => {
  test('a visitor sees the public home with the four platforms and no administration', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jiangsu Overseas Park');
    for (const platform of ['Information sharing', 'Financing services', 'Investment cooperation', 'Policy research']) {
      await expect(page.getByText(platform).first()).toBeVisible();
    }
    await expect(new Shell(page).navItem('Audit log')).toHaveCount(0);
  });

  const roles = [
    {
      email: 'secretariat@example.org',
      sees: [
        'Organizations',
        'Users',
        'Audit log',
        'Policy briefs',
        'Brief review queue',
        'Issues log',
        'Issue cases',
        'Cooperation projects',
        'Projects to review',
        'Deals',
      ],
      // The secretariat reviews projects and follows deals; the expressions are the two members' own.
      hidden: ['Expressions of interest'],
    },
    {
      email: 'operator@example.org',
      sees: ['Users', 'Issues log', 'Issue cases', 'Cooperation projects', 'Expressions of interest', 'Deals'],
      hidden: ['Organizations', 'Audit log', 'Projects to review'],
    },
    {
      email: 'banker@example.org',
      sees: ['Policy briefs', 'Countries'],
      hidden: ['Organizations', 'Users', 'Audit log', 'Brief review queue'],
    },
    { email: 'insurer@example.org', sees: ['Users'], hidden: ['Organizations', 'Audit log'] },
    { email: 'partner@example.org', sees: ['Users'], hidden: ['Organizations', 'Audit log'] },
  ];
  for (const role of roles) {
    test(`${role.email} signs in and sees the menu of their role`, async ({ page }) => {
      await new LoginPage(page).signInAs(role.email);
      const shell = new Shell(page);
      await shell.switchLanguage('English');
      await expect(shell.navItem('Information sharing')).toBeVisible();
      for (const item of role.sees) await expect(shell.navItem(item)).toBeVisible();
      for (const item of role.hidden) await expect(shell.navItem(item)).toHaveCount(0);
    });
  }

  test('switching to 中文 shows Chinese, sets the page language for assistive technology, and is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    const shell = new Shell(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await shell.switchLanguage('中文');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('江苏境外园区高质量发展联盟');
    await expect(page.getByText('信息共享平台').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('江苏境外园区高质量发展联盟');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await shell.switchLanguage('English');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jiangsu Overseas Park');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test("a visitor's pages load without an error in the browser console", async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    for (const url of ['/', '/posts', '/directory', '/directory/organizations', '/login', '/apply']) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });

  test('a wrong password shows an error and stays on the sign-in page', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn('operator@example.org', 'definitely-not-it');
    await expect(page.getByRole('alert')).toContainText(/incorrect/i);
    await expect(page).toHaveURL(/\/login/);
  });

  test('signing out returns to the public home and ends the session', async ({ page }) => {
    await new LoginPage(page).signInAs('operator@example.org');
    // From "My work", where sign-in lands: the members' page must not send the reader to sign in again.
    await expect(page).toHaveURL(/\/work$/);
    const shell = new Shell(page);
    await shell.switchLanguage('English');
    await shell.signOut();
    await expect(page).toHaveURL(/\/$/);
    await expect(shell.accountMenu).toHaveCount(0);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    // A members' page asks a visitor to sign in again, and comes back afterwards.
    await page.goto('/work');
    await expect(page).toHaveURL(/\/login\?next=%2Fwork$/);
  });

  test('the secretariat suspends an organization with a reason, and its users are cut off', async ({
    page,
    browser,
  }) => {
    const operatorContext = await browser.newContext();
    const operatorPage = await operatorContext.newPage();
    await new LoginPage(operatorPage).signInAs('operator2@example.org');

    await new LoginPage(page).signInAs('secretariat@example.org');
    const shell = new Shell(page);
    await shell.switchLanguage('English');
    await shell.navItem('Organizations').click();
    const row = page.getByRole('row', { name: /Jiangsu–Indonesia Industrial Park Development Co\./ });
    await row.getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await expect(dialog.getByText(/reason/i).first()).toBeVisible(); // a reason is required
    await dialog.getByLabel(/reason/i).fill('Membership fees overdue (e2e)');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await expect(row.getByText('Suspended')).toBeVisible();

    const me = await operatorPage.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    // Signing in again says why it cannot, rather than "no permission".
    // (operator2 reads Chinese: the page is switched to English first.)
    await operatorPage.goto('/login');
    await new Shell(operatorPage).switchLanguage('English');
    const login = new LoginPage(operatorPage);
    await login.open();
    await login.signIn('operator2@example.org');
    await expect(operatorPage.getByRole('alert')).toContainText(
      'This account cannot sign in: it, or its organization, is suspended or not active.',
    );
    await operatorContext.close();

    await row.getByRole('button', { name: 'Reinstate' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/reason/i)
      .fill('Fees paid (e2e)');
    await page.getByRole('dialog').getByRole('button', { name: 'Reinstate' }).click();
    await expect(row.getByText('Active')).toBeVisible();
  });
});
