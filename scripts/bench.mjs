// The portal against a ceiling: a bare node:http JSON server measured in the same run.
// Usage: npm run bench   (builds the API first). Writes bench-results.json; asserts nothing yet.
// Needs a PostgreSQL server: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// a scratch database is created with the demo data and dropped afterwards.
//
// Server CPU per request is the server process's own CPU time (/proc/<pid>/stat) over sequential
// requests, the figure a shared, noisy machine cannot fake; throughput and latency come from
// autocannon (32 connections) in this process, apart from the servers.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { percentile, startApi } from './lib/api-process.mjs';
import { scratchDatabase } from './lib/scratch-database.mjs';

const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 400);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 32;
const API_PORT = 3992;
const BARE_PORT = 3993;
const PASSWORD = 'alliance-demo-2026';
const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** User + system CPU milliseconds the process has used so far. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

/** The ceiling: a bare node:http server answering a small JSON body, in a process of its own. */
async function startBare(port) {
  const source = `require('node:http').createServer((req, res) => {
    const body = JSON.stringify({ status: 'ok', path: req.url });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }).listen(${port}, '127.0.0.1');`;
  const server = spawn(process.execPath, ['-e', source], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { base, pid: server.pid, stop: () => server.kill('SIGKILL') };
}

async function signIn(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/** CPU ms per request over `SEQUENTIAL` requests one after another (after a warm-up), and their latencies. */
async function sequential(pid, url, cookie) {
  const headers = cookie ? { cookie } : {};
  for (let i = 0; i < 30; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times = [];
  const before = cpuMs(pid);
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  return { cpuMs: (cpuMs(pid) - before) / SEQUENTIAL, p50: percentile(times, 50) };
}

/** Requests per second and latency percentiles at `CONNECTIONS` connections. */
async function load(url, cookie) {
  const latencies = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: cookie ? { cookie } : {},
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
  };
}

/** SQL statements per request, by URL, from the API's request log lines (the last 200 of each). */
const statements = new Map();
function countStatements(line) {
  if (!line.includes('"sqlStatements"')) return;
  try {
    const entry = JSON.parse(line);
    const seen = statements.get(entry.req?.url) ?? [];
    seen.push(entry.sqlStatements);
    if (seen.length > 200) seen.shift();
    statements.set(entry.req?.url, seen);
  } catch {
    // not a log line
  }
}

const ENDPOINTS = [
  { name: 'GET /api/health', path: '/api/health', as: null },
  { name: 'GET /api/nope (404)', path: '/api/nope', as: null },
  { name: 'GET /api/parks', path: '/api/parks', as: null },
  { name: 'GET /api/organizations', path: '/api/organizations', as: null },
  { name: 'GET /api/posts', path: '/api/posts', as: null },
  { name: 'GET /api/search?q=park', path: '/api/search?q=park', as: null },
  { name: 'GET /api/financing-requests (operator)', path: '/api/financing-requests', as: 'operator@example.org' },
  { name: 'GET /api/financing-reviews (banker)', path: '/api/financing-reviews', as: 'banker@example.org' },
];

const scratch = await scratchDatabase('alliance_bench');
const bare = await startBare(BARE_PORT);
let api;
try {
  process.stdout.write('seeding the demo data… ');
  await run(process.execPath, ['apps/api/dist/apps/api/src/seed.js'], { DATABASE_URL: scratch.url, LOG_LEVEL: 'warn' });
  process.stdout.write('done\nstarting the API (production, request logging on)… ');
  api = await startApi(
    API_PORT,
    {
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-session-secret-not-for-production-use',
      DATABASE_URL: scratch.url,
      LOG_LEVEL: 'info',
      OUTBOX_POLL_MS: '0',
      EXPIRY_POLL_MS: '0',
    },
    countStatements,
  );
  process.stdout.write('done\n');

  const ceiling = {
    ...(await sequential(bare.pid, `${bare.base}/api/health`)),
    ...(await load(`${bare.base}/api/health`)),
  };
  const cookies = {};
  const rows = [];
  for (const endpoint of ENDPOINTS) {
    if (endpoint.as && !cookies[endpoint.as]) cookies[endpoint.as] = await signIn(api.base, endpoint.as);
    const cookie = endpoint.as ? cookies[endpoint.as] : null;
    process.stdout.write(`measuring ${endpoint.name}… `);
    const seq = await sequential(api.pid, `${api.base}${endpoint.path}`, cookie);
    const conc = await load(`${api.base}${endpoint.path}`, cookie);
    const sql = statements.get(endpoint.path) ?? [];
    rows.push({
      endpoint: endpoint.name,
      as: endpoint.as ?? 'visitor',
      sqlStatements: sql.length ? percentile(sql, 50) : null,
      ...seq,
      ...conc,
    });
    process.stdout.write('done\n');
  }

  const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');
  console.log(
    `\nceiling (bare node:http): ${f(ceiling.cpuMs, 3)} ms CPU/request, ${f(ceiling.rps, 0)} req/s at ${CONNECTIONS} connections, p95 ${f(ceiling.p95)} ms\n`,
  );
  console.log(
    '| endpoint | as | SQL | CPU ms/req | × bare | req/s | % of bare | p50 ms | p95 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    console.log(
      `| ${r.endpoint} | ${r.as} | ${r.sqlStatements ?? '—'} | ${f(r.cpuMs, 3)} | ${f(r.cpuMs / ceiling.cpuMs, 1)} | ${f(r.rps, 0)} | ${f((100 * r.rps) / ceiling.rps, 1)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.non2xx} |`,
    );
  }
  writeFileSync(
    'bench-results.json',
    JSON.stringify({ at: new Date().toISOString(), data: 'demo', ceiling, rows }, null, 2) + '\n',
  );
  console.log('\nwritten to bench-results.json');
} finally {
  await api?.stop();
  bare.stop();
  await scratch.drop();
}
