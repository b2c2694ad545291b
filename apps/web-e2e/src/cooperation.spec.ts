import { expect, test, type Browser } from '@playwright/test';
import {
  CooperationHome,
  ExpressionPage,
  INDONESIA_NAME,
  ProjectEditor,
  ProjectPage,
  SSEZ_NAME,
  SSEZ_PARK_NAME,
} from './pages/cooperation';
import { closeIn, personIn } from './pages/financing';
import { Shell } from './pages/shell';
import { confirmDialog } from './pages/dialog';

const stamp = Date.now().toString(36);
const TITLE_EN = `Machinery and garment investors for the Sihanoukville zone (${stamp})`;
const TITLE_ZH = `西港特区机械与服装产业招商（${stamp}）`;

/** Each person in a browser page of their own, in the language chosen for them (saved on the account). */
const as = (browser: Browser, email: string, language: 'English' | '中文' = 'English') =>
  personIn(browser, email, language);

test('the Sihanoukville operator publishes a project; the secretariat approves it; the Indonesian operator finds it among its matches with the reason, expresses interest and is accepted; both talk in the thread; the owner moves the deal to a site visit', async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // The Sihanoukville operator writes the project in both languages and sends it for review.
  const owner = await as(browser, 'operator@example.org');
  const editor = new ProjectEditor(owner);
  await editor.open();
  await editor.submit({
    kind: 'Seeking investment',
    country: 'Cambodia',
    park: SSEZ_PARK_NAME,
    sectors: ['Machinery and equipment', 'Textiles and garments'],
    sizeUsd: '25,000,000.00',
    titleEn: TITLE_EN,
    titleZh: TITLE_ZH,
    summaryEn: 'Investors for a machinery and garment cluster with ready factories and a training centre.',
    summaryZh: '为配备标准厂房和培训中心的机械与服装产业集群寻找投资方。',
    descriptionEn: 'Ready factories from 2,000 m², a dormitory for 3,000 workers and a vocational training centre.',
  });
  const project = new ProjectPage(owner);
  await expect(project.title).toHaveText(TITLE_EN);
  await expect(project.status).toHaveText('In review');
  await expect(owner.getByTestId('project-size')).toHaveText('USD 25,000,000.00');
  const id = await project.id();
  // Nobody else reads a project in review: the other operator gets the not-found page.
  const other = await as(browser, 'operator2@example.org');
  await new ProjectPage(other).page.goto(`/cooperation/projects/${id}`);
  await expect(other.getByTestId('cooperation-not-found')).toBeVisible();

  // The secretariat finds it in its queue and publishes it.
  const secretariat = await as(browser, 'secretariat@example.org');
  await secretariat.goto('/cooperation/review');
  await secretariat.getByTestId('project-card').filter({ hasText: TITLE_EN }).getByTestId('project-card-title').click();
  const review = new ProjectPage(secretariat);
  await expect(review.title).toHaveText(TITLE_EN);
  await review.confirm('approve');
  await expect(review.status).toHaveText('Open');
  await expect(secretariat.getByTestId('project-approve')).toHaveCount(0);
  await secretariat.close();

  // The Indonesian operator sees it among its matches, with the shared sector as the reason, in both languages.
  const home = new CooperationHome(other);
  await home.open();
  const match = home.match(TITLE_EN);
  await expect(match).toBeVisible();
  await expect(
    match.getByTestId('match-reason').filter({ hasText: 'same sector: machinery and equipment' }),
  ).toBeVisible();
  await expect(match.getByTestId('match-explanation')).toContainText('machinery and equipment');
  const shell = new Shell(other);
  await shell.switchLanguage('中文');
  await expect(
    home.match(TITLE_ZH).getByTestId('match-reason').filter({ hasText: '相同行业：机械装备' }),
  ).toBeVisible();
  await shell.switchLanguage('English');
  await expect(home.match(TITLE_EN)).toBeVisible();

  // It expresses interest from the project page.
  await home.match(TITLE_EN).getByTestId('project-match-title').click();
  await expect(new ProjectPage(other).title).toHaveText(TITLE_EN);
  await other.getByTestId('project-express').click();
  await other
    .getByTestId('express-message')
    .fill('We build machinery parks in Indonesia and look for a second site. Could we visit in January?');
  await other.getByTestId('confirm-express').click();
  const interest = new ExpressionPage(other);
  await expect(interest.status).toHaveText('Waiting for an answer');
  const expressionId = await interest.id();
  await expect(other.getByTestId('contacts')).toHaveCount(0);
  // Once is enough: the project offers no second expression.
  await new ProjectPage(other).open(id);
  await expect(other.getByTestId('project-express')).toHaveCount(0);
  await expect(other.getByTestId('project-own-expression')).toBeVisible();

  // The owner reads it on the project page and accepts: contacts and the private thread open.
  await project.open(id);
  const row = project.expression(INDONESIA_NAME);
  await expect(row.getByTestId('expression-status')).toHaveText('Waiting for an answer');
  await row.getByTestId('expression-accept').click();
  await owner.getByTestId('confirm-accept').click();
  await expect(row.getByTestId('expression-status')).toHaveText('Accepted');
  await expect(project.status).toHaveText('In talks');
  await row.getByRole('link', { name: INDONESIA_NAME }).click();
  const accepted = new ExpressionPage(owner);
  await expect(accepted.status).toHaveText('Accepted');
  await expect(owner.getByTestId('contacts')).toContainText(INDONESIA_NAME);
  await accepted.write('Welcome. 12 January suits us; we will send the programme of the visit.');

  // The Indonesian operator sees the owner's contacts and message, and answers.
  await interest.open(expressionId);
  await expect(interest.status).toHaveText('Accepted');
  await expect(other.getByTestId('contacts')).toContainText(SSEZ_NAME);
  await expect(interest.thread).toContainText('12 January suits us');
  await interest.write('Thank you. Four of us will come.');

  // A third member reads neither the expression nor its thread.
  const banker = await as(browser, 'banker@example.org');
  await new ExpressionPage(banker).page.goto(`/cooperation/interests/${expressionId}`);
  await expect(banker.getByTestId('cooperation-not-found')).toBeVisible();
  await banker.close();

  // The owner reads the answer and moves the deal to the site visit.
  await accepted.open(expressionId);
  await expect(accepted.thread).toContainText('Four of us will come');
  await owner.getByTestId('expression-deal-link').click();
  await expect(owner.getByTestId('deal-page')).toBeVisible();
  await expect(owner.getByTestId('deal-page').getByTestId('deal-stage').first()).toHaveText('Contact');
  await owner.getByTestId('deal-move-site_visit').click();
  await confirmDialog(owner, 'confirm-site_visit');
  // The move's answer closes the dialog with a message (an error would show its own, named here when this fails).
  await expect(owner.getByText('The deal is at: Site visit')).toBeVisible({ timeout: 30_000 });
  await expect(owner.getByTestId('deal-page').getByTestId('deal-stage').first()).toHaveText('Site visit');
  await expect(owner.getByTestId('deal-history')).toContainText('Site visit');
  // The partner follows the deal but does not move it.
  await other.goto(owner.url());
  await expect(other.getByTestId('deal-page').getByTestId('deal-stage').first()).toHaveText('Site visit');
  await expect(other.getByTestId('deal-move-negotiation')).toHaveCount(0);

  // Each account back in its own language (the Indonesian operator reads Chinese; later journeys expect it).
  await closeIn(owner, 'English');
  await closeIn(other, '中文');
});

