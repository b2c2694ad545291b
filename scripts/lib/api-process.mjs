// The built API as a process of its own, for the bench and soak scripts.
import { spawn } from 'node:child_process';

const MAIN = 'apps/api/dist/apps/api/src/main.js';
/** The demo accounts' password (seeds/demo-seed.ts). */
export const DEMO_PASSWORD = 'alliance-demo-2026';

/** Runs a command to its end with `env` added (its output dropped, its errors shown); rejects on a non-zero exit. */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** Signs a demo account in on the API at `base`: its session cookie (`name=value`). */
export async function signIn(base, email, password = DEMO_PASSWORD) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/**
 * Starts the built API on `port` with `env` added, and resolves once it answers its health check;
 * `onLine`, when given, receives each line the API writes to stdout (its JSON log).
 */
export async function startApi(port, env, onLine) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'inherit'],
  });
  if (onLine) {
    let rest = '';
    server.stdout.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      lines.forEach(onLine);
    });
  }
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    server.kill('SIGINT');
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop, pid: server.pid };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error('the app did not become healthy');
}

export const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
