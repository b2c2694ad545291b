import * as fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

export const INDONESIA_NAME_ZH = '江苏—印尼产业园开发有限公司';
export const SSEZ_NAME_ZH = '西哈努克港经济特区有限公司';

/** A JSON call to the API in this page's session (the data set up the way the web app would). */
export async function call<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: object) {
  const response = await page.request.fetch(path, { method, headers: XHR, data });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A day `days` from now at `hour`:`minute` in Nanjing (UTC+8, no daylight saving), as an ISO instant. */
export function nanjingTime(days: number, hour: number, minute = 0): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8, minute)).toISOString();
}

export interface Conference {
  eventId: string;
  sessionIds: string[];
}

/** The secretariat announces (publishes) a conference in Nanjing `days` from now (in the past when negative), 09:00–17:30. */
export async function announceConference(secretariat: Page, titles: { en: string; zh: string }, days = 30) {
  const post = await call<{ id: string }>(secretariat, 'POST', '/api/posts', {
    kind: 'event',
    titleEn: titles.en,
    titleZh: titles.zh,
    bodyEn: 'One-to-one meetings between the alliance’s members and investors, by appointment.',
    bodyZh: '联盟成员与投资方一对一洽谈，按预约进行。',
    visibility: 'members',
    event: {
      startsAt: nanjingTime(days, 9),
      endsAt: nanjingTime(days, 17, 30),
      timeZone: 'Asia/Shanghai',
      place: 'Nanjing International Expo Center',
      capacity: 200,
    },
  });
  await call(secretariat, 'POST', `/api/posts/${post.id}/publish`);
  return post.id;
}

/**
 * The secretariat announces a promotion conference in Nanjing `days` from now (09:00–17:30) and
 * opens its B2B meetings: 20 minutes, four tables, 10:00–12:00 and 14:00–16:00.
 */
export async function openConference(secretariat: Page, titles: { en: string; zh: string }, days = 30) {
  const eventId = await announceConference(secretariat, titles, days);
  const programme = await call<{ sessions: { id: string }[] }>(secretariat, 'PUT', `/api/events/${eventId}/meetings`, {
    meetingMinutes: 20,
    tables: 4,
    sessions: [
      { startsAt: nanjingTime(days, 10), endsAt: nanjingTime(days, 12) },
      { startsAt: nanjingTime(days, 14), endsAt: nanjingTime(days, 16) },
    ],
  });
  return { eventId, sessionIds: programme.sessions.map((session) => session.id) } satisfies Conference;
}

/** The signed-in person registers for the event (a confirmed seat makes the organization a participant). */
export async function register(page: Page, eventId: string) {
  await call(page, 'POST', `/api/posts/${eventId}/registrations`);
}

/** `/events/:eventId/meetings`: a participant's hub of tabs. */
export class MeetingsHub {
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByTestId('meetings-tabs');
  }

  async open(eventId: string, tab?: 'participants' | 'received' | 'sent' | 'availability' | 'agenda') {
    await this.page.goto(`/events/${eventId}/meetings${tab && tab !== 'participants' ? `?tab=${tab}` : ''}`);
    await expect(this.page.getByTestId('meetings-page')).toBeVisible();
  }

  async openTab(name: string) {
    await this.tabs.getByRole('tab', { name, exact: true }).click();
    await expect(this.tabs.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  participant(name: string): Locator {
    return this.page.getByTestId('participant').filter({ hasText: name });
  }

  /** Ticks the sessions shown with these times (e.g. '10:00–12:00') and saves. */
  async setAvailability(times: string[]) {
    const sessions = this.page.getByTestId('availability');
    for (const time of times) {
      const box = sessions.getByRole('checkbox', { name: new RegExp(time) });
      // antd's checkbox animates its tick: retried until it holds.
      await expect(async () => {
        await box.check({ timeout: 2_000 });
        await expect(box).toBeChecked({ timeout: 1_000 });
      }).toPass();
    }
    await this.page.getByTestId('availability-save').click();
    await expect(this.page.getByTestId('availability-save')).toBeDisabled();
  }

  /** Requests a meeting of a participant, with a reason, from the participants tab. */
  async requestMeeting(name: string, reason: string) {
    await this.participant(name).getByTestId('participant-request').click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('request-reason').fill(reason);
    await dialog.getByTestId('confirm-request').click();
    await expect(dialog).toBeHidden();
  }

  /** A request in the received or sent table, by the other side's name. */
  row(name: string): Locator {
    return this.page.getByTestId('meeting-row').filter({ hasText: name });
  }

  async accept(name: string) {
    await this.row(name).getByTestId('meeting-accept').click();
    await this.page.getByTestId('confirm-accept').click();
  }

  agenda(): Locator {
    return this.page.getByTestId('agenda');
  }

  /** Downloads the agenda's calendar file; returns its name and text. */
  async downloadAgenda(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('agenda-ics').click(),
    ]);
    const path = await download.path();
    // Long lines of an iCalendar file are folded (a line break and a space): unfolded to be read.
    const text = fs.readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '');
    return { name: download.suggestedFilename(), text };
  }
}

/** `/events/:eventId/meetings/organize`: the organizer's page. */
export class OrganizePage {
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByTestId('organize-tabs');
  }

  async open(eventId: string, tab?: 'schedule' | 'requests' | 'agendas' | 'settings') {
    await this.page.goto(`/events/${eventId}/meetings/organize${tab && tab !== 'schedule' ? `?tab=${tab}` : ''}`);
    await expect(this.page.getByTestId('organize-page')).toBeVisible();
  }

  count(key: 'participants' | 'requested' | 'accepted' | 'scheduled' | 'waiting'): Locator {
    return this.page.getByTestId(`count-${key}`);
  }

  async runScheduler() {
    await this.page.getByTestId('scheduler-run').click();
    await expect(this.page.getByTestId('scheduler-result')).toBeVisible();
  }

  gridMeeting(name: string): Locator {
    return this.page.getByTestId('grid-meeting').filter({ hasText: name });
  }

  async publish() {
    const publish = this.page.getByTestId('programme-publish');
    const confirm = this.page.getByTestId('confirm-publish');
    const status = this.page.getByTestId('programme-status');
    // Under load the confirmation's opening animation can swallow the click (CI saw it once):
    // press whichever of the two buttons is showing until the programme reads as published.
    await expect(async () => {
      if (await confirm.isVisible()) await confirm.click({ timeout: 2_000 });
      else if (await publish.isVisible()) await publish.click({ timeout: 2_000 });
      await expect(status).toHaveAttribute('data-status', 'published', { timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
  }
}