test('the secretariat sends a project back with a reason; its owner reads it on the draft, submits it again, and withdraws it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Cold-storage partner for the Sihanoukville zone (${stamp})`;
  const owner = await as(browser, 'operator@example.org');
  const editor = new ProjectEditor(owner);
  await editor.open();
  await editor.submit({
    kind: 'Seeking a partner',
    country: 'Cambodia',
    park: SSEZ_PARK_NAME,
    sectors: ['Logistics and warehousing'],
    sizeUsd: '4500000',
    titleEn: title,
    titleZh: `西港特区冷库合作伙伴（${stamp}）`,
    summaryEn: 'A partner to build and run a cold store for the zone’s food exporters.',
    summaryZh: '寻找合作伙伴为特区食品出口企业建设并运营冷库。',
    descriptionEn: 'About 8,000 tonnes of capacity next to the port road.',
  });
  const project = new ProjectPage(owner);
  await expect(project.status).toHaveText('In review');
  const id = await project.id();

  const secretariat = await as(browser, 'secretariat@example.org');
  const review = new ProjectPage(secretariat);
  await review.open(id);
  await secretariat.getByTestId('project-return').click();
  // The reason is required.
  await secretariat.getByTestId('confirm-return').click();
  await expect(secretariat.getByRole('dialog')).toContainText('Say why the project goes back');
  await secretariat.getByTestId('return-reason').fill('Give the cold store’s capacity in the summary, please.');
  await secretariat.getByTestId('confirm-return').click();
  await expect(review.status).toHaveText('Draft');
  await secretariat.close();

  // The owner reads why on the draft, and sends it again.
  await project.open(id);
  await expect(owner.getByTestId('project-returned')).toContainText('Give the cold store’s capacity in the summary');
  await project.confirm('submit');
  await expect(project.status).toHaveText('In review');

  // Withdrawn before publication: closing asks for a reason, which the page then shows.
  await owner.getByTestId('project-close').click();
  await owner.getByTestId('close-outcome').getByText('Withdrawn', { exact: true }).click();
  await owner.getByTestId('close-reason').fill('We found a partner on our own.');
  await owner.getByTestId('confirm-close').click();
  await expect(project.status).toHaveText('Closed');
  await expect(owner.getByTestId('project-closed')).toContainText('Closed (Withdrawn)');
  await expect(owner.getByTestId('project-closed')).toContainText('We found a partner on our own.');
  await expect(owner.getByTestId('project-edit')).toHaveCount(0);
  await closeIn(owner, 'English');
});
