import { expect, type Locator, type Page } from '@playwright/test';
import { clickOption } from './select';

export const SSEZ_NAME = 'Sihanoukville Special Economic Zone Co., Ltd.';
export const SSEZ_PARK_NAME = 'Sihanoukville Special Economic Zone';
export const INDONESIA_NAME = 'Jiangsu–Indonesia Industrial Park Development Co.';

export interface NewProject {
  kind: string;
  country: string;
  park: string;
  sectors: string[];
  sizeUsd: string;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
}

/** `/cooperation/projects/new`: the owner's editor, both languages side by side. */
export class ProjectEditor {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('project-editor');
  }

  async open() {
    await this.page.goto('/cooperation/projects/new');
    await expect(this.form).toBeVisible();
  }

  private async pick(testId: string, text: string, type = true) {
    const field = this.form.getByTestId(testId);
    await field.click();
    if (type) await this.page.keyboard.type(text);
    await clickOption(field, text);
  }

  /** Fills the form and saves it, sent to the secretariat for review. */
  async submit(project: NewProject) {
    await this.pick('field-kind', project.kind, false);
    await this.pick('field-country', project.country);
    await this.pick('field-park', project.park);
    for (const sector of project.sectors) await this.pick('field-sectors', sector);
    await this.page.keyboard.press('Escape');
    await this.form.getByTestId('field-size').fill(project.sizeUsd);
    await this.form.getByTestId('field-title-en').fill(project.titleEn);
    await this.form.getByTestId('field-title-zh').fill(project.titleZh);
    await this.form.getByTestId('field-summary-en').fill(project.summaryEn);
    await this.form.getByTestId('field-summary-zh').fill(project.summaryZh);
    await this.form.getByTestId('field-description-en').fill(project.descriptionEn);
    await this.form.getByTestId('project-editor-submit').click();
  }
}

/** `/cooperation/projects/:id`: the project, its actions, and for the owner its expressions and matches. */
export class ProjectPage {
  readonly title: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('project-title');
    this.status = page.getByTestId('project-facts').getByTestId('project-status');
  }

  async open(id: string) {
    await this.page.goto(`/cooperation/projects/${id}`);
    await expect(this.page.getByTestId('project-page')).toBeVisible();
  }

  /** The project's id, from the address once the page shows it. */
  async id(): Promise<string> {
    await expect(this.page.getByTestId('project-page')).toBeVisible();
    const match = /\/cooperation\/projects\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match) throw new Error(`not on a project page: ${this.page.url()}`);
    return match[1];
  }

  /** Runs an action confirmed in a dialog (submit, approve, reopen, renew). */
  async confirm(action: 'submit' | 'approve' | 'reopen' | 'renew') {
    await this.page.getByTestId(`project-${action}`).click();
    await this.page.getByTestId(`confirm-${action}`).click();
  }

  expression(organization: string): Locator {
    return this.page.getByTestId('project-expression').filter({ hasText: organization });
  }
}

/** `/cooperation`: a member's matches, expressions waiting and own projects. */
export class CooperationHome {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/cooperation');
    await expect(this.page.getByTestId('cooperation-home')).toBeVisible();
  }

  match(title: string): Locator {
    return this.page.getByTestId('project-match').filter({ hasText: title });
  }
}

/** `/cooperation/interests/:id`: one expression, its contacts and the private thread. */
export class ExpressionPage {
  readonly status: Locator;
  readonly thread: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('expression-page').getByTestId('expression-status').first();
    this.thread = page.getByTestId('thread');
  }

  async open(id: string) {
    await this.page.goto(`/cooperation/interests/${id}`);
    await expect(this.page.getByTestId('expression-page')).toBeVisible();
  }

  async id(): Promise<string> {
    await expect(this.page.getByTestId('expression-page')).toBeVisible();
    const match = /\/cooperation\/interests\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match) throw new Error(`not on an expression page: ${this.page.url()}`);
    return match[1];
  }

  async write(body: string) {
    await this.page.getByTestId('thread-body').fill(body);
    await this.page.getByTestId('thread-send').click();
    await expect(this.thread.getByTestId('thread-message').filter({ hasText: body })).toBeVisible();
  }
}
