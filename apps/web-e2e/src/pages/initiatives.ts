import { expect, type Locator, type Page } from '@playwright/test';

/** The demo initiative of 12 May 2021 (seeds/demo-initiatives.ts). */
export const JIANGSU_PARKS_INITIATIVE = '00000000-0000-4000-8000-000000003801';

/** An initiative's page at /initiatives/:id: its text, progress, signatories and the reader's endorsement card. */
export class InitiativePage {
  readonly title: Locator;
  readonly progress: Locator;
  readonly signatories: Locator;
  readonly endorsementCard: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('initiative-title');
    this.progress = page.getByTestId('initiative-progress');
    this.signatories = page.getByTestId('signatories');
    this.endorsementCard = page.getByTestId('endorsement-card');
  }

  async open(id: string) {
    await this.page.goto(`/initiatives/${id}`);
    await expect(this.title).toBeVisible();
  }

  /** The signatories' rows that name an organization. */
  signatory(name: string): Locator {
    return this.signatories.getByTestId('signatory').filter({ hasText: name });
  }

  /** Signs for the organization with a statement in Chinese (an admin's form). */
  async endorseInChinese(statement: string) {
    await this.endorsementCard.getByTestId('statement-zh').fill(statement);
    await this.endorsementCard.getByTestId('endorse-button').click();
    await expect(this.endorsementCard.getByTestId('endorsed')).toBeVisible();
  }
}

/** The secretariat's editor at /initiatives/new and /initiatives/:id/edit. */
export class InitiativeEditor {
  constructor(readonly page: Page) {}

  async write(text: { titleEn: string; titleZh: string; principles: { en: string; zh: string }[]; target: number }) {
    const page = this.page;
    await page.getByLabel('Title (English)').fill(text.titleEn);
    await page.getByLabel('Title (Chinese)').fill(text.titleZh);
    for (const [index, principle] of text.principles.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Add a principle' }).click();
      await page.getByLabel(`Principle ${index + 1} (English)`).fill(principle.en);
      await page.getByLabel(`Principle ${index + 1} (Chinese)`).fill(principle.zh);
    }
    await page.getByLabel('Target (organizations)').fill(String(text.target));
    await page.getByTestId('save-initiative').click();
    await expect(page.getByTestId('initiative-page')).toBeVisible();
  }
}

/** Confirms an antd Popconfirm by its button. */
export async function confirmPopup(page: Page, button: string) {
  await page.locator('.ant-popconfirm').getByRole('button', { name: button }).click();
}
