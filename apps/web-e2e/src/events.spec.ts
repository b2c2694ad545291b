import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { closeInEnglish, personIn } from './pages/financing';

const XHR = { 'X-Requested-With': 'XMLHttpRequest' };
const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'alliance-screenshots');
const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();

test('a full event puts the next person on the waitlist with their place; when a seat comes free they move up and are told', async ({
  browser,
}) => {
  // The operator publishes an event with a single seat.
  const operator = await personIn(browser, 'operator@example.org', 'English');
  const created = await operator.request.post('/api/posts', {
    headers: XHR,
    data: {
      kind: 'event',
      titleEn: 'Site visit to the Sihanoukville SEZ',
      titleZh: '西港特区实地考察',
      visibility: 'members',
      event: {
        startsAt: inDays(12),
        endsAt: inDays(12, 4),
        timeZone: 'Asia/Phnom_Penh',
        place: 'Sihanoukville SEZ',
        capacity: 1,
      },
    },
  });
  expect(created.status()).toBe(201);
  const eventId = ((await created.json()) as { id: string }).id;
  expect((await operator.request.post(`/api/posts/${eventId}/publish`, { headers: XHR })).status()).toBe(200);

  // The insurer (Chinese) takes the seat.
  const insurer = await personIn(browser, 'insurer@example.org', '中文');
  await insurer.goto(`/posts/${eventId}`);
  await insurer.getByTestId('event-register').click();
  await expect(insurer.getByTestId('event-status')).toHaveText('已报名');

  // The banker (English) joins the waitlist and sees their place in it.
  const banker = await personIn(browser, 'banker@example.org', 'English');
  await banker.goto(`/posts/${eventId}`);
  await banker.getByTestId('event-register').click();
  await expect(banker.getByText('The event is full: you are number 1 on the waitlist.')).toBeVisible();
  await expect(banker.getByTestId('event-status')).toHaveText('You are number 1 on the waitlist');
  await expect(banker.getByTestId('event-waitlist-hint')).toContainText('told in the portal and by e-mail');
  await banker.getByTestId('event-card').screenshot({ path: path.join(SHOTS, 'event-waitlisted-en.png') });

  // The insurer cancels: the seat goes to the banker, who is told.
  await insurer.getByTestId('event-cancel').click();
  await insurer.getByRole('button', { name: '取消报名', exact: true }).last().click();
  await expect(insurer.getByTestId('event-register')).toBeVisible();

  await banker.reload();
  await expect(banker.getByTestId('event-status')).toHaveText('You are registered');
  await banker.getByTestId('notification-bell').click();
  const notice = banker
    .getByTestId('notification-panel')
    .getByRole('link', { name: /Site visit to the Sihanoukville SEZ/ });
  await expect(notice).toContainText('Seat confirmed (moved up from the waitlist)');

  // In Chinese, the place on the waitlist reads as such too.
  await insurer.getByTestId('event-register').click();
  await expect(insurer.getByTestId('event-status')).toHaveText('候补中：排第 1 位');
  await insurer.getByTestId('event-card').screenshot({ path: path.join(SHOTS, 'event-waitlisted-zh.png') });

  await closeInEnglish([operator, insurer, banker]);
});
