// The web app's weight and scores as a browser loads it, in both languages, in Debian's Chromium:
// the gzipped JavaScript each public page loads (the precompressed .gz of every script it fetched), and
// Lighthouse's mobile performance and accessibility scores (median of three runs per page).
// Usage: npm run web:budget                          (builds the API and the web app first; prints the table)
//        npm run web:budget -- --check               (JavaScript only; exits 1 when the landing route loads
//                                                     more than 200 KB: what CI runs)
//        npm run web:budget -- --check --lighthouse  (both; still fails on the JavaScript budget only)
//        ... -- --runs 5                             (Lighthouse runs per page, default 3)
//        ... -- --only /directory                    (one page)
//        WEB_BUDGET_REPORTS=dir                      (writes each Lighthouse report there as JSON)
// The portal runs on a fresh embedded database with the demo data.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApi } from './lib/api-process.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { lighthouseScores } from './web-lighthouse.mjs';

const BUDGET_KB = 200;
const TARGETS = { performance: 95, accessibility: 100 };
const PORT = 3994;
const DIST = 'apps/web/dist';
const LOCALES = ['en', 'zh'];

const args = process.argv.slice(2);
const check = args.includes('--check');
const withLighthouse = args.includes('--lighthouse') || !check;
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const reports = process.env.WEB_BUDGET_REPORTS;

/** The scripts a page fetches until the network is idle, and their size on disk and gzipped. */
async function scriptWeight(context, url) {
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  let gz = 0;
  let raw = 0;
  const files = [];
  for (const script of [...scripts].sort()) {
    const file = join(DIST, script);
    if (!existsSync(file)) continue;
    const size = existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
    raw += statSync(file).size;
    gz += size;
    files.push({ script, gzKb: size / 1024 });
  }
  return { scripts: scripts.size, rawKb: raw / 1024, gzKb: gz / 1024, files };
}

const dir = mkdtempSync(join(tmpdir(), 'alliance-web-budget-'));
const api = await startApi(PORT, { DATA_DIR: dir, DATABASE_URL: '', OUTBOX_POLL_MS: '0', EXPIRY_POLL_MS: '0' });
const rows = [];
try {
  const posts = await (await fetch(`${api.base}/api/posts?limit=1`)).json();
  const pages = [
    ['home (landing)', '/'],
    ['directory', '/directory'],
    ['feed', '/posts'],
    ['a post', `/posts/${posts.items[0].id}`],
  ].filter(([name, path]) => !only || path === only || name === only);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const locale of LOCALES) {
      const context = await browser.newContext({ locale: locale === 'zh' ? 'zh-CN' : 'en-GB' });
      await context.addInitScript((lang) => localStorage.setItem('alliance.locale', lang), locale);
      for (const [name, path] of pages) {
        const weight = await scriptWeight(context, `${api.base}${path}`);
        rows.push({ page: name, path, locale, ...weight });
        if (process.env.WEB_BUDGET_FILES && locale === 'en')
          for (const file of weight.files) console.log(`  ${name}: ${file.script} ${file.gzKb.toFixed(1)} KB gz`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (withLighthouse) {
    if (reports) mkdirSync(reports, { recursive: true });
    console.log(`Lighthouse (mobile), ${runs} run(s) per page and language…`);
    const scores = await lighthouseScores(
      api.base,
      pages.map(([, path]) => path),
      {
        locales: LOCALES,
        runs,
        onRun: (r) => {
          const failing = r.failing.length ? `, failing: ${r.failing.join(' ')}` : '';
          console.log(
            `  ${r.path} ${r.locale} #${r.run + 1}: performance ${r.performance}, accessibility ${r.accessibility}` +
              ` (LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}${failing})`,
          );
          if (reports) {
            const name = `${r.path === '/' ? 'home' : r.path.replace(/\W+/g, '_').slice(1)}-${r.locale}-${r.run + 1}.json`;
            writeFileSync(join(reports, name), JSON.stringify(r.lhr));
          }
        },
      },
    );
    for (const s of scores)
      Object.assign(
        rows.find((r) => r.path === s.path && r.locale === s.locale),
        s,
      );
  }
} finally {
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}

const score = (value) => (value === undefined ? '–' : String(value));
console.log(
  '\n| page | language | scripts | JavaScript KB | gzipped KB | performance | accessibility |\n|---|---|---|---|---|---|---|',
);
for (const r of rows)
  console.log(
    `| ${r.page} (${r.path}) | ${r.locale} | ${r.scripts} | ${r.rawKb.toFixed(0)} | ${r.gzKb.toFixed(0)} | ` +
      `${score(r.performance)} | ${score(r.accessibility)} |`,
  );

const landingRows = rows.filter((r) => r.path === '/');
const landing = landingRows.length ? Math.max(...landingRows.map((r) => r.gzKb)) : 0;
const met = (ok) => (ok ? 'met' : 'NOT MET');
console.log(
  `\nlanding route ≤ ${BUDGET_KB} KB of gzipped JavaScript: ${landing.toFixed(0)} KB, ${met(landing <= BUDGET_KB)}`,
);
if (withLighthouse) {
  for (const [key, target] of Object.entries(TARGETS)) {
    const short = rows.filter((r) => r[key] < target).map((r) => `${r.path} ${r.locale} (${r[key]})`);
    console.log(
      `Lighthouse ${key} ≥ ${target} on every page in both languages (median of ${runs}): ` +
        (short.length ? `NOT MET on ${short.join(', ')}` : 'met'),
    );
  }
}
if (check && landing > BUDGET_KB) {
  console.log('over budget');
  process.exit(1);
}
