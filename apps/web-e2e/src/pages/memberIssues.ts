import { expect, type Locator, type Page } from '@playwright/test';
import { pick } from './financing';
import { dropdownOf } from './select';

const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

/** A JSON call to the API in this page's session (data set up the way the web app would). */
export async function api<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: object): Promise<T> {
  const response = await page.request.fetch(path, { method, headers: XHR, data });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export interface RaisedIssue {
  id: string;
  reference: string;
  caseId: string | null;
  case: { id: string; reference: string } | null;
}

export interface NewIssue {
  category: string;
  country: string;
  titleEn?: string;
  titleZh?: string;
  descriptionEn?: string;
  descriptionZh?: string;
  confidential?: boolean;
}

/** Raises an issue for the signed-in member's organization through the API. */
export function raiseIssue(page: Page, issue: NewIssue): Promise<RaisedIssue> {
  return api<RaisedIssue>(page, 'POST', '/api/member-issues', { confidential: false, ...issue });
}

/** The secretariat files an issue in a case (a new one made from it when `caseId` is absent). */
export function fileIssue(page: Page, issueId: string, caseId?: string): Promise<RaisedIssue> {
  return api<RaisedIssue>(page, 'POST', `/api/member-issues/${issueId}/file`, caseId ? { caseId } : {});
}

/** The secretariat adds a government body to its list. */
export function addGovernmentBody(page: Page, names: { nameEn: string; nameZh: string }): Promise<{ id: string }> {
  return api<{ id: string }>(page, 'POST', '/api/government-bodies', names);
}

/** `/policy/issues/new`: the member's form. */
export class IssueForm {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('issue-form');
  }

  async open() {
    await this.page.goto('/policy/issues/new');
    await expect(this.form).toBeVisible();
  }

  /** Fills the form; `category` and `country` as the options read in the page's language. */
  async fill(issue: {
    category: string;
    park?: boolean;
    country?: string;
    titleZh?: string;
    descriptionZh?: string;
    titleEn?: string;
    descriptionEn?: string;
    confidential?: boolean;
  }) {
    await pick(this.page, 'field-category', issue.category);
    if (issue.park) {
      // The organization's first park: the country follows it.
      await this.form.getByTestId('field-park').click();
      await (await dropdownOf(this.form.getByTestId('field-park'))).locator('.ant-select-item-option').first().click();
    }
    if (issue.country) await pick(this.page, 'field-country', issue.country);
    if (issue.titleZh) await this.form.getByTestId('field-title-zh').fill(issue.titleZh);
    if (issue.descriptionZh) await this.form.getByTestId('field-description-zh').fill(issue.descriptionZh);
    if (issue.titleEn) await this.form.getByTestId('field-title-en').fill(issue.titleEn);
    if (issue.descriptionEn) await this.form.getByTestId('field-description-en').fill(issue.descriptionEn);
    if (issue.confidential) await this.form.getByTestId('field-confidential').check();
  }

  /** Submits and waits for the issue's page; returns its id. */
  async submit(): Promise<string> {
    await this.form.getByTestId('issue-submit').click();
    await expect(this.page.getByTestId('issue-page')).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }
}

/** `/policy/issues/:id`. */
export class IssuePage {
  readonly status: Locator;
  readonly steps: Locator;
  readonly caseCard: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('issue-status').first();
    this.steps = page.getByTestId('progress-steps');
    this.caseCard = page.getByTestId('issue-case');
  }

  async open(id: string) {
    await this.page.goto(`/policy/issues/${id}`);
    await expect(this.page.getByTestId('issue-page').or(this.page.getByTestId('issue-not-found'))).toBeVisible();
  }

  /** The step the progress display shows under way (or finished last). */
  currentStep(): Locator {
    return this.steps.locator('.ant-steps-item-process, .ant-steps-item-error').first();
  }

  /** The secretariat files the issue in an open case, found by its reference. */
  async fileInto(caseReference: string) {
    await this.page.getByTestId('issue-file').click();
    const modal = this.page.getByTestId('file-modal');
    // The modal's opening animation can swallow the first click under load:
    // retry until the radio reports checked.
    const existing = modal.getByTestId('file-target').locator('input[value="existing"]');
    await expect(async () => {
      await existing.check({ timeout: 2000 });
    }).toPass({ timeout: 15000 });
    await pick(this.page, 'file-case', caseReference);
    await modal.getByTestId('file-confirm').click();
    await expect(modal).toBeHidden();
  }
}

/** `/policy/cases/:id`. */
export class CasePage {
  readonly raisedBy: Locator;
  readonly issues: Locator;

  constructor(readonly page: Page) {
    this.raisedBy = page.getByTestId('case-raised-by').first();
    this.issues = page.getByTestId('case-issues');
  }

  async open(id: string) {
    await this.page.goto(`/policy/cases/${id}`);
    await expect(this.page.getByTestId('case-page').or(this.page.getByTestId('issue-not-found'))).toBeVisible();
  }

  async relay(body: string, text: string) {
    await this.page.getByTestId('case-relay').click();
    const modal = this.page.getByTestId('relay-modal');
    await pick(this.page, 'relay-body', body);
    await modal.getByTestId('relay-text').fill(text);
    await modal.getByTestId('relay-confirm').click();
    await expect(modal).toBeHidden();
  }

  async recordAnswer(answer: { zh?: string; en?: string }) {
    await this.page.getByTestId('case-answer').click();
    const modal = this.page.getByTestId('answer-modal');
    if (answer.zh) await modal.getByTestId('answer-zh').fill(answer.zh);
    if (answer.en) await modal.getByTestId('answer-en').fill(answer.en);
    await modal.getByTestId('answer-confirm').click();
    await expect(modal).toBeHidden();
  }
}
