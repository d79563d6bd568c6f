import { defineConfig, devices } from '@playwright/test';

const chromium = {
  ...devices['Desktop Chrome'],
  // Debian's Chromium: Playwright must never download a browser here.
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};

// Ports of their own, so a running `npm start` (4321) doesn't get in the way.
const ROOT = 'http://127.0.0.1:4421';
const GUIDE = 'http://127.0.0.1:4422/guide/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { ...chromium, baseURL: `${ROOT}/`, trace: 'off' },
  projects: [
    { name: 'site', testIgnore: /subpath/ },
    { name: 'subpath', testMatch: /smoke\.spec\.ts/, use: { baseURL: GUIDE } },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs --dir dist --base / --port 4421', url: `${ROOT}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 },
    {
      command: 'node scripts/serve.mjs --dir dist-guide --base /guide/ --port 4422',
      url: GUIDE,
      env: { BASE_PATH: '/guide/', OUT_DIR: './dist-guide' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
