// Lighthouse's mobile preset (its default form factor and simulated throttling) on pages of a running
// portal, in Debian's Chromium: the median of a few runs of the performance and accessibility scores.
// Used by web-budget.mjs; the language is chosen as a visitor's remembered choice (localStorage).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One browser per language, with `alliance.locale` stored for the portal's origin. */
async function launchFor(base, locale) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${base}/api/health`);
  await page.evaluate((lang) => localStorage.setItem('alliance.locale', lang), locale);
  await page.close();
  await browser.close();
  return chrome;
}

/**
 * Scores each page in each language: `{ path, locale, performance, accessibility, runs }` with the
 * medians (0–100) and every run's figures; `onRun` hears each run as it ends.
 */
export async function lighthouseScores(base, paths, { locales = ['en', 'zh'], runs = 3, onRun } = {}) {
  const results = [];
  for (const locale of locales) {
    const chrome = await launchFor(base, locale);
    try {
      for (const path of paths) {
        const each = [];
        for (let run = 0; run < runs; run++) {
          const { lhr } = await lighthouse(`${base}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          });
          const figures = {
            performance: Math.round(lhr.categories.performance.score * 100),
            accessibility: Math.round(lhr.categories.accessibility.score * 100),
            lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
            tbtMs: lhr.audits['total-blocking-time'].numericValue,
            cls: lhr.audits['cumulative-layout-shift'].numericValue,
            failing: Object.values(lhr.categories.accessibility.auditRefs)
              .map((ref) => lhr.audits[ref.id])
              .filter((audit) => audit.score === 0)
              .map((audit) => audit.id),
            lhr,
          };
          each.push(figures);
          onRun?.({ path, locale, run, ...figures });
        }
        results.push({
          path,
          locale,
          performance: median(each.map((r) => r.performance)),
          accessibility: median(each.map((r) => r.accessibility)),
          runs: each,
        });
      }
    } finally {
      chrome.kill();
    }
  }
  return results;
}
