// The soak: mixed reads and writes at 32 connections for ten minutes on the large synthetic data
// (scripts/lib/synthetic-data.mjs, as the benchmark's), the API's resident memory sampled all along.
// Passes with zero errors (non-2xx answers, timeouts, broken connections) and a resident size that grows
// less than 10 % after the warm-up; prints its figures either way.
//
// Usage: npm run soak                       (builds the API first; 10 minutes, 32 connections, large data)
//        npm run soak -- --short            (CI: 1 minute on the small data)
//        npm run soak -- --seconds 120 --connections 16 --scale 0.1 --warmup 20
// Needs a PostgreSQL server: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a
// scratch database (BENCH_DATABASE_PREFIX, alliance_bench by default, + _soak_<scale>) is created and
// dropped. SOAK_API_PORT (default 3994) is the API's port.
//
// Memory: the heap fills and is collected in a sawtooth, so a resident size sampled at any moment says
// little. The API runs with its inspector on SOAK_API_PORT + 1 (127.0.0.1 only), through which the soak
// asks for a full collection and reads process.memoryUsage(): once the warm-up is over (the first --warmup
// percent of the run, 20 by default) and at 95 % of the run, both under load. The growth is that of the
// resident size between the two. /proc/<pid>/status VmRSS, sampled every 2 s, is printed beside it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { percentile, run, signIn, startApi } from './lib/api-process.mjs';
import { scratchDatabase } from './lib/scratch-database.mjs';
import { generateSyntheticData } from './lib/synthetic-data.mjs';

const { values } = parseArgs({
  options: {
    short: { type: 'boolean' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    scale: { type: 'string' },
    warmup: { type: 'string' },
  },
});
const SHORT = values.short === true;
const SECONDS = Number(values.seconds ?? (SHORT ? 60 : 600));
const CONNECTIONS = Number(values.connections ?? 32);
const SCALE = Number(values.scale ?? (SHORT ? 0.01 : 1));
const WARMUP_PERCENT = Number(values.warmup ?? 20);
const MAX_GROWTH_PERCENT = 10;
const SAMPLE_MS = 2000;
const TIMEOUT_SECONDS = 10;
const API_PORT = Number(process.env.SOAK_API_PORT ?? 3994);
const INSPECT_PORT = API_PORT + 1;
const OPERATOR_ORG = '00000000-0000-4000-8000-000000000011';
const BANK_ORG = '00000000-0000-4000-8000-000000000022';
const API_ENV = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'soak-session-secret-not-for-production-use',
  OUTBOX_POLL_MS: '0',
  // The soak writes several posts a second as one user from one address: the limits on writes are set out
  // of its way here (the limits themselves have tests of their own: rate-limits.int-spec.ts).
  RATE_LIMIT_WRITES_PER_MINUTE_USER: '1000000',
  RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000000',
};
for (const [name, value] of Object.entries({ SECONDS, CONNECTIONS, SCALE, WARMUP_PERCENT }))
  if (!(value > 0)) throw new Error(`${name} must be a positive number`);

/** Resident size of a process in MB. */
function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

/**
 * The API's own memory after a full collection, through its inspector (Chrome DevTools Protocol): what
 * stays alive, without the garbage a sawtooth of collections leaves at any moment.
 */
async function inspector(port) {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const Socket = globalThis.WebSocket ?? (await import('ws')).default;
  const socket = new Socket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error(`cannot reach the API's inspector on port ${port}`));
  });
  let id = 0;
  const pending = new Map();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  };
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    async afterCollection() {
      await call('HeapProfiler.collectGarbage');
      const answer = await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      });
      const usage = JSON.parse(answer.result.result.value);
      return { rss: usage.rss / 1048576, heap: usage.heapUsed / 1048576, at: performance.now() };
    },
    close: () => socket.close(),
  };
}

/** The records the soak reads and writes beside, found in the seeded data. */
async function records(db) {
  const one = async (sql) => (await db.query(sql)).rows[0]?.id;
  return {
    park: await one(`SELECT id FROM parks WHERE organization_id = '${OPERATOR_ORG}' ORDER BY id LIMIT 1`),
    post: await one(
      `SELECT id FROM posts WHERE status = 'published' AND visibility = 'public' AND kind <> 'event' ORDER BY id LIMIT 1`,
    ),
    request: await one(
      `SELECT id FROM financing_requests WHERE organization_id = '${OPERATOR_ORG}' AND status <> 'draft' ORDER BY id LIMIT 1`,
    ),
  };
}

