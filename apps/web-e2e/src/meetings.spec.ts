import { expect, test } from '@playwright/test';
import { INDONESIA_NAME, SSEZ_NAME } from './pages/cooperation';
import { closeIn, personIn } from './pages/financing';
import { Shell } from './pages/shell';
import {
  MeetingsHub,
  OrganizePage,
  SSEZ_NAME_ZH,
  announceConference,
  call,
  openConference,
  register,
} from './pages/meetings';

const stamp = Date.now().toString(36);
const TITLES = {
  en: `Promotion conference of Jiangsu overseas industrial parks (${stamp})`,
  zh: `江苏境外产业园区投资推介会（${stamp}）`,
};
const REASON = 'We look for a partner to build a garment cluster in Indonesia and would like to hear about your park.';

test('two participants of a conference request and accept a B2B meeting; the secretariat schedules it and publishes the agendas; each reads the agenda in their language and downloads it', async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // Set up through the API: the secretariat's conference with meetings open; both operators registered.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  const { eventId, sessionIds } = await openConference(secretariat, TITLES);
  const a = await personIn(browser, 'operator@example.org', 'English');
  const b = await personIn(browser, 'operator2@example.org', '中文');
  await register(a, eventId);
  await register(b, eventId);
  // B is available all day (through the API); A marks its sessions on the page.
  await call(b, 'PUT', `/api/events/${eventId}/meetings/availability`, { sessionIds });

  // The event's page leads to the meetings.
  const hubA = new MeetingsHub(a);
  await a.goto(`/posts/${eventId}`);
  await a.getByTestId('event-meetings-link').click();
  await expect(a.getByTestId('meetings-page')).toBeVisible();
  await expect(a.getByTestId('programme-zone')).toContainText('Asia/Shanghai (GMT+8)');
  await expect(a.getByTestId('meetings-no-availability')).toBeVisible();
  await a.getByTestId('go-availability').click();
  await hubA.setAvailability(['10:00–12:00', '14:00–16:00']);
  await expect(a.getByTestId('meetings-no-availability')).toHaveCount(0);

  // A finds B among the participants and requests a meeting with a reason (required).
  await hubA.openTab('Participants');
  const other = hubA.participant(INDONESIA_NAME);
  await expect(other).toBeVisible();
  await other.getByTestId('participant-request').click();
  await a.getByTestId('confirm-request').click();
  await expect(a.getByRole('dialog')).toContainText('Say why you would like to meet');
  await a.getByTestId('request-reason').fill(REASON);
  await a.getByTestId('confirm-request').click();
  await expect(a.getByRole('dialog')).toBeHidden();
  await expect(other.getByTestId('meeting-status')).toHaveText('Waiting for an answer');
  await expect(other.getByTestId('participant-request')).toHaveCount(0);
  await hubA.openTab('Requests sent');
  await expect(hubA.row(INDONESIA_NAME).getByTestId('meeting-status')).toHaveText('Waiting for an answer');
  await expect(hubA.row(INDONESIA_NAME).getByTestId('meeting-withdraw')).toBeVisible();

  // B (in Chinese) reads the request received, with its reason, and accepts it.
  const hubB = new MeetingsHub(b);
  await hubB.open(eventId, 'received');
  const received = hubB.row(SSEZ_NAME_ZH);
  await expect(received.getByTestId('meeting-reason')).toContainText('garment cluster in Indonesia');
  await expect(received.getByTestId('meeting-status')).toHaveText('待答复');
  await hubB.accept(SSEZ_NAME_ZH);
  await expect(received.getByTestId('meeting-status')).toHaveText('已接受');
  await expect(received.getByTestId('meeting-accept')).toHaveCount(0);
  await expect(received.getByTestId('meeting-cancel')).toBeVisible();
  // Before publication the agenda is not there yet.
  await hubB.openTab('我的日程');
  await expect(hubB.agenda()).toHaveAttribute('data-published', 'false');

  // The secretariat runs the scheduler: the meeting gets the first slot at table 1; then publishes.
  const organize = new OrganizePage(secretariat);
  await organize.open(eventId);
  await expect(organize.count('accepted')).toHaveText('1');
  await expect(organize.count('waiting')).toHaveText('1');
  await organize.runScheduler();
  await expect(secretariat.getByTestId('scheduler-result')).toContainText('1 meeting placed in all, 1 by this run.');
  await expect(secretariat.getByTestId('scheduler-unplaced')).toHaveText('Every accepted meeting has a place.');
  const placed = organize.gridMeeting(SSEZ_NAME);
  await expect(placed).toContainText(INDONESIA_NAME);
  const firstSlot = secretariat.getByTestId('grid-session').first().getByTestId('grid-slot').first();
  await expect(firstSlot).toContainText('10:00–10:20');
  await expect(firstSlot.getByTestId('grid-meeting')).toHaveCount(1);
  await expect(organize.count('waiting')).toHaveText('0');
  await organize.publish();

  // A is told (the bell) and the notice leads to the meetings; it reads the agenda in English, in the
  // event's time zone, and downloads it.
  await a.goto(`/posts/${eventId}`);
  await a.getByTestId('notification-bell').click();
  const notice = a
    .getByTestId('notification-panel')
    .getByRole('link', { name: new RegExp(TITLES.en.replace(/[()]/g, '.')) })
    .filter({ hasText: 'Your B2B meeting agenda is published' });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(a.getByTestId('meetings-page')).toBeVisible();
  await hubA.openTab('My agenda');
  const itemA = hubA.agenda().getByTestId('agenda-item');
  await expect(itemA).toHaveCount(1);
  await expect(itemA.getByTestId('agenda-time')).toHaveText('10:00–10:20');
  await expect(itemA.getByTestId('agenda-table')).toHaveText('Table 1');
  await expect(itemA).toContainText(INDONESIA_NAME);
  await expect(hubA.agenda().getByTestId('agenda-zone')).toContainText('Asia/Shanghai (GMT+8)');
  const fileA = await hubA.downloadAgenda();
  expect(fileA.name).toMatch(/\.ics$/);
  expect(fileA.text).toContain('BEGIN:VCALENDAR');
  expect(fileA.text).toContain('TZID=Asia/Shanghai');
  expect(fileA.text).toContain('B2B meeting');
  expect(fileA.text).toContain(INDONESIA_NAME);

  // B reads the same meeting in Chinese, and downloads it in Chinese.
  await hubB.open(eventId, 'agenda');
  const itemB = hubB.agenda().getByTestId('agenda-item');
  await expect(itemB).toHaveCount(1);
  await expect(itemB.getByTestId('agenda-time')).toHaveText('10:00–10:20');
  await expect(itemB.getByTestId('agenda-table')).toHaveText('1 号桌');
  await expect(itemB).toContainText(SSEZ_NAME_ZH);
  await expect(hubB.agenda().getByTestId('agenda-zone')).toContainText('活动所在时区');
  const fileB = await hubB.downloadAgenda();
  expect(fileB.name).toMatch(/\.ics$/);
  expect(fileB.text).toContain('TZID=Asia/Shanghai');
  expect(fileB.text).toContain('洽谈');
  expect(fileB.text).toContain(SSEZ_NAME_ZH);

  // Each account back in its own language (the Indonesian operator reads Chinese).
  await closeIn(secretariat, 'English');
  await closeIn(a, 'English');
  await closeIn(b, '中文');
});

