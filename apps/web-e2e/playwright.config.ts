import * as os from 'node:os';
import * as path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = path.join(os.tmpdir(), `alliance-e2e-${Date.now()}`);
// E-mails are written here as files; set once by the runner, inherited by the workers that read them.
process.env.E2E_MAIL_DIR ??= path.join(os.tmpdir(), `alliance-e2e-mail-${Date.now()}`);

/** Journeys in Debian's Chromium against the real portal on a fresh embedded database. */
export default defineConfig({
  testDir: './src',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: path.join(os.tmpdir(), 'alliance-e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // An action that cannot happen fails with its call log instead of waiting out the test.
    actionTimeout: 15_000,
    locale: 'en-GB',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // The journeys change data and run one at a time; the accessibility checks only read, and CI runs
  // them in a run of their own (own server and database) with `--project=accessibility --workers=2`.
  // The screenshots are pictures for people to look at, not checks: taken on demand
  // (`npm run e2e:screenshots`), outside CI's journeys, which they lengthened by a quarter.
  projects: [
    { name: 'journeys', testIgnore: /(accessibility|screenshots)\.spec\.ts/ },
    { name: 'accessibility', testMatch: /accessibility\.spec\.ts/ },
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts/ },
  ],
  webServer: {
    command: 'node ../../scripts/start.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // Journeys sign in many times from one address.
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      APPLICATIONS_PER_IP_PER_HOUR: '1000',
      // Parallel journeys write from one address, faster than people do.
      RATE_LIMIT_WRITES_PER_MINUTE_USER: '10000',
      RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '10000',
      MAIL_DROP_DIR: process.env.E2E_MAIL_DIR,
      OUTBOX_POLL_MS: '300',
    },
  },
});
