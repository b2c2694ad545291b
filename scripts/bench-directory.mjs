// Measures the parks CSV import and the directory search on a real app and database.
// Usage: npm run build && node scripts/bench-directory.mjs [rows=3000]
// Uses DATABASE_URL when set (a server), else a fresh embedded PGlite folder. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, startApi } from './lib/api-process.mjs';

const ROWS = Number(process.argv[2] ?? 3000);
const PORT = 3990;
const OPERATOR = '00000000-0000-4000-8000-000000000011';
const SECTORS = [
  'textiles_garments',
  'building_materials',
  'machinery_equipment',
  'electronics',
  'logistics_warehousing',
];

const dataDir = mkdtempSync(join(tmpdir(), 'alliance-bench-'));
const { base: BASE, stop } = await startApi(PORT, { DATA_DIR: dataDir, OUTBOX_POLL_MS: '0' });

function csv(rows) {
  const header =
    'organizationId,nameEn,nameZh,country,city,latitude,longitude,establishedYear,sectors,status,enterpriseCount,investmentUsd,localJobs';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        OPERATOR,
        `Bench Park ${i}`,
        `基准园区${i}号`,
        'KH',
        'Phnom Penh',
        (10 + (i % 500) / 100).toFixed(4),
        (103 + (i % 300) / 100).toFixed(4),
        2000 + (i % 25),
        `${SECTORS[i % SECTORS.length]};trade`,
        'operating',
        i % 200,
        `${1000000 + i}.50`,
        i % 5000,
      ].join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

try {
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ email: 'secretariat@example.org', password: 'alliance-demo-2026' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];

  const body = csv(ROWS);
  const form = new FormData();
  form.append('file', new Blob([body], { type: 'text/csv' }), 'bench.csv');
  const started = performance.now();
  const res = await fetch(`${BASE}/api/parks/import`, {
    method: 'POST',
    headers: { cookie, 'X-Requested-With': 'XMLHttpRequest' },
    body: form,
  });
  const ms = performance.now() - started;
  const report = await res.json();
  if (res.status !== 200) console.log(JSON.stringify(report).slice(0, 600));
  console.log(
    `import: ${ROWS} rows, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB, HTTP ${res.status}, created ${report.created}, ${ms.toFixed(0)} ms (${((ROWS / ms) * 1000).toFixed(0)} rows/s)`,
  );

  for (const [label, query] of [
    ['search "园区" (Chinese substring)', `q=${encodeURIComponent('园区')}`],
    ['search "bench park 12"', 'q=bench%20park%2012'],
    ['filter sector + sort by investment', 'sector=electronics&sort=-investmentUsd'],
  ]) {
    const times = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const r = await fetch(`${BASE}/api/parks?${query}&limit=20`);
      await r.json();
      times.push(performance.now() - t0);
    }
    console.log(
      `GET /api/parks ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over 30 calls (${ROWS + 8} parks)`,
    );
  }
  const t0 = performance.now();
  await (await fetch(`${BASE}/api/parks/map`)).json();
  console.log(`GET /api/parks/map: ${(performance.now() - t0).toFixed(0)} ms`);
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}
