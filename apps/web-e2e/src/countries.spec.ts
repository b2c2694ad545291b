import { expect, test } from '@playwright/test';
import {
  axeFindings,
  CAMBODIA_PROPOSAL,
  CAMBODIAN_REVIEW,
  CountryPage,
  currentGrade,
  GRADE_FILL,
  riskMap,
} from './pages/countries';
import { clickOption } from './pages/select';
import { LoginPage, Shell } from './pages/shell';

test('the secretariat publishes the proposed rating of Cambodia: the profile, its chart and table, and the map change', async ({
  page,
}) => {
  await new LoginPage(page).signInAs('secretariat@example.org');

  // Before: Cambodia is 3 on the directory's map, in colour and in words.
  let layer = await riskMap(page);
  let cambodia = layer.locator('[data-country="KH"]');
  await expect(cambodia).toHaveAttribute('data-fill', GRADE_FILL[3]);
  await expect(cambodia).toHaveAttribute('aria-label', 'Cambodia: risk grade 3 of 5 (Elevated); outlook: Positive');
  await expect(page.getByTestId('risk-legend')).toContainText('3 · Elevated');
  expect(await axeFindings(page, '[data-testid="world-map"]')).toEqual([]);

  // The profile: grade 3 with two published ratings in the table, and the proposal waiting.
  const profile = new CountryPage(page);
  await profile.open('KH');
  await expect(profile.currentGrade()).toHaveAttribute('data-grade', '3');
  await expect(profile.historyRows()).toHaveCount(2);
  await expect(profile.chartPointsOf(3)).toHaveCount(2);
  await expect(profile.chartPointsOf(2)).toHaveCount(0);
  const proposal = page.getByTestId(`rating-${CAMBODIA_PROPOSAL}`);
  await expect(proposal).toContainText('2 · Moderate');
  await expect(proposal.getByTestId('rating-rationale')).toContainText('qualified investment project');

  await proposal.getByTestId(`publish-${CAMBODIA_PROPOSAL}`).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Cambodia will hold grade 2 · Moderate');
  await confirm.getByRole('button', { name: 'Publish' }).click();

  // After: grade 2, a third row on top of the table, a point in grade 2's colour on the chart.
  await expect(proposal).toHaveCount(0);
  await expect(profile.currentGrade()).toHaveAttribute('data-grade', '2');
  await expect(profile.current.getByTestId('risk-outlook')).toHaveText('Outlook: Stable');
  await expect(profile.historyRows()).toHaveCount(3);
  await expect(profile.historyRows().first()).toContainText('2 · Moderate');
  await expect(profile.historyRows().first()).toContainText('Down 1 grade');
  await expect(profile.chartPointsOf(2)).toHaveCount(1);
  await expect(profile.chartPointsOf(3)).toHaveCount(2);

  // The directory's map says 2 for Cambodia now.
  layer = await riskMap(page);
  cambodia = layer.locator('[data-country="KH"]');
  await expect(cambodia).toHaveAttribute('data-fill', GRADE_FILL[2]);
  await expect(cambodia).toHaveAttribute('aria-label', /Cambodia: risk grade 2 of 5 \(Moderate\)/);

  // Nothing waits any more; the change is among the published ones.
  await page.goto('/policy/ratings');
  await expect(page.getByText('No proposal is waiting for a decision.')).toBeVisible();
  await page.goto('/policy/ratings?status=published&country=KH');
  await expect(page.getByTestId(`rating-${CAMBODIA_PROPOSAL}`).getByTestId('rating-status')).toHaveText('Published');
});

test('a visitor sees the grade and outlook of Cambodia, not the rationale, history or notes', async ({ page }) => {
  const grade = await currentGrade(page.request, 'KH');
  await page.goto('/policy/countries');
  await expect(
    page.getByTestId('countries-table').locator('tr[data-row-key="KH"]').getByTestId('risk-grade'),
  ).toHaveAttribute('data-grade', String(grade));

  const profile = new CountryPage(page);
  await profile.open('KH');
  await expect(profile.currentGrade()).toHaveAttribute('data-grade', String(grade));
  await expect(profile.current.getByTestId('risk-outlook')).toBeVisible();
  await expect(page.getByTestId('members-only')).toBeVisible();
  await expect(page.getByTestId('risk-rationale')).toHaveCount(0);
  await expect(page.getByTestId('risk-history')).toHaveCount(0);
  await expect(page.getByTestId('country-notes')).toHaveCount(0);
  await expect(page.getByTestId('propose')).toHaveCount(0);
  await expect(page.getByTestId('country-parks')).toContainText('Sihanoukville');
});

