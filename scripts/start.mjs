// `npm start`: builds what changed (Nx caches the rest), then serves the API and the web app on one port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nx = join(root, 'node_modules', '.bin', 'nx');

if (process.env.SKIP_BUILD !== 'true') {
  const build = spawnSync(nx, ['run-many', '-t', 'build', '--projects=api,web', '--output-style=static'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    console.error('Build failed; see the output above.');
    process.exit(build.status ?? 1);
  }
}

const main = join(root, 'apps/api/dist/apps/api/src/main.js');
if (!existsSync(main)) {
  console.error(`The API build is missing (${main}).`);
  process.exit(1);
}
await import(pathToFileURL(main).href);
