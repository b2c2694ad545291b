// Whether sign-in and forgot-password take the same time for known and unknown e-mail addresses.
// Usage: npm run bench:auth [-- rounds=60]
// Uses DATABASE_URL when set (a server), else a fresh embedded PGlite folder. Prints figures; asserts nothing.
// For each pair it prints medians and the chance that a request for a known address is the slower
// of two picked at random (0.50 = timing tells nothing; 1.00 = it tells every time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, startApi } from './lib/api-process.mjs';

const ROUNDS = Number(process.argv[2] ?? 60);
const PORT = 3992;
const KNOWN = [
  'operator@example.org',
  'operator2@example.org',
  'banker@example.org',
  'approver@example.org',
  'insurer@example.org',
  'partner@example.org',
];

const dataDir = mkdtempSync(join(tmpdir(), 'alliance-bench-auth-'));
const { base: BASE, stop } = await startApi(PORT, {
  DATA_DIR: dataDir,
  OUTBOX_POLL_MS: '0',
  // Many wrong passwords from one address, on purpose.
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  LOGIN_MAX_FAILURES_PER_IP: '100000',
  PASSWORD_RESETS_PER_IP_PER_HOUR: '100000',
  PASSWORD_RESETS_PER_ADDRESS_PER_HOUR: '1000',
  RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '1000000',
});

async function timed(path, body) {
  const started = performance.now();
  const res = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** P(a random known sample is slower than a random unknown one): the area under the ROC curve of a timing attacker. */
function auc(known, unknown) {
  let wins = 0;
  for (const k of known) for (const u of unknown) wins += k > u ? 1 : k === u ? 0.5 : 0;
  return wins / (known.length * unknown.length);
}
const row = (name, values) =>
  `  ${name.padEnd(34)} median ${median(values).toFixed(1).padStart(6)} ms   p10 ${percentile(values, 10).toFixed(1).padStart(6)}   p90 ${percentile(values, 90).toFixed(1).padStart(6)}`;

try {
  const pairs = {
    'sign-in': {
      known: (i) => timed('/api/auth/login', { email: KNOWN[i % KNOWN.length], password: `wrong-password-${i}` }),
      unknown: (i) => timed('/api/auth/login', { email: `nobody-${i}@example.org`, password: `wrong-password-${i}` }),
      expect: 401,
    },
    'forgot-password': {
      known: (i) => timed('/api/auth/password/forgot', { email: KNOWN[i % KNOWN.length] }),
      unknown: (i) => timed('/api/auth/password/forgot', { email: `nobody-${i}@example.org` }),
      expect: 202,
    },
  };
  console.log(
    `Timing of known and unknown e-mail addresses, ${ROUNDS} requests each, interleaved (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}, Node ${process.version})`,
  );
  for (const [name, pair] of Object.entries(pairs)) {
    // Warm up both paths, then alternate so that machine noise falls on both alike.
    for (let i = 0; i < 5; i++) {
      await pair.known(1000 + i);
      await pair.unknown(1000 + i);
    }
    const known = [];
    const unknown = [];
    for (let i = 0; i < ROUNDS; i++) {
      const [first, second] = i % 2 ? [pair.unknown, pair.known] : [pair.known, pair.unknown];
      const a = await first(i);
      const b = await second(i);
      for (const r of [a, b])
        if (r.status !== pair.expect) throw new Error(`${name}: expected ${pair.expect}, got ${r.status}`);
      (i % 2 ? unknown : known).push(a.ms);
      (i % 2 ? known : unknown).push(b.ms);
    }
    console.log(`${name}`);
    console.log(row('known address', known));
    console.log(row('unknown address', unknown));
    console.log(
      `  ratio of medians known/unknown ${(median(known) / median(unknown)).toFixed(2)}   P(known slower) ${auc(known, unknown).toFixed(2)}`,
    );
  }
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}
