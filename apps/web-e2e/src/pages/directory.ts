import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { clickOption } from './select';

/** Picks an option of an antd Select found by its form label, typing to filter long lists. */
export async function choose(scope: Page | Locator, label: string, option: string, search?: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  if (search) await field.fill(search);
  await clickOption(field, option);
}

export interface Application {
  nameEn: string;
  nameZh: string;
  contactName: string;
  contactEmail: string;
  park: { nameEn: string; nameZh: string; city: string };
}

/** The public membership form at /apply. */
export class ApplyPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('apply-form');
  }

  async submit(a: Application): Promise<string> {
    await this.page.goto('/apply');
    const f = this.form;
    await f.getByLabel('Name of the organization (English)').fill(a.nameEn);
    await f.getByLabel('Name of the organization (Chinese)').fill(a.nameZh);
    await choose(f, 'Type of organization', 'Park operator');
    await choose(f, 'Country', 'Laos', 'Laos');
    await f.getByLabel('Full name').fill(a.contactName);
    await f.getByLabel('E-mail').fill(a.contactEmail);
    await f.getByRole('button', { name: 'Add a park' }).click();
    await f.getByLabel('Park name (English)').fill(a.park.nameEn);
    await f.getByLabel('Park name (Chinese)').fill(a.park.nameZh);
    await choose(f, 'Host country', 'Laos', 'Laos');
    await f.getByLabel('City').fill(a.park.city);
    await f.getByLabel("I accept the alliance's terms of membership").check();
    await f.getByRole('button', { name: 'Submit the application' }).click();
    const reference = this.page.getByTestId('application-reference');
    await expect(reference).toHaveText(/^AP-\d{4}-\d{5}$/);
    return (await reference.textContent()) ?? '';
  }
}

/** The secretariat's queue of membership applications. */
export class ApplicationsPage {
  constructor(readonly page: Page) {}

  async approve(reference: string) {
    await this.page.goto('/admin/membership-applications');
    await this.page.locator('.ant-table-row', { hasText: reference }).click();
    const drawer = this.page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Approve' }).click();
    await this.page.getByRole('button', { name: 'Create and invite' }).click();
    await expect(drawer.getByTestId('application-decision')).toContainText('Approved');
  }
}

/** The newest e-mail to an address in the folder the portal writes e-mails to (MAIL_DROP_DIR). */
export async function waitForMail(to: string, template: string): Promise<{ subject: string; text: string }> {
  const dir = process.env.E2E_MAIL_DIR as string;
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      () => {
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : [];
        found = files
          .map(
            (name) =>
              JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {
                to: string;
                template: string;
                subject: string;
                text: string;
              },
          )
          .find((mail) => mail.to === to && mail.template === template);
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found as { subject: string; text: string };
}

/** The path and query of the first portal link in an e-mail, to open against the test server. */
export function linkPath(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error('no link in the e-mail');
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