/**
 * The mix, as the portal's people use it: visitors and members reading lists, details and searches, and
 * about one request in six a write (a post by three users, a financing request's draft). Each entry:
 * [weight, persona, method, path, body].
 */
function mix(ids) {
  const post = (title) => ({ kind: 'news', visibility: 'members', titleEn: title, bodyEn: 'Written by the soak.' });
  const draft = {
    parkId: ids.park,
    titleEn: 'Soak working capital',
    purposeEn: 'Working capital for the soak.',
    instrument: 'loan',
    amount: '1500000.00',
    currency: 'USD',
    tenorMonths: 36,
    country: 'KH',
    sector: 'trade',
    audience: 'named',
    institutionIds: [BANK_ORG],
  };
  return [
    [3, null, 'GET', '/api/parks'],
    [2, null, 'GET', '/api/posts'],
    [2, null, 'GET', `/api/posts/${ids.post}`],
    [2, null, 'GET', `/api/parks/${ids.park}`],
    [1, null, 'GET', '/api/search?q=investment'],
    [1, null, 'GET', `/api/posts?q=${encodeURIComponent('园区')}`],
    [1, null, 'GET', '/api/policy-briefs'],
    [1, null, 'GET', '/api/cooperation/projects'],
    [2, 'operator@example.org', 'GET', '/api/me/work'],
    [2, 'operator@example.org', 'GET', '/api/notifications'],
    [2, 'operator@example.org', 'GET', '/api/financing-requests'],
    [2, 'operator@example.org', 'GET', `/api/financing-requests/${ids.request}`],
    [1, 'banker@example.org', 'GET', '/api/financing-reviews'],
    [1, 'banker@example.org', 'GET', '/api/cooperation/matches'],
    [1, 'secretariat@example.org', 'GET', '/api/membership-applications'],
    [1, 'secretariat@example.org', 'GET', '/api/audit'],
    [2, 'operator@example.org', 'POST', '/api/posts', post('Soak news (operator)')],
    [1, 'operator2@example.org', 'POST', '/api/posts', post('Soak news (operator 2)')],
    [1, 'banker@example.org', 'POST', '/api/posts', post('Soak news (banker)')],
    [1, 'operator@example.org', 'POST', '/api/financing-requests', draft],
  ];
}

