import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'alliance-demo-2026';

/** The portal's frame: header, language switch, account menu, side navigation. */
export class Shell {
  readonly sideNav: Locator;
  readonly accountMenu: Locator;

  constructor(readonly page: Page) {
    this.sideNav = page.getByTestId('side-nav');
    this.accountMenu = page.getByTestId('account-menu');
  }

  async switchLanguage(label: 'English' | '中文') {
    await this.page.getByText(label, { exact: true }).first().click();
  }

  navItem(name: string | RegExp): Locator {
    return this.sideNav.getByText(name, { exact: typeof name === 'string' });
  }

  async signOut(label = 'Sign out') {
    await this.accountMenu.click();
    await this.page.getByText(label, { exact: true }).click();
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/login');
    await expect(this.page.getByLabel('E-mail')).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in and waits until the account menu shows, i.e. the session is live. */
  async signInAs(email: string) {
    await this.open();
    await this.signIn(email);
    await expect(new Shell(this.page).accountMenu).toBeVisible();
    // Sign-in then lands on "My work" (or the deep link): let it arrive before the journey goes on.
    await expect(this.page).not.toHaveURL(/\/login/);
  }
}
