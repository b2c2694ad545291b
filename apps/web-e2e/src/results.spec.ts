import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { closeInEnglish, personIn } from './pages/financing';
import { Shell } from './pages/shell';

const csvHeaderOf = async (download: Download) => {
  const path = await download.path();
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
};

test('the secretariat reads the alliance’s results: charts, the tables beneath them, a CSV file, another period, both languages', async ({
  browser,
}) => {
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto('/');
  await secretariat.getByRole('link', { name: / Results$/ }).click();
  await expect(secretariat).toHaveURL(/\/results$/);
  await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText("The alliance's results");

  // The parks by host country: the table beneath the chart says what the API says.
  const api = await (await secretariat.request.get('/api/results')).json();
  const cambodia = api.hostCountries.find((c: { country: string }) => c.country === 'KH');
  const countries = secretariat.getByTestId('results-host-countries-chart-table');
  await expect(countries.getByRole('row', { name: /Cambodia/ })).toContainText(String(cambodia.parks));
  await expect(secretariat.getByTestId('results-host-countries-chart').locator('svg').first()).toBeVisible();

  // Members: the quarter the alliance was founded in, active founding members by type.
  const members = secretariat.getByTestId('results-members-chart-table');
  const founded = api.members.filter(
    (m: { period: string; status: string }) => m.period === '2020-Q3' && m.status === 'active',
  );
  const parkOperators = founded.find((m: { type: string }) => m.type === 'park_operator')?.count ?? 0;
  await expect(members.getByRole('row', { name: /2020-Q3/ })).toContainText(String(parkOperators));

  // A CSV file of a section, over the period shown, in the reader's language.
  const csvLink = secretariat.getByTestId('results-members-chart-csv');
  await expect(csvLink).toHaveAttribute('href', '/api/results/members.csv?lang=en');
  const [download] = await Promise.all([secretariat.waitForEvent('download'), csvLink.click()]);
  expect(await csvHeaderOf(download)).toBe('Quarter,Type,Status,Organizations');

  // Another period: the last twelve months, kept in the address.
  await secretariat.getByTestId('results-range-last-year').click();
  await expect(secretariat).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(
    secretariat.getByTestId('results-members-chart-table').getByRole('row', { name: /2020-Q3/ }),
  ).toHaveCount(0);
  await expect(secretariat.getByTestId('results-members-chart-csv')).toHaveAttribute(
    'href',
    /members\.csv\?lang=en&from=/,
  );

  // In Chinese: the titles, the tables' headers and the CSV's.
  await secretariat.getByTestId('results-range-reset').click();
  await new Shell(secretariat).switchLanguage('中文');
  await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText('联盟成果');
  await expect(secretariat.getByTestId('results-members-chart-table').getByRole('columnheader').first()).toHaveText(
    '季度',
  );
  await expect(
    secretariat.getByTestId('results-host-countries-chart-table').getByRole('row', { name: /柬埔寨/ }),
  ).toBeVisible();
  const [zh] = await Promise.all([
    secretariat.waitForEvent('download'),
    secretariat.getByTestId('results-posts-chart-csv').click(),
  ]);
  expect(await csvHeaderOf(zh)).toBe('月份,类别,发布数');

  await closeInEnglish([secretariat]);
});

test('the home page shows the alliance today, live, and members get no results page', async ({ browser, page }) => {
  const figures = await (await page.request.get('/api/results/public')).json();
  await page.goto('/');
  const live = page.getByTestId('home-live-figures');
  await expect(live.getByRole('heading', { name: 'The alliance today' })).toBeVisible();
  await expect(page.getByTestId('live-members')).toContainText(String(figures.members));
  await expect(page.getByTestId('live-parks')).toContainText(String(figures.parks));
  await expect(page.getByTestId('live-hostCountries')).toContainText(String(figures.hostCountries));

  const operator = await personIn(browser, 'operator@example.org', 'English');
  await expect(operator.getByRole('link', { name: / Results$/ })).toHaveCount(0);
  await operator.goto('/results');
  await expect(operator.getByTestId('results-page')).toHaveCount(0);
  await closeInEnglish([operator]);
});