// --- the data and the API
const name = `${process.env.BENCH_DATABASE_PREFIX ?? 'alliance_bench'}_soak_${String(SCALE).replace('.', '_')}`;
const scratch = await scratchDatabase(name);
let api;
const samples = [];
let failed = true;
try {
  process.stdout.write(`soak: seeding the demo data and the synthetic data (scale ${SCALE})… `);
  const started = performance.now();
  await run(process.execPath, ['apps/api/dist/apps/api/src/seed.js'], { DATABASE_URL: scratch.url, LOG_LEVEL: 'warn' });
  const db = new pg.Client({ connectionString: scratch.url });
  await db.connect();
  let ids;
  try {
    await generateSyntheticData(db, { scale: SCALE });
    ids = await records(db);
  } finally {
    await db.end();
  }
  console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);

  api = await startApi(API_PORT, {
    ...API_ENV,
    DATABASE_URL: scratch.url,
    NODE_OPTIONS: `--inspect=127.0.0.1:${INSPECT_PORT}`,
  });
  const memory = await inspector(INSPECT_PORT);
  const entries = mix(ids);
  const cookies = {};
  for (const [, as] of entries) if (as && !cookies[as]) cookies[as] = await signIn(api.base, as);
  // One weighted pick after another, the same sequence on every run.
  const deck = entries.flatMap((e) => Array.from({ length: e[0] }, () => e));
  let next = 0;
  let reads = 0;
  let writes = 0;
  const statuses = {};
  const failures = [];
  const latencies = [];

  const sampler = setInterval(() => {
    try {
      samples.push({ at: performance.now(), mb: rssMb(api.pid) });
    } catch {
      // the process ended: the requests' errors tell
    }
  }, SAMPLE_MS);
  const loadStarted = performance.now();
  samples.push({ at: loadStarted, mb: rssMb(api.pid) });
  // After a full collection, under load: once the warm-up is over, and just before the end.
  const collected = {};
  const measure = (name, fraction) =>
    new Promise((resolve) =>
      setTimeout(() => memory.afterCollection().then((m) => resolve((collected[name] = m))), fraction * SECONDS * 1000),
    );
  const measured = Promise.all([measure('afterWarmup', WARMUP_PERCENT / 100), measure('atEnd', 0.95)]);
  const progress = setInterval(() => {
    const elapsed = (performance.now() - loadStarted) / 1000;
    console.log(
      `  ${elapsed.toFixed(0)} s: ${(reads + writes).toLocaleString('en')} requests, ${failures.length} errors, RSS ${samples.at(-1).mb.toFixed(0)} MB`,
    );
  }, 30_000);

  console.log(`soak: ${SECONDS} s at ${CONNECTIONS} connections…`);
  const instance = autocannon({
    url: api.base,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: TIMEOUT_SECONDS,
    requests: [
      {
        setupRequest: (req, context) => {
          const [, as, method, path, body] = deck[next++ % deck.length];
          context.sent = `${method} ${path}`;
          if (method === 'GET') reads++;
          else writes++;
          return {
            ...req,
            method,
            path,
            headers: {
              ...(as ? { cookie: cookies[as] } : {}),
              ...(body ? { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' } : {}),
            },
            body: body ? JSON.stringify(body) : undefined,
          };
        },
        onResponse: (status, body, context) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status < 200 || status > 299) failures.push(`${context.sent}: ${status} ${String(body).slice(0, 200)}`);
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  await measured;
  memory.close();
  clearInterval(sampler);
  clearInterval(progress);
  samples.push({ at: performance.now(), mb: rssMb(api.pid) });

  // --- the figures
  const seconds = (performance.now() - loadStarted) / 1000;
  const { afterWarmup, atEnd } = collected;
  const growth = (100 * (atEnd.rss - afterWarmup.rss)) / afterWarmup.rss;
  const errors = failures.length + result.errors + result.timeouts;
  const answered = Object.values(statuses).reduce((sum, n) => sum + n, 0);
  const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
  console.log(`
| soak | value |
|---|---|
| duration | ${f(seconds, 0)} s (warm-up ${WARMUP_PERCENT} %) |
| connections | ${CONNECTIONS} |
| data | scale ${SCALE} |
| requests | ${answered.toLocaleString('en')} answered, ${f(answered / seconds, 0)} a second (${reads.toLocaleString('en')} reads and ${writes.toLocaleString('en')} writes sent) |
| answers by status | ${Object.entries(statuses)
    .map(([s, n]) => `${s}: ${n.toLocaleString('en')}`)
    .join(', ')} |
| errors | ${errors} (${failures.length} non-2xx, ${result.timeouts} timeouts over ${TIMEOUT_SECONDS} s, ${result.errors - result.timeouts} connection errors) |
| latency | p50 ${f(percentile(latencies, 50))} ms, p95 ${f(percentile(latencies, 95))} ms, p99 ${f(percentile(latencies, 99))} ms |
| API after a full collection | after the warm-up (${f((afterWarmup.at - loadStarted) / 1000, 0)} s): resident ${f(afterWarmup.rss, 0)} MB, heap ${f(afterWarmup.heap, 0)} MB; at the end (${f((atEnd.at - loadStarted) / 1000, 0)} s): resident ${f(atEnd.rss, 0)} MB, heap ${f(atEnd.heap, 0)} MB |
| API resident size as sampled | start ${f(samples[0].mb, 0)} MB, highest ${f(Math.max(...samples.map((x) => x.mb)), 0)} MB (${samples.length} samples) |
| resident size, MB, every ${(SAMPLE_MS / 1000) * Math.ceil(samples.length / 30)} s | ${samples
    .filter((_, i) => i % Math.ceil(samples.length / 30) === 0)
    .map((s) => s.mb.toFixed(0))
    .join(' ')} |
| growth after warm-up | ${f(growth)} % (limit ${MAX_GROWTH_PERCENT} %) |`);
  if (failures.length)
    console.log(
      `\nfirst errors:\n${failures
        .slice(0, 10)
        .map((x) => `  - ${x}`)
        .join('\n')}`,
    );
  const broken = [];
  if (errors > 0) broken.push(`${errors} errors`);
  if (!(growth < MAX_GROWTH_PERCENT)) broken.push(`resident size grew ${f(growth)} % after the warm-up`);
  if (broken.length) console.log(`\nsoak FAILED: ${broken.join('; ')}`);
  else console.log('\nsoak passed: no errors, resident size flat after the warm-up.');
  failed = broken.length > 0;
} finally {
  await api?.stop();
  await scratch.drop();
}
process.exit(failed ? 1 : 0);
