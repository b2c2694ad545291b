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
