// What hostile bodies cost everyone else: /api/health latency while clients keep sending bodies
// nested 100,000 levels deep (each refused with 400), beside the same with flat bodies as large
// (what reading any such body costs), at rest, and a bare node:http server in the same run.
// Usage: npm run bench:deep-bodies [-- senders=8 seconds=5]
// Uses DATABASE_URL when set (a server), else a fresh embedded PGlite folder. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, startApi } from './lib/api-process.mjs';

const SENDERS = Number(process.argv[2] ?? 8);
const SECONDS = Number(process.argv[3] ?? 5);
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);
/** A flat body of the same size: what reading any body that large costs. */
const FLAT = JSON.stringify({ note: 'x'.repeat(DEEP.length - 12) });

async function latencies(url, ms) {
  const times = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(url)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

/** Keeps `SENDERS` deep bodies in flight until `stop` says so; counts the answers by status. */
function flood(base, body, stop) {
  const statuses = {};
  const sender = async () => {
    while (!stop.done) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        body,
      });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }
  };
  return Promise.all(Array.from({ length: SENDERS }, sender)).then(() => statuses);
}

const line = (name, times) =>
  `  ${name.padEnd(48)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(7)} ms   (${times.length} requests)`;

const bare = createServer((_, res) => res.setHeader('Content-Type', 'application/json').end('{"status":"ok"}'));
await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${bare.address().port}/`;
const dataDir = mkdtempSync(join(tmpdir(), 'alliance-bench-deep-'));
const { base, stop } = await startApi(3993, {
  DATA_DIR: dataDir,
  OUTBOX_POLL_MS: '0',
  // The senders post as fast as they can from one address, on purpose.
  RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000000',
});
try {
  console.log(
    `GET /api/health, alone and beside ${SENDERS} clients sending bodies nested 100,000 deep (${(DEEP.length / 1024).toFixed(0)} KiB), ${SECONDS} s each (Node ${process.version})`,
  );
  const bareIdle = await latencies(bareUrl, SECONDS * 1000);
  const idle = await latencies(`${base}/api/health`, SECONDS * 1000);
  const beside = async (body) => {
    const state = { done: false };
    const flooding = flood(base, body, state);
    const times = await latencies(`${base}/api/health`, SECONDS * 1000);
    state.done = true;
    return { times, statuses: await flooding };
  };
  const deep = await beside(DEEP);
  const flat = await beside(FLAT);
  const answered = (statuses) =>
    Object.entries(statuses)
      .map(([status, n]) => `${n} × ${status}`)
      .join(', ');
  console.log(line('bare node:http server, at rest', bareIdle));
  console.log(line('portal /api/health, at rest', idle));
  console.log(line('portal /api/health, beside the deep bodies', deep.times));
  console.log(line('portal /api/health, beside flat bodies as large', flat.times));
  console.log(`  answered: deep bodies ${answered(deep.statuses)}; flat bodies ${answered(flat.statuses)}`);
  const p50 = (times) => percentile(times, 50);
  console.log(
    `  p50 ratios: beside deep / beside flat ${(p50(deep.times) / p50(flat.times)).toFixed(2)}; at rest / bare server ${(p50(idle) / p50(bareIdle)).toFixed(1)}`,
  );
} finally {
  await stop();
  bare.close();
  rmSync(dataDir, { recursive: true, force: true });
}
