// The built API as a process of its own, for the bench scripts.
import { spawn } from 'node:child_process';

const MAIN = 'apps/api/dist/apps/api/src/main.js';

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