test('once a conference has taken place, the secretariat reports how many took part; its page says so in both languages', async ({
  browser,
}) => {
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  const eventId = await announceConference(
    secretariat,
    { en: `Investment seminar in Nanjing (${stamp})`, zh: `南京投资说明会（${stamp}）` },
    -2,
  );
  await secretariat.goto(`/posts/${eventId}/edit`);
  const editor = secretariat.getByTestId('post-editor');
  await editor.getByTestId('field-reported-attendees').fill('250');
  await editor.getByTestId('field-reported-organizations').fill('90');
  await editor.getByTestId('post-editor-save').click();
  await expect(secretariat.getByTestId('event-figures')).toHaveText('250 people from 90 organizations took part');
  await new Shell(secretariat).switchLanguage('中文');
  await expect(secretariat.getByTestId('event-figures')).toHaveText('来自 90 家机构的 250 人参加');
  await closeIn(secretariat, 'English');
});

test('the secretariat opens an event’s B2B meetings from its page, then changes the tables: the sessions stay as they were', async ({
  browser,
}) => {
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  const eventId = await announceConference(secretariat, {
    en: `Matchmaking day in Suzhou (${stamp})`,
    zh: `苏州对接日（${stamp}）`,
  });
  await secretariat.goto(`/posts/${eventId}`);
  await secretariat.getByTestId('event-meetings-open').click();
  const form = secretariat.getByTestId('programme-form');
  await expect(form).toBeVisible();
  // The first session comes filled in: the event's day, 10:00–12:00, six meetings of twenty minutes.
  await expect(form.getByTestId('session-slots')).toHaveText('6 meetings of 20 minutes fit');
  await form.getByTestId('programme-save').click();
  const organize = new OrganizePage(secretariat);
  await expect(secretariat.getByTestId('organize-page')).toBeVisible();
  await expect(secretariat.getByTestId('programme-sessions')).toContainText('10:00–12:00');
  const opened = await call<{ sessions: { id: string }[]; tables: number }>(
    secretariat,
    'GET',
    `/api/events/${eventId}/meetings`,
  );
  expect(opened.tables).toBe(6);

  await organize.open(eventId, 'settings');
  await form.getByTestId('field-tables').fill('5');
  await form.getByTestId('programme-save').click();
  await expect(secretariat.getByText('The settings are saved.')).toBeVisible();
  await expect(secretariat.getByTestId('programme-summary')).toContainText('20 minutes each, 5 tables');
  const changed = await call<{ sessions: { id: string }[]; tables: number }>(
    secretariat,
    'GET',
    `/api/events/${eventId}/meetings`,
  );
  expect(changed.tables).toBe(5);
  expect(changed.sessions.map((session) => session.id)).toEqual(opened.sessions.map((session) => session.id));
  await closeIn(secretariat, 'English');
});
