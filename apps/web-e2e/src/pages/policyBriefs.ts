import { expect, type Locator, type Page } from '@playwright/test';
import { pick } from './financing';

/** The demo brief on Cambodia's Law on Investment: versions 1 and 2, both published (seeds/demo-policy.ts). */
export const CAMBODIA_BRIEF = '00000000-0000-4000-8000-000000001001';
/** The Nanjing institute's brief on Ethiopian customs, submitted and waiting for the secretariat. */
export const ETHIOPIA_BRIEF = '00000000-0000-4000-8000-000000001004';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export interface NewBrief {
  titleEn: string;
  titleZh: string;
  summaryZh: string;
  bodyEn: string;
  bodyZh: string;
  /** Typed into the country picker: the ISO code, the same in both languages. */
  country: string;
  topic: string;
}

/** The brief's editor at /policy/briefs/new or /policy/briefs/:id/edit, by test ids (any language). */
export class BriefEditor {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('brief-editor');
  }

  async fill(brief: NewBrief) {
    await expect(this.form).toBeVisible();
    await pick(this.page, 'brief-countries', brief.country);
    await this.page.keyboard.press('Escape');
    await this.form.getByTestId(`brief-topic-${brief.topic}`).click();
    await this.form.getByTestId('brief-title-en').fill(brief.titleEn);
    await this.form.getByTestId('brief-title-zh').fill(brief.titleZh);
    await this.form.getByTestId('brief-summary-zh').fill(brief.summaryZh);
    await this.form.getByTestId('brief-body-en').fill(brief.bodyEn);
    await this.form.getByTestId('brief-body-zh').fill(brief.bodyZh);
  }

  /** Saves and submits for review (confirmed), and lands on the brief's page; returns its id. */
  async saveAndSubmit(): Promise<string> {
    await this.form.getByTestId('brief-editor-submit').click();
    await this.page.getByTestId('confirm-submit').click();
    await expect(this.page).toHaveURL(/\/policy\/briefs\/[0-9a-f-]{36}$/);
    return this.page.url().split('/').pop() as string;
  }
}

/** A brief's page at /policy/briefs/:id. */
export class BriefPage {
  readonly status: Locator;
  readonly thread: Locator;
  constructor(readonly page: Page) {
    this.status = page.getByTestId('brief-page').getByTestId('brief-status');
    this.thread = page.getByTestId('brief-thread');
  }

  async open(id: string) {
    await this.page.goto(`/policy/briefs/${id}`);
    await expect(this.page.getByTestId('brief-page')).toBeVisible();
  }

  async expectStatus(status: string) {
    await expect(this.status).toHaveAttribute('data-status', status);
  }

  /** The secretariat sends the version back with a comment (required). */
  async requestChanges(comment: string) {
    await this.page.getByTestId('brief-request-changes').click();
    // The comment is required: the dialog says so before anything is sent.
    await this.page.getByTestId('confirm-request_changes').click();
    await expect(this.page.getByRole('dialog').locator('.ant-form-item-explain-error')).toBeVisible();
    await this.page.getByTestId('request_changes-text').fill(comment);
    await this.page.getByTestId('confirm-request_changes').click();
    await this.expectStatus('changes_requested');
  }

  async publish() {
    await this.page.getByTestId('brief-publish').click();
    await this.page.getByTestId('confirm-publish').click();
    await this.expectStatus('published');
  }
}