test("a banker sees the host country's grade on a review and filters the queue by grade", async ({ page }) => {
  const grade = await currentGrade(page.request, 'KH');
  const other = grade === 5 ? 1 : 5;
  await new LoginPage(page).signInAs('banker@example.org');

  await page.goto(`/financing/reviews/${CAMBODIAN_REVIEW}`);
  const facts = page.getByTestId('review-facts');
  await expect(facts.getByTestId('review-country')).toHaveText('Cambodia');
  await expect(facts.getByTestId('risk-grade')).toHaveAttribute('data-grade', String(grade));

  await page.goto('/financing/reviews');
  const queue = page.getByTestId('review-queue');
  await expect(queue.getByTestId(`queue-row-${CAMBODIAN_REVIEW}`)).toBeVisible();
  const riskFilter = page.getByTestId('queue-filter-risk');
  await riskFilter.click();
  await clickOption(riskFilter, `${grade} · `);
  await expect(page).toHaveURL(new RegExp(`riskGrade=${grade}`));
  await expect(queue.getByTestId(`queue-row-${CAMBODIAN_REVIEW}`)).toBeVisible();
  // Only requests in countries of that grade are left.
  await expect(queue.locator(`.ant-table-row [data-testid="risk-grade"]:not([data-grade="${grade}"])`)).toHaveCount(0);

  await riskFilter.click();
  await clickOption(riskFilter, `${other} · `);
  await expect(page).toHaveURL(new RegExp(`riskGrade=${other}`));
  await expect(queue.getByTestId(`queue-row-${CAMBODIAN_REVIEW}`)).toHaveCount(0);
  await expect(queue.getByText('No requests match these filters.')).toBeVisible();
});

test('the researcher proposes a grade for Ethiopia, the secretariat rejects it with a reason and edits the notes', async ({
  browser,
}) => {
  // Pages of their own contexts: axe-core's builder needs one.
  const researcher = await (await browser.newContext()).newPage();
  await new LoginPage(researcher).signInAs('researcher@example.org');
  // The account reads the portal in Chinese; this journey reads it in English and gives it back.
  await new Shell(researcher).switchLanguage('English');
  const profile = new CountryPage(researcher);
  await profile.open('ET');
  await researcher.getByTestId('propose').click();
  const modal = researcher.getByRole('dialog');
  await expect(modal).toBeVisible();
  expect(await axeFindings(researcher, '.ant-modal-root')).toEqual([]);
  await modal.getByText('5 · Severe', { exact: true }).click();
  await modal.getByText('Negative', { exact: true }).click();
  // A proposal says why.
  await researcher.getByTestId('propose-submit').click();
  await expect(modal.getByText('Say why, in English or Chinese').first()).toBeVisible();
  await modal.getByTestId('propose-rationaleEn').fill('Clashes near the industrial zones close roads for weeks.');
  const proposed = researcher.waitForResponse(
    (r) => r.url().endsWith('/api/countries/ET/ratings') && r.request().method() === 'POST',
  );
  await researcher.getByTestId('propose-submit').click();
  const id = ((await (await proposed).json()) as { id: string }).id;
  await expect(modal).toHaveCount(0);
  const card = researcher.getByTestId(`rating-${id}`);
  await expect(card).toContainText('5 · Severe');
  await expect(card).toContainText('Waiting for a decision of the secretariat');
  await expect(card.getByRole('button')).toHaveCount(0);

  // The secretariat rejects it: not without a reason.
  const secretariat = await (await browser.newContext()).newPage();
  await new LoginPage(secretariat).signInAs('secretariat@example.org');
  await secretariat.goto('/policy/ratings?country=ET');
  await secretariat.getByTestId(`reject-${id}`).click();
  await secretariat.getByTestId('reject-confirm').click();
  await expect(secretariat.getByText('Say why the proposal is rejected')).toBeVisible();
  expect(await axeFindings(secretariat, '.ant-modal-root')).toEqual([]);
  await secretariat.getByTestId('reject-reason').fill('Incidents are local; the grade already says high.');
  await secretariat.getByTestId('reject-confirm').click();
  await expect(secretariat.getByTestId(`rating-${id}`)).toHaveCount(0);

  // The secretariat writes notes on Ethiopia, previewed as they will read.
  await new CountryPage(secretariat).open('ET');
  await secretariat.getByTestId('edit-notes').click();
  const drawer = secretariat.getByTestId('notes-drawer');
  await drawer.getByLabel('Notes in English').fill('Parks near **Addis Ababa** run on hydropower.');
  await expect(drawer.getByTestId('post-preview-en').locator('strong')).toHaveText('Addis Ababa');
  expect(await axeFindings(secretariat, '.ant-drawer')).toEqual([]);
  await secretariat.getByTestId('notes-save').click();
  await expect(secretariat.getByTestId('country-notes').locator('strong')).toHaveText('Addis Ababa');
  await secretariat.context().close();

  // The researcher's notification leads to the rejection and its reason.
  await researcher.goto(`/policy/ratings/${id}`);
  await expect(researcher).toHaveURL(/\/policy\/ratings\?status=rejected&country=ET/);
  await expect(researcher.getByTestId(`rating-${id}`).getByTestId('rejected-reason')).toHaveText(
    'Incidents are local; the grade already says high.',
  );
  const saved = researcher.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
  await new Shell(researcher).switchLanguage('中文');
  await saved;
  await researcher.context().close();
});
