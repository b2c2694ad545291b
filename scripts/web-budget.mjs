// The web app's weight as a browser loads it: the gzipped JavaScript each public page loads (the
// precompressed .gz of every script the page fetched), in both languages, in Debian's Chromium.
// Usage: npm run web:budget              (builds the API and the web app first; prints figures)
//        npm run web:budget -- --check   (also exits 1 when the landing route loads more than 200 KB)
// The portal runs on a fresh embedded database with the demo data.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApi } from './lib/api-process.mjs';

const BUDGET_KB = 200;
const PORT = 3994;
const DIST = 'apps/web/dist';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const dir = mkdtempSync(join(tmpdir(), 'alliance-web-budget-'));
const api = await startApi(PORT, { DATA_DIR: dir, DATABASE_URL: '', OUTBOX_POLL_MS: '0', EXPIRY_POLL_MS: '0' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
try {
  const posts = await (await fetch(`${api.base}/api/posts?limit=1`)).json();
  const pages = [
    ['home (landing)', '/'],
    ['directory', '/directory'],
    ['feed', '/feed'],
    ['a post', `/posts/${posts.items[0].id}`],
  ];
  for (const locale of ['en', 'zh']) {
    const context = await browser.newContext({ locale: locale === 'zh' ? 'zh-CN' : 'en-GB' });
    await context.addInitScript((lang) => localStorage.setItem('alliance.locale', lang), locale);
    for (const [name, path] of pages) {
      const page = await context.newPage();
      const scripts = new Set();
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      await page.goto(`${api.base}${path}`, { waitUntil: 'networkidle' });
      let gz = 0;
      let raw = 0;
      for (const script of scripts) {
        const file = join(DIST, script);
        if (!existsSync(file)) continue;
        raw += statSync(file).size;
        gz += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
      }
      rows.push({ page: name, path, locale, scripts: scripts.size, rawKb: raw / 1024, gzKb: gz / 1024 });
      if (process.env.WEB_BUDGET_FILES && locale === 'en')
        for (const script of [...scripts].sort())
          if (existsSync(join(DIST, `${script}.gz`)))
            console.log(`  ${name}: ${script} ${(statSync(join(DIST, `${script}.gz`)).size / 1024).toFixed(1)} KB gz`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log('| page | language | scripts | JavaScript KB | gzipped KB |\n|---|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.page} (${r.path}) | ${r.locale} | ${r.scripts} | ${r.rawKb.toFixed(0)} | ${r.gzKb.toFixed(0)} |`);
const landing = Math.max(...rows.filter((r) => r.path === '/').map((r) => r.gzKb));
console.log(`\nlanding route: ${landing.toFixed(0)} KB of gzipped JavaScript (budget ${BUDGET_KB} KB)`);
if (process.argv.includes('--check') && landing > BUDGET_KB) {
  console.log('over budget');
  process.exit(1);
}
