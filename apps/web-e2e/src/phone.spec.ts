import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PERSONA_EMAIL, type Persona } from './pages/routes';
import { DEMO_PASSWORD } from './pages/shell';

/** The main pages on a phone (390 px): nothing wider than the screen, the header whole; screenshots in both languages. */
const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'alliance-screenshots');
fs.mkdirSync(dir, { recursive: true });
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

const MAIN_PAGES: Array<{ persona: Persona; url: string; name: string }> = [
  { persona: 'visitor', url: '/', name: 'home' },
  { persona: 'visitor', url: '/directory', name: 'directory' },
  { persona: 'visitor', url: '/directory/organizations', name: 'organization-directory' },
  { persona: 'visitor', url: '/posts', name: 'feed' },
  { persona: 'visitor', url: '/apply', name: 'apply' },
  { persona: 'visitor', url: '/login', name: 'login' },
  { persona: 'operator', url: '/financing/requests', name: 'financing-requests' },
  { persona: 'operator', url: '/financing/requests/00000000-0000-4000-8000-000000000701', name: 'financing-request' },
  { persona: 'operator', url: '/financing/requests/new', name: 'financing-request-editor' },
  { persona: 'operator', url: '/posts/new', name: 'post-editor' },
  { persona: 'insurer', url: '/financing/reviews', name: 'financing-queue' },
  { persona: 'secretariat', url: '/admin/organizations', name: 'organizations' },
  { persona: 'secretariat', url: '/admin/audit', name: 'audit' },
  { persona: 'visitor', url: '/policy', name: 'policy' },
  { persona: 'visitor', url: '/policy/briefs', name: 'policy-briefs' },
  { persona: 'visitor', url: '/policy/briefs/00000000-0000-4000-8000-000000001001', name: 'policy-brief' },
  {
    persona: 'visitor',
    url: '/policy/briefs/00000000-0000-4000-8000-000000001001/diff?from=1&to=2',
    name: 'policy-brief-diff',
  },
  { persona: 'researcher', url: '/policy/briefs/new', name: 'policy-brief-editor' },
  { persona: 'researcher', url: '/policy/briefs/00000000-0000-4000-8000-000000001004', name: 'policy-brief-review' },
  { persona: 'operator', url: '/policy/issues', name: 'member-issues' },
  { persona: 'operator', url: '/policy/issues/00000000-0000-4000-8000-000000002301', name: 'member-issue' },
  { persona: 'secretariat', url: '/policy/cases', name: 'issue-cases' },
  { persona: 'operator', url: '/cooperation', name: 'cooperation-home' },
  { persona: 'operator', url: '/cooperation/projects', name: 'cooperation-projects' },
  {
    persona: 'operator',
    url: '/cooperation/projects/00000000-0000-4000-8000-000000003101',
    name: 'cooperation-project',
  },
  {
    persona: 'operator',
    url: '/cooperation/interests/00000000-0000-4000-8000-000000003201',
    name: 'cooperation-thread',
  },
  { persona: 'secretariat', url: '/cooperation/deals', name: 'cooperation-deals' },
  {
    persona: 'operator',
    url: '/agreements/00000000-0000-4000-8000-00000000a101/services',
    name: 'agreement-services',
  },
  { persona: 'operator', url: '/services/requests/00000000-0000-4000-8000-00000000c203', name: 'service-request' },
  { persona: 'secretariat', url: '/admin/service-uptake', name: 'service-uptake' },
];

/** Whether the page fits, asked until it does (a page may still be laying out when the network goes quiet). */
async function fitsThePhone(page: Page) {
  await expect.poll(() => overflow(page), { timeout: 10_000 }).toEqual({ page: 0, brandCut: false });
}

function overflow(page: Page) {
  return page.evaluate(() => {
    const brand = document.querySelector('.brand-name');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      brandCut: brand ? brand.scrollWidth > brand.clientWidth + 1 || brand.scrollHeight > brand.clientHeight + 1 : true,
    };
  });
}

for (const locale of ['en', 'zh'] as const) {
  test(`the main pages fit a phone (390 px) in ${locale}`, async ({ browser }) => {
    test.setTimeout(240_000);
    for (const persona of [...new Set(MAIN_PAGES.map((p) => p.persona))]) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        baseURL: test.info().project.use.baseURL,
      });
      const page = await context.newPage();
      await page.addInitScript((l) => window.localStorage.setItem('alliance.locale', l), locale);
      let saved: string | undefined;
      if (persona !== 'visitor') {
        const login = await page.request.post('/api/auth/login', {
          headers: XHR,
          data: { email: PERSONA_EMAIL[persona], password: DEMO_PASSWORD },
        });
        saved = ((await login.json()) as { user: { locale: string } }).user.locale;
        await page.request.patch('/api/auth/me', { headers: XHR, data: { locale } });
      }
      for (const { url, name } of MAIN_PAGES.filter((p) => p.persona === persona)) {
        await page.goto(url);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('#main .ant-spin-spinning, #main .ant-skeleton-active')).toHaveCount(0);
        await fitsThePhone(page);
        await page.screenshot({ path: path.join(dir, `phone-${name}-${locale}.png`), fullPage: true });
      }
      if (saved) await page.request.patch('/api/auth/me', { headers: XHR, data: { locale: saved } });
      await context.close();
    }
  });
}

test('on a phone the language switch is in the menu', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto('/posts');
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await page.locator('.drawer-language').getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息共享');
  await context.close();
});
