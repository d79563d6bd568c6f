// `npm test`: everything a change can break, one step at a time (the machine has 2 cores).
// Type-check → unit tests → build (root and /guide/ subpath) → end-to-end tests in
// Chromium, then in Firefox and WebKit.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npm', ['run', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', 'build']],
  ['build under /guide/', 'npm', ['run', 'build'], { BASE_PATH: '/guide/', OUT_DIR: './dist-guide' }],
  ['chromium', 'node', ['scripts/ensure-browsers.mjs', 'chromium']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // The full sweep runs in Chromium; Firefox and WebKit get a representative set.
  ['firefox and webkit', 'node', ['scripts/ensure-browsers.mjs', 'firefox', 'webkit']],
  ['end-to-end tests in Firefox and WebKit', 'npx', ['vitest', 'run', '--config', 'tests/engines/vitest.config.ts']],
];

for (const [name, cmd, args, env = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
