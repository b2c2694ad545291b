import { expect, test } from '@playwright/test';
import {
  AgreementServicesPage,
  LAWYERS_AGREEMENT,
  LEGAL_CONSULTATION,
  ServiceRequestPage,
  SSEZ_PARK_NAME,
} from './pages/agreementServices';
import { closeIn, personIn } from './pages/financing';

test('the Sihanoukville operator requests a legal consultation under the lawyers association agreement; the partner accepts and delivers it; the operator rates it and the uptake shows it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const need = `A labour dispute at a factory of the zone: advice on Cambodian labour law (${stamp})`;

  // The operator reads the agreement's services and their uptake, then asks for a consultation for its park.
  const operator = await personIn(browser, 'operator@example.org', 'English');
  const services = new AgreementServicesPage(operator);
  await services.open(LAWYERS_AGREEMENT);
  const before = await services.uptake(LEGAL_CONSULTATION);
  await services.request(LEGAL_CONSULTATION, SSEZ_PARK_NAME, need);
  const asked = new ServiceRequestPage(operator);
  await expect(asked.status).toHaveText('Requested');
  await expect(operator.getByTestId('request-need')).toContainText(need);
  const id = await asked.id();

  // The lawyers association finds it among the requests addressed to it, accepts it and delivers it.
  const partner = await personIn(browser, 'partner@example.org', 'English');
  await partner.goto('/services/requests');
  await partner.getByRole('tab', { name: 'Addressed to us' }).click();
  const row = partner.locator(`[data-testid="service-request-row"][data-request-id="${id}"]`);
  await expect(row).toContainText('Sihanoukville');
  await row.getByRole('link').click();
  const provider = new ServiceRequestPage(partner);
  await expect(provider.status).toHaveText('Requested');
  await provider.take('accept');
  await expect(provider.status).toHaveText('Accepted');
  // They talk in the private thread.
  await partner.getByTestId('thread-body').fill('Please send the employment contracts concerned.');
  await partner.getByTestId('thread-send').click();
  await expect(partner.getByTestId('thread-message')).toHaveCount(1);
  await provider.take('deliver');
  await expect(provider.status).toHaveText('Delivered');

  // The operator sees the delivery and the message, and rates the consultation.
  await asked.open(id);
  await expect(asked.status).toHaveText('Delivered');
  await expect(operator.getByTestId('thread-message')).toContainText('employment contracts');
  await asked.rate(4, 'Clear and quick advice.');

  // The uptake of the agreement's services counts it: one request more, delivered, rated.
  await services.open(LAWYERS_AGREEMENT);
  const after = await services.uptake(LEGAL_CONSULTATION);
  expect(after.requests).toBe(before.requests + 1);
  expect(after.delivered).toBe(before.delivered + 1);
  expect(after.rating).not.toBe(before.rating);

  // The secretariat's uptake shows the Sihanoukville zone under the agreement.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto('/admin/service-uptake');
  const parkRow = secretariat
    .getByTestId('uptake-parks')
    .locator('[data-testid="uptake-park-row"][data-park-id="00000000-0000-4000-8000-000000000202"]')
    .filter({ hasText: 'Lawyers Association' });
  await expect(parkRow).toBeVisible();

  await closeIn(partner, '中文');
  await operator.close();
  await secretariat.close();
});
