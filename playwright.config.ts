import { defineConfig, devices } from '@playwright/test';

const chromium = {
  ...devices['Desktop Chrome'],
  // Debian's Chromium, as its headless shell: the same Blink and V8 without the browser's UI
  // layer, what Playwright itself runs headless tests in; the suite takes 16 minutes in it
  // against 22 in the full browser. Playwright must never download a browser here.
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};

// Ports of their own, so a running `npm start` (4321) doesn't get in the way. E2E_PORT and
// E2E_DIST let several checkouts' or builds' suites run side by side (GUIDE is E2E_PORT + 1).
const PORT = Number(process.env.E2E_PORT) || 4421;
const DIST = process.env.E2E_DIST || 'dist';
const ROOT = `http://127.0.0.1:${PORT}`;
const GUIDE = `http://127.0.0.1:${PORT + 1}/guide/`;

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
    { command: `node scripts/serve.mjs --dir ${DIST} --base / --port ${PORT}`, url: `${ROOT}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 },
    {
      command: `node scripts/serve.mjs --dir ${DIST}-guide --base /guide/ --port ${PORT + 1}`,
      url: GUIDE,
      env: { BASE_PATH: '/guide/', OUT_DIR: './dist-guide' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
