import * as fs from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PERSONA_EMAIL, ROUTE_VISITS, visitsOf, type Persona } from './pages/routes';
import { DEMO_PASSWORD } from './pages/shell';

/** WCAG 2.1 level A and AA, as axe-core tags them. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = [
  { locale: 'en', htmlLang: 'en' },
  { locale: 'zh', htmlLang: 'zh-CN' },
] as const;
const PERSONAS: Persona[] = [
  'visitor',
  'secretariat',
  'operator',
  'operator2',
  'banker',
  'approver',
  'insurer',
  'partner',
  'researcher',
];
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

// Each persona and language on its own: CI runs this file on two workers (`--workers=2`).
test.describe.configure({ mode: 'parallel' });

/** The page has loaded what it shows: no spinner or skeleton left, no transition under way (a fading element has no contrast yet). */
async function settled(page: Page) {
  await expect(page.locator('#main')).toBeVisible();
  await expect(page.locator('#main .ant-spin-spinning, #main .ant-skeleton-active')).toHaveCount(0, {
    timeout: 15_000,
  });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

test('the list of routes looked at covers every route of the web app', () => {
  const source = fs.readFileSync(path.join(__dirname, '../../web/src/app/router.tsx'), 'utf8');
  const declared = new Set(
    [...source.matchAll(/path: '([^']*)'|platformRoute\('([^']*)'/g)].map((m) => m[1] ?? m[2]).filter((p) => p !== '/'),
  );
  if (source.includes('index: true')) declared.add('');
  expect(declared.size).toBeGreaterThan(30);
  expect([...new Set(ROUTE_VISITS.map((v) => v.route))].sort()).toEqual([...declared].sort());
});

for (const persona of PERSONAS) {
  // One test per persona for both languages: the language is saved on the account, so two at once would race.
  test(`every page of the ${persona} passes axe-core (WCAG 2.1 AA) in English and Chinese`, async ({ page }) => {
    // Up to ten seconds a page on a busy machine, in each language (the secretariat visits about forty).
    test.setTimeout(Math.max(180_000, visitsOf(persona).length * LANGUAGES.length * 10_000));
    const violations: string[] = [];
    let saved: string | undefined;
    if (persona !== 'visitor') {
      const login = await page.request.post('/api/auth/login', {
        headers: XHR,
        data: { email: PERSONA_EMAIL[persona], password: DEMO_PASSWORD },
      });
      expect(login.status()).toBe(200);
      saved = ((await login.json()) as { user: { locale: string } }).user.locale;
    }
    try {
      for (const { locale, htmlLang } of LANGUAGES) {
        // The account's language wins over the browser's: set both.
        await page.evaluate((l) => window.localStorage.setItem('alliance.locale', l), locale).catch(() => undefined);
        await page.addInitScript((l) => window.localStorage.setItem('alliance.locale', l), locale);
        if (persona !== 'visitor')
          expect((await page.request.patch('/api/auth/me', { headers: XHR, data: { locale } })).status()).toBe(200);
        for (const [index, visit] of visitsOf(persona).entries()) {
          await page.goto(visit.url);
          // A page that redirects (/financing → the reader's own part) loads its target lazily: wait for its title.
          await page
            .locator('h1')
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(() => undefined);
          await settled(page);
          await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
          // One h1 names the page (screen-reader users jump to it).
          const h1 = await page.locator('h1').count();
          if (h1 !== 1) violations.push(`${locale} ${visit.url}: ${h1} h1 headings, not one`);
          // The header and side navigation are the same on every page of a persona: the whole page
          // the first time, then what is in the main region (and what opens over it).
          // axe-core runs in the page itself (legacy mode; the default ends in a new blank page, with
          // axe-core injected a second time and every result copied over) and keeps only the violations
          // with their nodes: half the time, the same violations. Legacy mode leaves out cross-origin
          // frames only, and the portal has no frames.
          const axe = new AxeBuilder({ page })
            .setLegacyMode()
            .options({ resultTypes: ['violations'] })
            .withTags(WCAG_21_AA);
          if (index > 0) axe.include('#main').include('.ant-modal-root').include('.ant-drawer');
          const { violations: found } = await axe.analyze();
          for (const v of found) {
            const where = v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ');
            violations.push(
              `${locale} ${visit.url}: ${v.id} (${v.impact}, ${v.nodes.length} nodes) ${v.help} — ${where}`,
            );
          }
        }
      }
    } finally {
      if (saved) await page.request.patch('/api/auth/me', { headers: XHR, data: { locale: saved } });
    }
    expect(violations).toEqual([]);
  });
}
